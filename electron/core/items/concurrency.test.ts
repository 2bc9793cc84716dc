import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../api/ids';
import { testLibrary } from '../library/testLibrary';
import { createItems } from './createItems';
import { getItem } from './getItem';
import { listRevisions } from './history';
import { updateItem } from './updateItem';

describe('edits', () => {
  it('keeps both of two edits started at the same time', async () => {
    const lib = testLibrary();
    const created = await createItems(lib, [{ kind: 'practice', title: 'Both edits', language: 'en' }]);
    if (!created.ok) throw new Error(created.error.code);
    const id = created.value[0] as ItemId;
    await Promise.all([updateItem(lib, { id, changes: { summary: 'A summary' } }), updateItem(lib, { id, changes: { tags: ['water'] } })]);
    expect(getItem(lib.read, { id })).toMatchObject({ ok: true, value: { summary: 'A summary', tags: ['water'] } });
    expect(listRevisions(lib.read, { id })).toMatchObject({ ok: true, value: [{ number: 3 }, { number: 2 }, { number: 1 }] });
  });

  it('accepts an item as `show --json` prints it, and saves nothing new', async () => {
    const lib = testLibrary();
    const created = await createItems(lib, [
      { kind: 'toolkit', title: 'Round trip', language: 'fr', body: '**Texte**', audience: ['trainers'] },
    ]);
    if (!created.ok) throw new Error(created.error.code);
    const id = created.value[0] as ItemId;
    const shown = getItem(lib.read, { id });
    if (!shown.ok) throw new Error(shown.error.code);
    expect(await updateItem(lib, { id, changes: JSON.parse(JSON.stringify(shown.value)) as Record<string, unknown> })).toEqual(shown);
    expect(await updateItem(lib, { id, changes: { id: '00000000-0000-4000-8000-000000000000' } })).toEqual({
      ok: false,
      error: { code: 'input.notAllowed', params: { field: 'id', allowed: id } },
    });
  });
});
