import { describe, expect, it } from 'vitest';
import { asTermId } from '../../../../electron/api/ids';
import { foldLabel } from '../../../../electron/api/foldLabel';
import { termQuery } from './termQuery';

describe('termQuery', () => {
  it('names a term by its code where it has one', () => {
    expect(termQuery({ id: asTermId('sdg:5.2'), vocabulary: 'sdgs', code: '5.2' })).toBe('sdg:5.2');
    expect(termQuery({ id: asTermId('country:TN'), vocabulary: 'countries', code: 'TN' })).toBe('country:TN');
  });

  it('names a theme or an organisation by its id without the prefix', () => {
    expect(termQuery({ id: asTermId('theme:youth'), vocabulary: 'themes', code: null })).toBe('theme:youth');
    const org = 'org:0b8f5c8e-7d2a-4f43-9a51-3f1f2a9c8d10';
    expect(termQuery({ id: asTermId(org), vocabulary: 'organisations', code: null })).toBe(`org:${org.slice(4)}`);
  });
});

describe('foldLabel', () => {
  it('ignores case, accents, Arabic short vowels and letter variants', () => {
    expect(foldLabel('  Égalité   de GENRE ')).toBe('egalite de genre');
    expect(foldLabel('المُساواة')).toBe(foldLabel('المساواة'));
    expect(foldLabel('إدارة')).toBe(foldLabel('ادارة'));
  });
});
