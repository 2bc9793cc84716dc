import { ok, type Result } from '../../api/errors';
import { asCollectionId, asItemId } from '../../api/ids';
import type { Collection, CollectionEntry, CollectionSummary, RichTextDoc } from '../../api/types';
import type { Db } from '../db/handles';
import { findCollection } from './findCollection';

interface EntryWithItem {
  position: number;
  item_id: string | null;
  heading: string | null;
  note: string;
  title: string | null;
  deleted_at: string | null;
}

/** A collection with its entries in the trainer's order; items in the trash keep their place, marked as such. */
export function getCollection(db: Db, input: { ref: string }): Result<Collection> {
  const found = findCollection(db, input.ref);
  if (!found.ok) return found;
  const row = found.value;
  const entries = db
    .prepare(
      `SELECT e.position, e.item_id, e.heading, e.note, i.title, i.deleted_at FROM collection_entries e
       LEFT JOIN items i ON i.id = e.item_id
       WHERE e.collection_id = ? ORDER BY e.position`,
    )
    .all(row.id) as EntryWithItem[];
  return ok({
    id: asCollectionId(row.id),
    name: row.name,
    description: JSON.parse(row.description) as RichTextDoc,
    descriptionText: row.description_text,
    entries: entries.map((entry): CollectionEntry =>
      entry.item_id === null
        ? { type: 'section', position: entry.position, heading: entry.heading ?? '' }
        : {
            type: 'item',
            position: entry.position,
            itemId: asItemId(entry.item_id),
            title: entry.title ?? '',
            note: entry.note,
            isInTrash: entry.deleted_at !== null,
          },
    ),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Every collection by name, with how many items (outside the trash) it holds. */
export function listCollections(db: Db): Result<CollectionSummary[]> {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.updated_at, COUNT(i.id) AS item_count FROM collections c
       LEFT JOIN collection_entries e ON e.collection_id = c.id
       LEFT JOIN items i ON i.id = e.item_id AND i.deleted_at IS NULL
       GROUP BY c.id ORDER BY c.name COLLATE NOCASE`,
    )
    .all() as Array<{ id: string; name: string; updated_at: string; item_count: number }>;
  return ok(rows.map((row) => ({ id: asCollectionId(row.id), name: row.name, itemCount: row.item_count, updatedAt: row.updated_at })));
}
