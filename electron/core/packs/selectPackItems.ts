import { fail, ok, type Result } from '../../api/errors';
import type { Db } from '../db/handles';
import { findCollection, type CollectionRow } from '../collections/findCollection';
import type { Library } from '../library/library';
import { searchItems } from '../search/searchItems';

/** What to put in a pack: a collection (by id or name), every result of a search, or items by id. */
export type PackSelection = { readonly collection: string } | { readonly query: string } | { readonly itemIds: readonly string[] };

/** The items chosen, in the pack's order, and the collection they come from, if any. */
export interface SelectedItems {
  readonly itemIds: readonly string[];
  readonly collection: CollectionRow | null;
}

const pageSize = 200;

/** Resolves a selection to item ids outside the trash, in order: the collection's, the search's, or as given. */
export function selectPackItems(lib: Library, selection: PackSelection): Result<SelectedItems> {
  if ('collection' in selection) {
    const found = findCollection(lib.read, selection.collection);
    if (!found.ok) return found;
    // Items in the trash keep their place in a collection, but are not exported.
    const ids = lib.read
      .prepare(
        `SELECT e.item_id FROM collection_entries e JOIN items i ON i.id = e.item_id
         WHERE e.collection_id = ? AND i.deleted_at IS NULL ORDER BY e.position`,
      )
      .pluck()
      .all(found.value.id) as string[];
    return ok({ itemIds: ids, collection: found.value });
  }
  if ('query' in selection) {
    const ids: string[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = searchItems(lib, { text: selection.query, limit: pageSize, offset, language: 'en' });
      if (!page.ok) return page;
      ids.push(...page.value.results.map((result) => result.id));
      if (page.value.results.length < pageSize) break;
    }
    return ok({ itemIds: ids, collection: null });
  }
  const ids = [...new Set(selection.itemIds.map((id) => id.trim().toLowerCase()))];
  for (const id of ids) if (!isLiveItem(lib.read, id)) return fail('item.notFound', { id });
  return ok({ itemIds: ids, collection: null });
}

function isLiveItem(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM items WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}
