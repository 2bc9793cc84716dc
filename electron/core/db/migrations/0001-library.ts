import type Database from 'better-sqlite3';

/** The first schema: library metadata, vocabulary terms, items with their revisions and term references. */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE library_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE terms (
      id TEXT PRIMARY KEY,
      vocabulary TEXT NOT NULL,
      code TEXT,
      label_fr TEXT NOT NULL,
      label_en TEXT NOT NULL,
      label_es TEXT NOT NULL,
      label_ar TEXT NOT NULL,
      parent_id TEXT REFERENCES terms(id),
      organisation_type TEXT,
      country TEXT,
      is_retired INTEGER NOT NULL DEFAULT 0,
      merged_into TEXT REFERENCES terms(id),
      is_starter INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX terms_vocabulary ON terms(vocabulary, is_retired);

    CREATE TABLE items (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      language TEXT NOT NULL,
      status TEXT NOT NULL,
      content TEXT NOT NULL,
      body_text TEXT NOT NULL,
      body_html TEXT NOT NULL,
      revision TEXT NOT NULL,
      origin TEXT NOT NULL,
      origin_library_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX items_listing ON items(deleted_at, updated_at);

    CREATE TABLE revisions (
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      hash TEXT NOT NULL,
      parent_hash TEXT,
      content TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (item_id, number)
    ) STRICT;
    CREATE INDEX revisions_hash ON revisions(item_id, hash);

    CREATE TABLE item_terms (
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      term_id TEXT NOT NULL REFERENCES terms(id),
      field TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (item_id, field, term_id, role)
    ) STRICT;
    CREATE INDEX item_terms_term ON item_terms(term_id);
  `);
}
