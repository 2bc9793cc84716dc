import type Database from 'better-sqlite3';
import type { Result } from '../../api/errors';
import type { WriteTx } from './handles';

// better-sqlite3 rolls back when the callback throws, so a failed Result leaves the transaction as a thrown carrier.
class Rollback extends Error {
  constructor(readonly failure: Result<never>) {
    super('rolled back');
  }
}

/** The library's `write`: one transaction per call, committed on success, rolled back on a failed Result or a throw. */
export function writeInTransaction(db: Database.Database) {
  return <T>(work: (tx: WriteTx) => Result<T>): Result<T> => {
    try {
      return db.transaction(() => {
        const result = work(db as WriteTx);
        if (!result.ok) throw new Rollback(result);
        return result;
      })();
    } catch (cause) {
      if (cause instanceof Rollback) return cause.failure;
      throw cause;
    }
  };
}
