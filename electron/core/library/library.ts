import type { Result } from '../../api/errors';
import type { Db, ReadDb, WriteTx } from '../db/handles';

/** An open library: its folder, its id, a read-only handle and a way to write in a transaction. */
export interface Library {
  readonly dir: string;
  readonly id: string;
  readonly resourcesDir: string;
  /** The name written on revisions made through this handle. */
  readonly author: string;
  readonly read: ReadDb;
  /** Runs `work` in one transaction on the write connection: it commits when `work` returns success, and rolls back on a failure or a throw. */
  write<T>(work: (tx: WriteTx) => Result<T>): Result<T>;
  /** The current time as an ISO 8601 string (a clock tests can set). */
  now(): string;
  close(): void;
}

/** Reads one value of the library_meta table. */
export function readMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM library_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/** Writes one value of the library_meta table. */
export function writeMeta(tx: WriteTx, key: string, value: string): void {
  tx.prepare('INSERT INTO library_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
