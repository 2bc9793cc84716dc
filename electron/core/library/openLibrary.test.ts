import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../db/migrate';
import { getItem } from '../items/getItem';
import { contentHash } from '../items/canonicalContent';
import { createCollection } from '../collections/createCollection';
import { libraryPaths } from './libraryPaths';
import { createLibrary, openLibrary } from './openLibrary';
import { tempDir } from './testLibrary';

const fixture = join(import.meta.dirname, '../../../test/fixtures/library-v1');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('openLibrary', () => {
  it('migrates a library written by schema version 1 and keeps its content', async () => {
    const dir = tempDir();
    cpSync(fixture, dir, { recursive: true });
    const opened = openLibrary({ dir });
    if (!opened.ok) throw new Error(opened.error.code);
    const lib = opened.value;
    try {
      expect(lib.id).toBe('3f2b8a56-0d1c-4e7b-9a61-5c2d8e4f7a10');
      expect(lib.read.pragma('user_version', { simple: true })).toBe(schemaVersion);
      const item = getItem(lib.read, { id: '7c1e4d2a-9b3f-4a6e-8d5c-2f1a0b9e8d71' });
      if (!item.ok) throw new Error(item.error.code);
      expect(item.value).toMatchObject({
        title: 'Budget participatif à Exempleville',
        themes: ['theme:gender-equality'],
        sdgs: ['5.5'],
        countries: ['TN'],
        revision: 'b9d1eec547ddee49dd9479084b8e680366d182486510405e1c14f008d6370dd7',
      });
      // The canonical form is stable: today's code computes the hash the older version stored.
      const { revision, createdAt, updatedAt, deletedAt, provenance, bodyText, bodyHtml, ...content } = item.value;
      expect(contentHash(content)).toBe(revision);
      expect((await createCollection(lib, { name: 'After migration' })).ok).toBe(true);
    } finally {
      lib.close();
    }
  });

  it('refuses a library from a newer version without changing a byte of it', () => {
    const dir = tempDir();
    const created = createLibrary({ dir });
    if (!created.ok) throw new Error(created.error.code);
    created.value.close();
    const { database } = libraryPaths(dir);
    const raw = new Database(database);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    const before = sha256(database);

    expect(openLibrary({ dir })).toEqual({
      ok: false,
      error: { code: 'library.formatTooNew', params: { found: schemaVersion + 1, supported: schemaVersion } },
    });
    expect(sha256(database)).toBe(before);
    expect(existsSync(`${database}-wal`)).toBe(false);
  });

  it('refuses a newer library still in WAL mode without changing its database file', () => {
    const dir = tempDir();
    const created = createLibrary({ dir });
    if (!created.ok) throw new Error(created.error.code);
    created.value.close();
    const { database } = libraryPaths(dir);
    const raw = new Database(database);
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    const before = sha256(database);
    expect(openLibrary({ dir })).toMatchObject({ ok: false, error: { code: 'library.formatTooNew' } });
    expect(sha256(database)).toBe(before);
  });

  it('says a folder it cannot use cannot be opened', () => {
    const dir = tempDir();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    expect(createLibrary({ dir: file })).toEqual({ ok: false, error: { code: 'library.cannotOpen', params: { dir: file } } });
  });

  it('says there is no library in an empty folder', () => {
    const dir = tempDir();
    expect(openLibrary({ dir })).toEqual({ ok: false, error: { code: 'library.notFound', params: { dir } } });
  });

  it('refuses a file that is not a database', () => {
    const dir = tempDir();
    writeFileSync(libraryPaths(dir).database, 'this is not SQLite, just a text file that happens to have this name');
    expect(openLibrary({ dir })).toMatchObject({ ok: false, error: { code: 'library.notALibrary' } });
  });

  it("leaves another program's SQLite database alone", () => {
    const dir = tempDir();
    const { database } = libraryPaths(dir);
    const other = new Database(database);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const before = sha256(database);
    expect(openLibrary({ dir })).toMatchObject({ ok: false, error: { code: 'library.notALibrary' } });
    expect(sha256(database)).toBe(before);
  });

  it('creates a library once, then refuses to create it again', () => {
    const dir = tempDir();
    const created = createLibrary({ dir });
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(existsSync(libraryPaths(dir).attachments)).toBe(true);
    created.value.close();
    expect(createLibrary({ dir })).toEqual({ ok: false, error: { code: 'library.alreadyExists', params: { dir } } });
    const reopened = openLibrary({ dir });
    expect(reopened.ok && reopened.value.id).toBe(created.value.id);
    if (reopened.ok) reopened.value.close();
  });

  it('opens with WAL, foreign keys and a busy timeout', () => {
    const dir = tempDir();
    const created = createLibrary({ dir });
    if (!created.ok) throw new Error(created.error.code);
    const lib = created.value;
    lib.write((tx) => {
      expect(tx.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(tx.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(tx.pragma('busy_timeout', { simple: true })).toBe(5000);
      return { ok: true, value: undefined };
    });
    lib.close();
  });
});
