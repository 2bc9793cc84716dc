import type { WriteTx } from '../db/handles';
import { readEntries, rewriteEntries } from '../collections/entries';

/**
 * Deletes items for good, with their revisions, index entries and places in collections, and closes the gaps
 * they leave in each collection's positions. Other items may still link to them: links are kept, since a pack
 * may bring the item back.
 */
export function purgeItems(tx: WriteTx, itemIds: readonly string[]): number {
  const collectionsOf = tx.prepare('SELECT DISTINCT collection_id FROM collection_entries WHERE item_id = ?').pluck();
  const collections = new Set(itemIds.flatMap((id) => collectionsOf.all(id) as string[]));
  const remove = tx.prepare('DELETE FROM items WHERE id = ?');
  for (const id of itemIds) remove.run(id);
  for (const id of collections) rewriteEntries(tx, id, readEntries(tx, id));
  return itemIds.length;
}
