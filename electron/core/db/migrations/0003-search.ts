import type Database from 'better-sqlite3';

/**
 * Full-text search: an FTS5 index of analysed text (see core/search/analysis.ts) with a document number per item,
 * and saved searches. The index starts empty; opening the library fills it (core/search/rebuildIndex.ts).
 */
export function migrate(db: Database.Database): void {
  db.exec(`
    -- One row per indexed item: an explicit INTEGER PRIMARY KEY (VACUUM may renumber implicit rowids, which
    -- would detach the index), and what search shows and counts without opening the item: its title, sort keys
    -- and facet values (JSON), so that loading them for 100,000 items reads one small table.
    CREATE TABLE search_docs (
      doc INTEGER PRIMARY KEY,
      item_id TEXT NOT NULL UNIQUE REFERENCES items(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      date_key REAL,
      updated_at TEXT NOT NULL,
      facets TEXT NOT NULL
    ) STRICT;

    -- Contentless: the index keeps tokens only; the text itself stays in items. One column per weight class,
    -- plus 'filters' holding one token per field value (kind_practice, sdg_5_2, year_2021…).
    CREATE VIRTUAL TABLE item_index USING fts5(
      title, summary, terms, body, attachments, filters,
      content = '', contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
    );

    -- Items deleted for good (trash emptied, starter pack removed) leave the index with their document row.
    CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs BEGIN
      DELETE FROM item_index WHERE rowid = old.doc;
      UPDATE library_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'index_generation';
    END;
    INSERT INTO library_meta (key, value) VALUES ('index_generation', '0');

    CREATE TABLE saved_searches (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      query TEXT NOT NULL,
      sort TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
