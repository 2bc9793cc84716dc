import { describe, expect, it } from 'vitest';
import { countWords } from './countWords';

describe('countWords', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('  Budget sensible au genre — une démarche, pas un outil !  ', 'fr')).toBe(9);
  });

  it('counts Arabic words as a reader does, a joined prefix (و) part of its word', () => {
    expect(countWords('المساواة بين الجنسين في البلديات والمجالس المحلية', 'ar')).toBe(7);
  });

  it('counts nothing in an empty text', () => {
    expect(countWords('', 'en')).toBe(0);
  });
});
