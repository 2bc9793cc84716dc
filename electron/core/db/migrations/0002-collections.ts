import type Database from 'better-sqlite3';

/** Collections: named, ordered lists of items with section headings and a note per item. */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE collections (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      description TEXT NOT NULL,
      description_text TEXT NOT NULL,
      is_starter INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- position is dense (0..n-1) and rewritten on every move, so a collection's order is one ORDER BY.
    CREATE TABLE collection_entries (
      collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      item_id TEXT REFERENCES items(id) ON DELETE CASCADE,
      heading TEXT,
      note TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (collection_id, position),
      CHECK ((item_id IS NULL) <> (heading IS NULL))
    ) STRICT;
    CREATE UNIQUE INDEX collection_entries_item ON collection_entries(collection_id, item_id) WHERE item_id IS NOT NULL;
    CREATE INDEX collection_entries_by_item ON collection_entries(item_id);
  `);
}
