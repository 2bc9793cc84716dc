import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../api/ids';
import { testLibrary } from '../library/testLibrary';
import { createItems } from './createItems';
import { listTags } from './listTags';
import { deleteItem } from './trash';

async function libraryWithTags() {
  const lib = testLibrary();
  const created = await createItems(lib, [
    { kind: 'practice', title: 'One', language: 'fr', tags: ['budget genre', 'Égalité', 'jeunesse'] },
    { kind: 'practice', title: 'Two', language: 'fr', tags: ['budget genre', 'égalité salariale'] },
    { kind: 'policy', title: 'Three', language: 'en', tags: ['budget genre', 'Égalité'] },
    { kind: 'toolkit', title: 'Four', language: 'en' },
  ]);
  if (!created.ok) throw new Error(created.error.code);
  return { lib, ids: created.value as ItemId[] };
}

describe('tags.list', () => {
  it('lists the tags items use with how many items use each, most used first', async () => {
    const { lib } = await libraryWithTags();
    expect(listTags(lib.read, { limit: 20 })).toEqual({
      ok: true,
      value: [
        { tag: 'budget genre', count: 3 },
        { tag: 'Égalité', count: 2 },
        { tag: 'jeunesse', count: 1 },
        { tag: 'égalité salariale', count: 1 },
      ],
    });
  });

  it('keeps to tags with a word starting with the prefix, ignoring case and accents', async () => {
    const { lib } = await libraryWithTags();
    expect(listTags(lib.read, { prefix: 'EGAL', limit: 20 })).toEqual({
      ok: true,
      value: [
        { tag: 'Égalité', count: 2 },
        { tag: 'égalité salariale', count: 1 },
      ],
    });
    expect(listTags(lib.read, { prefix: 'genre', limit: 20 })).toEqual({ ok: true, value: [{ tag: 'budget genre', count: 3 }] });
  });

  it('stops at the limit and leaves out items in the trash', async () => {
    const { lib, ids } = await libraryWithTags();
    deleteItem(lib, { id: ids[0] as ItemId });
    expect(listTags(lib.read, { limit: 2 })).toEqual({
      ok: true,
      value: [
        { tag: 'budget genre', count: 2 },
        { tag: 'Égalité', count: 1 },
      ],
    });
  });
});
