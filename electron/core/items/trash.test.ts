import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../api/ids';
import { addToCollection } from '../collections/editEntries';
import { createCollection } from '../collections/createCollection';
import { getCollection } from '../collections/getCollection';
import { testLibrary } from '../library/testLibrary';
import { createItems } from './createItems';
import { getItem } from './getItem';
import { listItems } from './listItems';
import { listRevisions } from './history';
import { deleteItem, emptyTrash, listTrash, restoreItem } from './trash';
import { updateItem } from './updateItem';

describe('trash', () => {
  it('moves an item out of the lists and back, with no revision either way', async () => {
    const lib = testLibrary();
    const created = await createItems(lib, [{ kind: 'toolkit', title: 'Checklist', language: 'fr' }]);
    if (!created.ok) throw new Error(created.error.code);
    const id = created.value[0] as ItemId;

    expect(deleteItem(lib, { id }).ok).toBe(true);
    expect(listItems(lib.read, { limit: 50 })).toEqual({ ok: true, value: [] });
    expect(listTrash(lib.read)).toMatchObject({ ok: true, value: [{ id, title: 'Checklist' }] });
    expect(await updateItem(lib, { id, changes: { title: 'x' } })).toEqual({ ok: false, error: { code: 'item.inTrash', params: { id } } });
    expect(deleteItem(lib, { id })).toEqual({ ok: false, error: { code: 'item.inTrash', params: { id } } });

    expect(restoreItem(lib, { id })).toMatchObject({ ok: true, value: { id, deletedAt: null } });
    expect(listItems(lib.read, { limit: 50 })).toMatchObject({ ok: true, value: [{ id }] });
    expect(listTrash(lib.read)).toEqual({ ok: true, value: [] });
    expect(restoreItem(lib, { id })).toEqual({ ok: false, error: { code: 'item.notInTrash', params: { id } } });
    expect(listRevisions(lib.read, { id })).toMatchObject({ ok: true, value: [{ number: 1 }] });
  });

  it('emptying deletes trashed items for good, with their revisions and collection entries, and keeps the rest', async () => {
    const lib = testLibrary();
    const created = await createItems(lib, [
      { kind: 'practice', title: 'Keep', language: 'en' },
      { kind: 'practice', title: 'Drop', language: 'en' },
    ]);
    if (!created.ok) throw new Error(created.error.code);
    const [keep, drop] = created.value as [ItemId, ItemId];
    await createCollection(lib, { name: 'Workshop' });
    addToCollection(lib, { ref: 'Workshop', itemIds: [drop, keep] });
    deleteItem(lib, { id: drop });

    expect(emptyTrash(lib)).toEqual({ ok: true, value: { deleted: 1 } });
    expect(getItem(lib.read, { id: drop })).toEqual({ ok: false, error: { code: 'item.notFound', params: { id: drop } } });
    expect(lib.read.prepare('SELECT COUNT(*) FROM revisions WHERE item_id = ?').pluck().get(drop)).toBe(0);
    expect(getCollection(lib.read, { ref: 'Workshop' })).toMatchObject({
      ok: true,
      value: { entries: [{ type: 'item', position: 1, itemId: keep }] },
    });
    expect(getItem(lib.read, { id: keep }).ok).toBe(true);
    expect(emptyTrash(lib)).toEqual({ ok: true, value: { deleted: 0 } });
  });
});

describe('items deleted for good', () => {
  it('leave links to them that do not block later edits of the items that link', async () => {
    const lib = testLibrary();
    const gone = await createItems(lib, [{ kind: 'practice', title: 'Gone', language: 'en' }]);
    if (!gone.ok) throw new Error(gone.error.code);
    const goneId = gone.value[0] as ItemId;
    const linking = await createItems(lib, [{ kind: 'practice', title: 'Linking', language: 'en', related: [goneId] }]);
    if (!linking.ok) throw new Error(linking.error.code);
    const id = linking.value[0] as ItemId;
    deleteItem(lib, { id: goneId });
    emptyTrash(lib);
    expect(await updateItem(lib, { id, changes: { title: 'Still editable' } })).toMatchObject({
      ok: true,
      value: { title: 'Still editable', related: [goneId] },
    });
    expect(await updateItem(lib, { id, changes: { translations: [goneId.replace(/.$/, '0')] } })).toMatchObject({
      ok: false,
      error: { code: 'item.linkNotFound', params: { field: 'translations[0]' } },
    });
  });
});
