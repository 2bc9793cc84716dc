import type Database from 'better-sqlite3';
import { fail, ok, type Result } from '../../api/errors';
import { migrations } from './migrations';

/** The schema version this build writes. */
export const schemaVersion = migrations.length;

/** The library's schema version, read without writing anything. */
function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a library written by a newer Compendium before anything touches it. */
export function checkSchemaVersion(db: Database.Database): Result<number> {
  const found = readSchemaVersion(db);
  if (found > schemaVersion) return fail('library.formatTooNew', { found, supported: schemaVersion });
  return ok(found);
}

/** Runs the pending migrations, all in one transaction: a failure leaves the library as it was. */
export function runMigrations(db: Database.Database): void {
  const from = readSchemaVersion(db);
  if (from >= schemaVersion) return;
  db.transaction(() => {
    for (const migration of migrations.slice(from)) migration(db);
    // user_version is part of the database header, so it commits or rolls back with the transaction.
    db.pragma(`user_version = ${schemaVersion}`);
  })();
}
