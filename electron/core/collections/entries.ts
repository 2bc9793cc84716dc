import type { Db, WriteTx } from '../db/handles';

/** One entry as stored: an item with its note, or a section heading. */
export interface EntryRow {
  readonly item_id: string | null;
  readonly heading: string | null;
  readonly note: string;
}

/** A collection's entries in order. */
export function readEntries(db: Db, collectionId: string): EntryRow[] {
  return db
    .prepare('SELECT item_id, heading, note FROM collection_entries WHERE collection_id = ? ORDER BY position')
    .all(collectionId) as EntryRow[];
}

/**
 * Replaces a collection's entries with `entries`, positions 1..n. Collections hold tens of entries, so
 * rewriting them all is simpler than shifting positions under the primary key, and as fast.
 */
export function rewriteEntries(tx: WriteTx, collectionId: string, entries: readonly EntryRow[]): void {
  tx.prepare('DELETE FROM collection_entries WHERE collection_id = ?').run(collectionId);
  const insert = tx.prepare('INSERT INTO collection_entries (collection_id, position, item_id, heading, note) VALUES (?, ?, ?, ?, ?)');
  entries.forEach((entry, index) => insert.run(collectionId, index + 1, entry.item_id, entry.heading, entry.note));
}
