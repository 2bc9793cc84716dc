import { describe, expect, it } from 'vitest';
import { asTermId } from '../../../../electron/api/ids';
import type { Term } from '../../../../electron/api/types';
import { takenLabel } from './takenLabel';

const theme = (id: string, en: string, mergedInto: string | null = null): Term => ({
  id: asTermId(id),
  vocabulary: 'themes',
  code: null,
  labels: { fr: `${en} (fr)`, en, es: `${en} (es)`, ar: `${en} (ar)` },
  parentId: null,
  isRetired: mergedInto !== null,
  mergedInto: mergedInto === null ? null : asTermId(mergedInto),
  organisationType: null,
  country: null,
  itemCount: 0,
});

const terms = [theme('theme:youth', 'Youth'), theme('theme:old', 'Young people', 'theme:youth')];

describe('takenLabel', () => {
  it('finds a label another term has, in any language, ignoring case and accents', () => {
    expect(takenLabel({ fr: 'YOUTH (FR)' }, { vocabulary: 'themes', terms })).toEqual({
      code: 'vocabulary.labelTaken',
      params: { label: 'YOUTH (FR)', id: 'theme:youth' },
    });
  });

  it('lets a term keep its own labels, and those of the terms merged into it', () => {
    expect(takenLabel({ en: 'Youth', es: 'young people' }, { vocabulary: 'themes', termId: 'theme:youth', terms })).toBeUndefined();
  });

  it('ignores other vocabularies and empty labels', () => {
    expect(takenLabel({ en: 'Youth', fr: ' ' }, { vocabulary: 'organisations', terms })).toBeUndefined();
  });
});
