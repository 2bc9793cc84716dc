import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../api/errors';
import type { SavedSearch, SearchSort } from '../../api/types';
import type { Db } from '../db/handles';
import type { Library } from '../library/library';

interface SavedSearchRow {
  id: string;
  name: string;
  query: string;
  sort: SearchSort | null;
  created_at: string;
  updated_at: string;
}

const fromRow = (row: SavedSearchRow): SavedSearch => ({
  id: row.id,
  name: row.name,
  query: row.query,
  sort: row.sort,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A saved search by id, or by name ignoring case. */
export function findSavedSearch(db: Db, ref: string): Result<SavedSearch> {
  const row = (db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(ref) ??
    db.prepare('SELECT * FROM saved_searches WHERE name = ?').get(ref.trim())) as SavedSearchRow | undefined;
  return row ? ok(fromRow(row)) : fail('savedSearch.notFound', { ref });
}

/** Every saved search, by name. */
export function listSavedSearches(db: Db): Result<SavedSearch[]> {
  const rows = db.prepare('SELECT * FROM saved_searches ORDER BY name').all() as SavedSearchRow[];
  return ok(rows.map(fromRow));
}

/** Keeps a query under a name (unique, ignoring case). */
export function createSavedSearch(
  lib: Library,
  input: { name: string; query: string; sort?: SearchSort | undefined },
): Result<SavedSearch> {
  if (findSavedSearch(lib.read, input.name).ok) return fail('savedSearch.nameTaken', { name: input.name });
  return lib.write((tx) => {
    const id = randomUUID();
    tx.prepare('INSERT INTO saved_searches (id, name, query, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      input.name,
      input.query,
      input.sort ?? null,
      lib.now(),
      lib.now(),
    );
    return findSavedSearch(tx, id);
  });
}

/** Renames a saved search, or changes its query or order. */
export function updateSavedSearch(
  lib: Library,
  input: { ref: string; name?: string | undefined; query?: string | undefined; sort?: SearchSort | undefined },
): Result<SavedSearch> {
  const found = findSavedSearch(lib.read, input.ref);
  if (!found.ok) return found;
  if (input.name !== undefined) {
    const other = findSavedSearch(lib.read, input.name);
    if (other.ok && other.value.id !== found.value.id) return fail('savedSearch.nameTaken', { name: input.name });
  }
  return lib.write((tx) => {
    tx.prepare(
      `UPDATE saved_searches SET name = COALESCE(@name, name), query = COALESCE(@query, query), sort = COALESCE(@sort, sort),
         updated_at = @now WHERE id = @id`,
    ).run({ id: found.value.id, name: input.name ?? null, query: input.query ?? null, sort: input.sort ?? null, now: lib.now() });
    return findSavedSearch(tx, found.value.id);
  });
}

/** Deletes a saved search. */
export function deleteSavedSearch(lib: Library, input: { ref: string }): Result<{ id: string }> {
  const found = findSavedSearch(lib.read, input.ref);
  if (!found.ok) return found;
  return lib.write((tx) => {
    tx.prepare('DELETE FROM saved_searches WHERE id = ?').run(found.value.id);
    return ok({ id: found.value.id });
  });
}
