import { fail, ok, type Result } from '../../api/errors';
import type { Db } from '../db/handles';

/** A row of the collections table. */
export interface CollectionRow {
  id: string;
  name: string;
  description: string;
  description_text: string;
  is_starter: number;
  created_at: string;
  updated_at: string;
}

/** A collection by id or, failing that, by name (ignoring case). */
export function findCollection(db: Db, ref: string): Result<CollectionRow> {
  const row = (db.prepare('SELECT * FROM collections WHERE id = ?').get(ref) ??
    db.prepare('SELECT * FROM collections WHERE name = ? COLLATE NOCASE').get(ref.trim())) as CollectionRow | undefined;
  return row ? ok(row) : fail('collection.notFound', { ref });
}
