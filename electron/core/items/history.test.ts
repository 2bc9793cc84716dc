import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../api/ids';
import type { Library } from '../library/library';
import { testLibrary } from '../library/testLibrary';
import { createItems } from './createItems';
import { getItem } from './getItem';
import { getRevision, listRevisions, restoreRevision } from './history';
import { updateItem } from './updateItem';

async function itemWithThreeRevisions(lib: Library): Promise<ItemId> {
  const created = await createItems(lib, [{ kind: 'policy', title: 'Version 1', language: 'en', body: 'First text.' }]);
  if (!created.ok) throw new Error(created.error.code);
  const id = created.value[0] as ItemId;
  await updateItem(lib, { id, changes: { title: 'Version 2' } });
  await updateItem(lib, { id, changes: { body: 'Second text.', level: 'local' } });
  return id;
}

const value = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('expected success');
  return result.value;
};

describe('revisions', () => {
  it('chains each revision to its parent and lists what it changed, newest first', async () => {
    const lib = testLibrary();
    const id = await itemWithThreeRevisions(lib);
    const revisions = value(listRevisions(lib.read, { id }));
    expect(revisions.map((revision) => [revision.number, revision.changedFields])).toEqual([
      [3, ['body', 'level']],
      [2, ['title']],
      [1, []],
    ]);
    expect(revisions[0]?.parentHash).toBe(revisions[1]?.hash);
    expect(revisions[1]?.parentHash).toBe(revisions[2]?.hash);
    expect(revisions[2]?.parentHash).toBeNull();
    expect(revisions.every((revision) => revision.author === 'tester')).toBe(true);
    expect(value(getItem(lib.read, { id })).revision).toBe(revisions[0]?.hash);
  });

  it('makes no revision when the saved content is identical', async () => {
    const lib = testLibrary();
    const id = await itemWithThreeRevisions(lib);
    const before = value(getItem(lib.read, { id }));
    const after = value(await updateItem(lib, { id, changes: { title: 'Version 2', level: 'local' } }));
    expect(after).toEqual(before);
    expect(value(listRevisions(lib.read, { id }))).toHaveLength(3);
  });

  it('restores an old revision as a new one whose content and hash equal the old', async () => {
    const lib = testLibrary();
    const id = await itemWithThreeRevisions(lib);
    const first = value(listRevisions(lib.read, { id })).at(-1);
    if (!first) throw new Error('no first revision');
    const restored = value(await restoreRevision(lib, { id, hash: first.hash.slice(0, 8) }));
    expect(restored.title).toBe('Version 1');
    expect(restored.bodyText).toBe('First text.');
    expect(restored.revision).toBe(first.hash);
    const revisions = value(listRevisions(lib.read, { id }));
    expect(revisions.map((revision) => revision.number)).toEqual([4, 3, 2, 1]);
    expect(revisions[0]?.parentHash).toBe(revisions[1]?.hash);
    expect(value(getRevision(lib.read, { id, hash: first.hash })).content).toEqual(
      value(getRevision(lib.read, { id, hash: revisions[0]?.hash ?? '' })).content,
    );
  });

  it('restoring the current revision changes nothing', async () => {
    const lib = testLibrary();
    const id = await itemWithThreeRevisions(lib);
    const current = value(getItem(lib.read, { id }));
    expect(value(await restoreRevision(lib, { id, hash: current.revision }))).toEqual(current);
    expect(value(listRevisions(lib.read, { id }))).toHaveLength(3);
  });

  it('refuses a hash that matches no revision', async () => {
    const lib = testLibrary();
    const id = await itemWithThreeRevisions(lib);
    expect(await restoreRevision(lib, { id, hash: 'ffffff' })).toEqual({
      ok: false,
      error: { code: 'revision.notFound', params: { id, hash: 'ffffff' } },
    });
  });

  it('clears a field given as null in an edit', async () => {
    const lib = testLibrary();
    const id = await itemWithThreeRevisions(lib);
    const edited = value(await updateItem(lib, { id, changes: { level: null, body: null } }));
    expect(edited).not.toHaveProperty('level');
    expect(edited.body).toBeUndefined();
    expect(edited.bodyText).toBe('');
  });

  it('refuses an edit that leaves fields of the old kind', async () => {
    const lib = testLibrary();
    const id = await itemWithThreeRevisions(lib);
    expect(await updateItem(lib, { id, changes: { kind: 'toolkit' } })).toEqual({
      ok: false,
      error: { code: 'input.unknownField', params: { field: 'level' } },
    });
  });
});
