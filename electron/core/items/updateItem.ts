import { fail, ok, type Result } from '../../api/errors';
import { asItemId } from '../../api/ids';
import { itemInput } from '../../api/itemInput';
import type { Item, ItemContent } from '../../api/types';
import { validationError } from '../../api/validationError';
import type { Library } from '../library/library';
import { loadRichText } from '../richText/loadRichText';
import { contentToInput } from './contentToInput';
import { getItem } from './getItem';
import { readItemRow } from './itemRow';
import { resolveItemInput } from './resolveItemInput';
import { saveItem } from './saveItem';

// What `show --json` prints beyond the item format: the library keeps these itself, so an edit ignores them and
// a shown item can be edited and given back as it is.
const libraryKeys = ['revision', 'createdAt', 'updatedAt', 'deletedAt', 'provenance', 'bodyText', 'bodyHtml'];

/**
 * Applies changes to an item: each key of `changes` replaces that field, `null` clears it. The result is
 * validated as a whole item, so a change of kind must also drop the fields of the old kind.
 * Saving content identical to the current revision makes no new revision.
 */
export async function updateItem(lib: Library, input: { id: string; changes: Readonly<Record<string, unknown>> }): Promise<Result<Item>> {
  const richText = await loadRichText();
  // Read, merge and write in one transaction: two edits at once must not each start from the same old content.
  return lib.write((tx) => {
    const row = readItemRow(tx, input.id);
    if (!row) return fail('item.notFound', { id: input.id });
    if (row.deleted_at !== null) return fail('item.inTrash', { id: input.id });
    const { id: changedId, ...changes } = input.changes;
    if (changedId !== undefined && changedId !== row.id) return fail('input.notAllowed', { field: 'id', allowed: row.id });

    const current = JSON.parse(row.content) as ItemContent;
    const merged: Record<string, unknown> = { ...contentToInput(current), ...changes };
    for (const key of ['id', ...libraryKeys]) delete merged[key];
    for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
    const parsed = itemInput.safeParse(merged);
    if (!parsed.success) return validationError(parsed.error, merged);

    const id = asItemId(row.id);
    const existingLinks = new Set([...(current.translations ?? []), ...(current.related ?? [])]);
    const content = resolveItemInput(tx, parsed.data, { id, now: lib.now(), richText, existingLinks });
    if (!content.ok) return content;
    saveItem(tx, content.value, {
      author: lib.author,
      now: lib.now(),
      provenance: { origin: row.origin, libraryId: row.origin_library_id },
      richText,
    });
    const saved = getItem(tx, { id });
    return saved.ok ? ok(saved.value) : saved;
  });
}
