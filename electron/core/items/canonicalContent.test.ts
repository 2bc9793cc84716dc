import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../../api/types';
import { canonicalContent, contentHash, serializeContent } from './canonicalContent';

const content = {
  id: '7c1e4d2a-9b3f-4a6e-8d5c-2f1a0b9e8d71',
  kind: 'practice',
  title: 'Égalité',
  language: 'fr',
  status: 'draft',
  themes: ['theme:youth', 'theme:gender-equality'],
  tags: ['b', 'a', 'b'],
  authors: ['Zoé', 'Adam'],
  summary: '',
  sdgs: [],
} as unknown as ItemContent;

describe('canonical content', () => {
  it('sorts unordered lists, keeps ordered ones, and drops empty values', () => {
    expect(canonicalContent(content)).toEqual({
      id: content.id,
      kind: 'practice',
      title: 'Égalité',
      language: 'fr',
      status: 'draft',
      themes: ['theme:gender-equality', 'theme:youth'],
      tags: ['a', 'b'],
      authors: ['Zoé', 'Adam'],
    });
  });

  it('serialises with RFC 8785 key order and hashes the same whatever the input order', () => {
    expect(serializeContent(content)).toBe(
      '{"authors":["Zoé","Adam"],"id":"7c1e4d2a-9b3f-4a6e-8d5c-2f1a0b9e8d71","kind":"practice","language":"fr","status":"draft",' +
        '"tags":["a","b"],"themes":["theme:gender-equality","theme:youth"],"title":"Égalité"}',
    );
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as ItemContent;
    expect(contentHash(reordered)).toBe(contentHash(content));
    // A known answer: any machine must compute this hash for this content (docs/item-format.md).
    expect(contentHash(content)).toBe('9f65279aacbca62dee56c63bd80859adb43f6ce24d59cbdbc1fbcd43f60dd2c1');
  });
});
