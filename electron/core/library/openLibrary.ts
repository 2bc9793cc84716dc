import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { fail, ok, type Result } from '../../api/errors';
import type { ReadDb, WriteTx } from '../db/handles';
import { checkSchemaVersion, runMigrations } from '../db/migrate';
import { writeInTransaction } from '../db/writeInTransaction';
import { expectedIndexVersion, rebuildIndex } from '../search/rebuildIndex';
import { seedVocabularies, vocabularySeedHash } from '../vocabularies/seedVocabularies';
import { readMeta, writeMeta, type Library } from './library';
import { libraryPaths } from './libraryPaths';
import { findResourcesDir } from './resourcesDir';

/** How to open a library folder. */
export interface OpenOptions {
  readonly dir: string;
  readonly resourcesDir?: string;
  /** Written on revisions; defaults to the operating-system user. */
  readonly author?: string;
  /** Tests set the clock; everything else uses the real one. */
  readonly clock?: () => Date;
  /** Path of a better-sqlite3 binary built for this runtime (the Electron app passes its own). */
  readonly nativeBinding?: string;
}

const busyTimeoutMs = 5000;

/** Opens an existing library, migrating it if it is older and refusing it, untouched, if it is newer. */
export function openLibrary(options: OpenOptions): Result<Library> {
  const { database } = libraryPaths(options.dir);
  if (!existsSync(database)) return fail('library.notFound', { dir: options.dir });
  const connected = connect(database, options);
  if (!connected.ok) return connected;
  const db = connected.value;
  // A database without a library id is one whose creation was interrupted: there is no library yet.
  if (!readMeta(db as WriteTx, 'library_id')) {
    db.close();
    return fail('library.notFound', { dir: options.dir });
  }
  return finishOpening(db, options);
}

/** Makes a new, empty library in `dir` (created if needed): schema, library id, vocabularies. */
export function createLibrary(options: OpenOptions): Result<Library> {
  const paths = libraryPaths(options.dir);
  try {
    mkdirSync(paths.attachments, { recursive: true });
  } catch {
    return fail('library.cannotOpen', { dir: options.dir });
  }
  const connected = connect(paths.database, options);
  if (!connected.ok) return connected;
  const db = connected.value;
  if (readMeta(db as WriteTx, 'library_id')) {
    db.close();
    return fail('library.alreadyExists', { dir: options.dir });
  }
  // A folder where an earlier creation was interrupted holds an empty database: creating again simply reuses it.
  db.transaction(() => {
    writeMeta(db as WriteTx, 'library_id', randomUUID());
    writeMeta(db as WriteTx, 'created_at', (options.clock?.() ?? new Date()).toISOString());
  })();
  return finishOpening(db, options);
}

function connectionOptions(options: OpenOptions): Database.Options {
  return { timeout: busyTimeoutMs, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
}

function connect(file: string, options: OpenOptions): Result<Database.Database> {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, connectionOptions(options));
    // Read the version before any pragma that writes: a newer library must stay byte-for-byte as it was.
    const version = checkSchemaVersion(db);
    if (!version.ok) {
      db.close();
      return version;
    }
    // Version 0 with tables is some other program's database: leave it alone.
    if (version.value === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get()) {
      db.close();
      return fail('library.notALibrary', { dir: file });
    }
    db.pragma('journal_mode = WAL');
    // FULL: a commit that returned survives a power cut, which NORMAL does not promise in WAL mode.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    runMigrations(db);
    return ok(db);
  } catch (cause) {
    db?.close();
    return fail(openErrorCode(cause), { dir: file });
  }
}

// What the file system or SQLite can refuse when opening: each a message the user can act on.
function openErrorCode(cause: unknown): 'library.notALibrary' | 'library.busy' | 'library.cannotOpen' {
  if (cause instanceof Database.SqliteError) {
    if (cause.code.startsWith('SQLITE_BUSY') || cause.code.startsWith('SQLITE_LOCKED')) return 'library.busy';
    if (/NOTADB|CORRUPT/.test(cause.code)) return 'library.notALibrary';
    if (/CANTOPEN|READONLY|FULL|IOERR|PERM/.test(cause.code)) return 'library.cannotOpen';
  }
  if (cause instanceof TypeError && /directory does not exist/.test(cause.message)) return 'library.cannotOpen';
  throw cause;
}

function finishOpening(db: Database.Database, options: OpenOptions): Result<Library> {
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  const clock = options.clock ?? (() => new Date());
  const write = writeInTransaction(db);
  // Most opens find vocabularies and index up to date: check with reads, so that a read-only command takes no write lock.
  const seedHash = vocabularySeedHash(resourcesDir);
  const indexVersion = expectedIndexVersion(seedHash, clock().getUTCFullYear());
  if (readMeta(db as WriteTx, 'vocabulary_seed') !== seedHash || readMeta(db as WriteTx, 'index_version') !== indexVersion) {
    write((tx) => {
      seedVocabularies(tx, { resourcesDir, now: clock().toISOString() });
      if (readMeta(tx, 'index_version') !== indexVersion) rebuildIndex(tx, { currentYear: clock().getUTCFullYear() });
      return ok(undefined);
    });
  }
  const read = new Database(libraryPaths(options.dir).database, { ...connectionOptions(options), readonly: true }) as ReadDb;
  const id = readMeta(read, 'library_id');
  if (!id) throw new Error('library_meta has no library_id');
  return ok({
    dir: options.dir,
    id,
    resourcesDir,
    author: options.author ?? userInfo().username,
    read,
    write,
    now: () => clock().toISOString(),
    close() {
      read.close();
      db.close();
    },
  });
}
