import { fail, type Result } from '../../api/errors';
import { asItemId } from '../../api/ids';
import { itemInput } from '../../api/itemInput';
import type { Item, ItemContent } from '../../api/types';
import { validationError } from '../../api/validationError';
import type { Library } from '../library/library';
import { contentToInput } from './contentToInput';
import { getItem } from './getItem';
import { loadRichText } from '../richText/loadRichText';
import { readItemRow } from './itemRow';
import { resolveItemInput } from './resolveItemInput';
import { saveItem } from './saveItem';

/**
 * Applies changes to an item: each key of `changes` replaces that field, `null` clears it. The result is
 * validated as a whole item, so a change of kind must also drop the fields of the old kind.
 * Saving content identical to the current revision makes no new revision.
 */
export async function updateItem(lib: Library, input: { id: string; changes: Readonly<Record<string, unknown>> }): Promise<Result<Item>> {
  const row = readItemRow(lib.read, input.id);
  if (!row) return fail('item.notFound', { id: input.id });
  if (row.deleted_at !== null) return fail('item.inTrash', { id: input.id });
  if ('id' in input.changes) return fail('input.notAllowed', { field: 'id', allowed: row.id });

  const merged: Record<string, unknown> = { ...contentToInput(JSON.parse(row.content) as ItemContent), ...input.changes };
  delete merged.id;
  for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
  const parsed = itemInput.safeParse(merged);
  if (!parsed.success) return validationError(parsed.error, merged);

  const id = asItemId(row.id);
  const provenance = { origin: row.origin, libraryId: row.origin_library_id };
  const richText = await loadRichText();
  return lib.write((tx) => {
    const content = resolveItemInput(tx, parsed.data, { id, now: lib.now(), richText });
    if (!content.ok) return content;
    saveItem(tx, content.value, { author: lib.author, now: lib.now(), provenance, richText });
    return getItem(tx, { id });
  });
}
