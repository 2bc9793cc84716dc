import { fail, ok, type Result } from '../../api/errors';
import type { ItemSummary } from '../../api/types';
import type { Db } from '../db/handles';
import type { Library } from '../library/library';
import { indexItem, unindexItem } from '../search/indexItem';
import { purgeItems } from './purgeItems';
import { readItemRow, summaryColumns, summaryFromRow, type ItemRow } from './itemRow';

// The trash is a state of an item, not of its content: moving in and out makes no revision.

/** Moves an item to the trash. */
export function deleteItem(lib: Library, input: { id: string }): Result<ItemSummary> {
  const row = readItemRow(lib.read, input.id);
  if (!row) return fail('item.notFound', { id: input.id });
  if (row.deleted_at !== null) return fail('item.inTrash', { id: input.id });
  return lib.write((tx) => {
    tx.prepare('UPDATE items SET deleted_at = ? WHERE id = ?').run(lib.now(), input.id);
    unindexItem(tx, input.id);
    return ok(summaryFromRow(readItemRow(tx, input.id) as ItemRow));
  });
}

/** Brings an item back from the trash. */
export function restoreItem(lib: Library, input: { id: string }): Result<ItemSummary> {
  const row = readItemRow(lib.read, input.id);
  if (!row) return fail('item.notFound', { id: input.id });
  if (row.deleted_at === null) return fail('item.notInTrash', { id: input.id });
  return lib.write((tx) => {
    tx.prepare('UPDATE items SET deleted_at = NULL WHERE id = ?').run(input.id);
    indexItem(tx, input.id, { currentYear: new Date(lib.now()).getUTCFullYear() });
    return ok(summaryFromRow(readItemRow(tx, input.id) as ItemRow));
  });
}

/** The items in the trash, most recently deleted first. */
export function listTrash(db: Db): Result<ItemSummary[]> {
  const rows = db
    .prepare(`SELECT ${summaryColumns} FROM items WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id`)
    .all() as ItemRow[];
  return ok(rows.map(summaryFromRow));
}

/** Deletes every item in the trash for good, with its revisions and its places in collections; returns how many. */
export function emptyTrash(lib: Library): Result<{ deleted: number }> {
  return lib.write((tx) => {
    const trashed = tx.prepare('SELECT id FROM items WHERE deleted_at IS NOT NULL').pluck().all() as string[];
    return ok({ deleted: purgeItems(tx, trashed) });
  });
}
