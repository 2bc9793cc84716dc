import type Database from 'better-sqlite3';

/**
 * Counts read small indexes instead of item rows, whose stored content makes each row large. At 10,000 items:
 * - the library's counts by kind, status and language (the sidebar): 20 ms warm and 100 ms cold, now under 2 ms;
 * - whether the starter pack is still there: 140 ms (a full scan when it is not), now under 1 ms;
 * - the items per term of a vocabulary (whether an item is in the trash): 90 ms and 220 ms, now 25 ms.
 */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE INDEX items_counts ON items(deleted_at, kind, status, language);
    CREATE INDEX items_origin ON items(origin);
    CREATE INDEX items_live ON items(id, deleted_at);
  `);
}
