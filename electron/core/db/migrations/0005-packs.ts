import type Database from 'better-sqlite3';

/**
 * Attachments and packs: the blobs of the attachment store and which items use them; revisions known from other
 * libraries' histories; conflicts left by a pack import; publishers' keys; what imports last wrote into collections;
 * where each imported revision came from.
 */
export function migrate(db: Database.Database): void {
  db.exec(`
    -- One row per file in the attachment store (attachments/<sha256 prefix>/<sha256>), written after the file.
    CREATE TABLE attachments (
      sha256 TEXT PRIMARY KEY,
      size INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    -- The attachments of each item's current revision, in the item's order: which blobs are in use.
    CREATE TABLE item_attachments (
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      sha256 TEXT NOT NULL REFERENCES attachments(sha256),
      PRIMARY KEY (item_id, position)
    ) STRICT;
    CREATE INDEX item_attachments_sha256 ON item_attachments(sha256);

    -- Revision hashes of an item's history made in other libraries, whose content this library never held:
    -- with the local revisions, they tell an older incoming revision from a diverged one.
    CREATE TABLE known_revisions (
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      hash TEXT NOT NULL,
      UNIQUE (item_id, hash)
    ) STRICT;

    -- An incoming revision that diverged from the local one, kept until the user keeps theirs or takes this one.
    CREATE TABLE item_conflicts (
      item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
      revision TEXT NOT NULL,
      ancestors TEXT NOT NULL,
      content TEXT NOT NULL,
      pack_id TEXT NOT NULL,
      publisher_key TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    -- Publishers whose packs were imported, by public key: a key seen before is shown as known.
    CREATE TABLE publishers (
      public_key TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      organisation TEXT NOT NULL,
      library_id TEXT NOT NULL,
      first_seen_at TEXT NOT NULL
    ) STRICT;

    -- The state (name, description, entries) an import last gave a collection: a pack may update the collection
    -- while it is still in that state, never over changes made here since.
    CREATE TABLE collection_imports (
      collection_id TEXT PRIMARY KEY REFERENCES collections(id) ON DELETE CASCADE,
      state_hash TEXT NOT NULL
    ) STRICT;

    -- Where each revision that came in a pack was imported from.
    CREATE TABLE item_sources (
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      revision TEXT NOT NULL,
      pack_id TEXT NOT NULL,
      publisher_key TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      PRIMARY KEY (item_id, revision)
    ) STRICT;
  `);
}
