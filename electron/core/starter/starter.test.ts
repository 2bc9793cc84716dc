import { describe, expect, it } from 'vitest';
import { createItems } from '../items/createItems';
import { listItems } from '../items/listItems';
import { initLibrary } from '../library/initLibrary';
import { tempDir } from '../library/testLibrary';
import { getStats } from '../stats/getStats';
import { listCollections } from '../collections/getCollection';
import { removeStarter } from './removeStarter';
import type { ItemId } from '../../api/ids';
import { createCollection } from '../collections/createCollection';
import { addToCollection, setNote } from '../collections/editEntries';
import { getCollection } from '../collections/getCollection';
import { addTerm } from '../vocabularies/addTerm';
import { mergeTerms } from '../vocabularies/mergeTerms';

async function starterLibrary() {
  const created = await initLibrary({ dir: tempDir(), withStarter: true, language: 'fr', author: 'tester' });
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

describe('starter pack', () => {
  it('gives a new library example items of every kind, in several languages, and a collection', async () => {
    const lib = await starterLibrary();
    try {
      const stats = getStats(lib.read);
      if (!stats.ok) throw new Error(stats.error.code);
      expect(stats.value.hasStarter).toBe(true);
      expect(Object.values(stats.value.byKind).every((count) => count > 0)).toBe(true);
      expect(Object.keys(stats.value.byLanguage)).toEqual(expect.arrayContaining(['fr', 'en', 'es', 'ar']));
      const collections = listCollections(lib.read);
      expect(collections).toMatchObject({
        ok: true,
        value: [{ name: 'Atelier : gouvernance locale inclusive', itemCount: stats.value.items }],
      });
    } finally {
      lib.close();
    }
  });

  it('is removed entirely in one call, leaving the user’s own items and organisations', async () => {
    const lib = await starterLibrary();
    try {
      const starterOrganisation = lib.read.prepare('SELECT label_en FROM terms WHERE is_starter = 1 LIMIT 1').pluck().get() as string;
      const own = await createItems(lib, [
        {
          kind: 'practice',
          title: 'Mine',
          language: 'fr',
          organisations: [
            { name: starterOrganisation, role: 'partner' },
            { name: 'My own association', role: 'lead' },
          ],
        },
      ]);
      if (!own.ok) throw new Error(own.error.code);
      const removed = removeStarter(lib);
      expect(removed.ok && removed.value.items).toBeGreaterThanOrEqual(5);
      expect(listItems(lib.read, { limit: 100 })).toMatchObject({ ok: true, value: [{ title: 'Mine' }] });
      expect(listCollections(lib.read)).toEqual({ ok: true, value: [] });
      expect(lib.read.prepare("SELECT COUNT(*) FROM items WHERE origin = 'starter'").pluck().get()).toBe(0);
      // The starter organisation the user adopted stays; the others are gone.
      expect(lib.read.prepare("SELECT label_en FROM terms WHERE vocabulary = 'organisations' ORDER BY label_en").pluck().all()).toEqual(
        [starterOrganisation, 'My own association'].sort(),
      );
      expect(removeStarter(lib)).toEqual({ ok: false, error: { code: 'starter.notPresent', params: {} } });
    } finally {
      lib.close();
    }
  });

  it('closes the gaps it leaves in the user’s collections, even when a user term was merged into a starter one', async () => {
    const lib = await starterLibrary();
    try {
      const starterItems = lib.read.prepare("SELECT id FROM items WHERE origin = 'starter' ORDER BY id").pluck().all() as ItemId[];
      const own = await createItems(lib, [
        { kind: 'practice', title: 'Mine 1', language: 'fr' },
        { kind: 'practice', title: 'Mine 2', language: 'fr' },
      ]);
      if (!own.ok) throw new Error(own.error.code);
      await createCollection(lib, { name: 'Mixed' });
      addToCollection(lib, { ref: 'Mixed', itemIds: [own.value[0] as ItemId, starterItems[0] as ItemId, own.value[1] as ItemId] });
      const starterOrganisation = lib.read.prepare('SELECT id FROM terms WHERE is_starter = 1 LIMIT 1').pluck().get() as string;
      const mine = lib.write((tx) => addTerm(tx, { vocabulary: 'organisations', labels: { en: 'My network' } }, lib.now()));
      if (!mine.ok) throw new Error(mine.error.code);
      expect((await mergeTerms(lib, { from: mine.value.id, into: starterOrganisation })).ok).toBe(true);

      expect(removeStarter(lib).ok).toBe(true);
      expect(getCollection(lib.read, { ref: 'Mixed' })).toMatchObject({
        ok: true,
        value: {
          entries: [
            { position: 1, title: 'Mine 1' },
            { position: 2, title: 'Mine 2' },
          ],
        },
      });
      expect(setNote(lib, { ref: 'Mixed', position: 2, note: 'ok' }).ok).toBe(true);
    } finally {
      lib.close();
    }
  });
});
