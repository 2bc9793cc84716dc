import { describe, expect, it } from 'vitest';
import { testLibrary } from '../library/testLibrary';
import { listTerms } from './listTerms';
import { renameTerm } from './editTerms';
import { seedVocabularies } from './seedVocabularies';
import { ok } from '../../api/errors';

const terms = (lib: ReturnType<typeof testLibrary>, vocabulary: 'themes' | 'sdgs' | 'countries' | 'regions') => {
  const listed = listTerms(lib.read, { vocabulary });
  if (!listed.ok) throw new Error(listed.error.code);
  return listed.value;
};

describe('seeded vocabularies', () => {
  it('holds the 17 SDGs and their 169 targets with titles in four languages', () => {
    const sdgs = terms(testLibrary(), 'sdgs');
    expect(sdgs.filter((term) => term.parentId === null)).toHaveLength(17);
    expect(sdgs.filter((term) => term.parentId !== null)).toHaveLength(169);
    expect(sdgs.find((term) => term.code === '5.2')).toMatchObject({ id: 'sdg:5.2', parentId: 'sdg:5' });
    expect(sdgs.every((term) => Object.values(term.labels).every((label) => label.length > 0))).toBe(true);
  });

  it('holds every ISO country with names in four languages, placed in its UN M49 region', () => {
    const lib = testLibrary();
    const countries = terms(lib, 'countries');
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.find((term) => term.code === 'TN')).toMatchObject({
      labels: { fr: 'Tunisie', en: 'Tunisia', es: 'Túnez', ar: 'تونس' },
      parentId: 'region:015',
    });
    const regions = new Set(terms(lib, 'regions').map((term) => term.id));
    expect(countries.filter((term) => term.parentId !== null && !regions.has(term.parentId))).toEqual([]);
    expect(terms(lib, 'regions').find((term) => term.code === '015')).toMatchObject({ parentId: 'region:002' });
  });

  it('seeds the themes this field needs, and keeps a user rename when the seed runs again', () => {
    const lib = testLibrary();
    expect(terms(lib, 'themes').map((term) => term.id)).toEqual(
      expect.arrayContaining(['theme:gender-equality', 'theme:sdg-localisation-vsr', 'theme:climate-action-finance', 'theme:migration']),
    );
    renameTerm(lib, { id: 'theme:youth', labels: { en: 'Young people' } });
    lib.write((tx) => {
      tx.prepare("UPDATE library_meta SET value = 'stale' WHERE key = 'vocabulary_seed'").run();
      seedVocabularies(tx, { resourcesDir: lib.resourcesDir, now: lib.now() });
      return ok(undefined);
    });
    expect(terms(lib, 'themes').find((term) => term.id === 'theme:youth')?.labels.en).toBe('Young people');
  });
});
