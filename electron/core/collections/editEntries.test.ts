import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../api/ids';
import { createItems } from '../items/createItems';
import { deleteItem } from '../items/trash';
import type { Library } from '../library/library';
import { testLibrary } from '../library/testLibrary';
import { createCollection, deleteCollection, updateCollection } from './createCollection';
import { addSection, addToCollection, moveEntry, removeEntry, setNote } from './editEntries';
import { getCollection, listCollections } from './getCollection';

async function threeItems(lib: Library): Promise<[ItemId, ItemId, ItemId]> {
  const created = await createItems(
    lib,
    ['A', 'B', 'C'].map((title) => ({ kind: 'toolkit', title, language: 'en' })),
  );
  if (!created.ok) throw new Error(created.error.code);
  return created.value as [ItemId, ItemId, ItemId];
}

const outline = (lib: Library, ref = 'Workshop') => {
  const collection = getCollection(lib.read, { ref });
  if (!collection.ok) throw new Error(collection.error.code);
  return collection.value.entries.map((entry) =>
    entry.type === 'section'
      ? `## ${entry.heading}`
      : `${entry.title}${entry.note ? ` (${entry.note})` : ''}${entry.isInTrash ? ' [trash]' : ''}`,
  );
};

describe('collections', () => {
  it("keeps the trainer's order through adds, sections, moves, notes and removals", async () => {
    const lib = testLibrary();
    const [a, b, c] = await threeItems(lib);
    await createCollection(lib, { name: 'Workshop', description: 'Two **days** on gender budgeting.' });
    addToCollection(lib, { ref: 'workshop', itemIds: [a, b] });
    addToCollection(lib, { ref: 'Workshop', itemIds: [c], position: 1 });
    expect(outline(lib)).toEqual(['C', 'A', 'B']);

    addSection(lib, { ref: 'Workshop', heading: 'Day 1', position: 1 });
    addSection(lib, { ref: 'Workshop', heading: 'Day 2', position: 4 });
    expect(outline(lib)).toEqual(['## Day 1', 'C', 'A', '## Day 2', 'B']);

    moveEntry(lib, { ref: 'Workshop', from: 2, to: 5 });
    expect(outline(lib)).toEqual(['## Day 1', 'A', '## Day 2', 'B', 'C']);

    setNote(lib, { ref: 'Workshop', position: 2, note: 'Start here' });
    expect(outline(lib)).toEqual(['## Day 1', 'A (Start here)', '## Day 2', 'B', 'C']);

    removeEntry(lib, { ref: 'Workshop', position: 3 });
    expect(outline(lib)).toEqual(['## Day 1', 'A (Start here)', 'B', 'C']);

    const collection = getCollection(lib.read, { ref: 'Workshop' });
    expect(collection).toMatchObject({ ok: true, value: { descriptionText: 'Two days on gender budgeting.' } });
    expect(listCollections(lib.read)).toMatchObject({ ok: true, value: [{ name: 'Workshop', itemCount: 3 }] });
  });

  it('refuses positions that do not exist, notes on headings and an item twice', async () => {
    const lib = testLibrary();
    const [a] = await threeItems(lib);
    await createCollection(lib, { name: 'Workshop' });
    addSection(lib, { ref: 'Workshop', heading: 'Intro' });
    addToCollection(lib, { ref: 'Workshop', itemIds: [a] });
    expect(moveEntry(lib, { ref: 'Workshop', from: 1, to: 3 })).toEqual({
      ok: false,
      error: { code: 'collection.positionOutOfRange', params: { position: 3, count: 2 } },
    });
    expect(setNote(lib, { ref: 'Workshop', position: 1, note: 'x' })).toEqual({
      ok: false,
      error: { code: 'collection.notAnItemEntry', params: { position: 1 } },
    });
    expect(addToCollection(lib, { ref: 'Workshop', itemIds: [a] })).toEqual({
      ok: false,
      error: { code: 'collection.itemAlreadyIn', params: { id: a } },
    });
    expect(outline(lib)).toEqual(['## Intro', 'A']);
  });

  it('marks items in the trash, keeps their place, refuses to add them, and names collections uniquely', async () => {
    const lib = testLibrary();
    const [a, b] = await threeItems(lib);
    await createCollection(lib, { name: 'Workshop' });
    addToCollection(lib, { ref: 'Workshop', itemIds: [a, b] });
    deleteItem(lib, { id: a });
    expect(outline(lib)).toEqual(['A [trash]', 'B']);
    expect(listCollections(lib.read)).toMatchObject({ ok: true, value: [{ itemCount: 1 }] });
    expect(addToCollection(lib, { ref: 'Workshop', itemIds: [a] })).toEqual({
      ok: false,
      error: { code: 'item.inTrash', params: { id: a } },
    });
    expect(await createCollection(lib, { name: 'WORKSHOP' })).toEqual({
      ok: false,
      error: { code: 'collection.nameTaken', params: { name: 'WORKSHOP' } },
    });
    expect((await updateCollection(lib, { ref: 'Workshop', name: 'Atelier' })).ok).toBe(true);
    expect(outline(lib, 'Atelier')).toEqual(['A [trash]', 'B']);
    expect(deleteCollection(lib, { ref: 'Atelier' }).ok).toBe(true);
    expect(getCollection(lib.read, { ref: 'Atelier' })).toEqual({
      ok: false,
      error: { code: 'collection.notFound', params: { ref: 'Atelier' } },
    });
  });
});
