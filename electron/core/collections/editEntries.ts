import { fail, ok, type Result } from '../../api/errors';
import type { Collection } from '../../api/types';
import type { Library } from '../library/library';
import { readEntries, rewriteEntries, type EntryRow } from './entries';
import { findCollection } from './findCollection';
import { getCollection } from './getCollection';

// Positions are 1-based, as the collection shows them. Each edit reads the entries, changes the list and rewrites it.

type Edit = (entries: EntryRow[]) => Result<EntryRow[]>;

function editEntries(lib: Library, ref: string, edit: Edit): Result<Collection> {
  const found = findCollection(lib.read, ref);
  if (!found.ok) return found;
  const id = found.value.id;
  return lib.write((tx) => {
    const edited = edit(readEntries(tx, id));
    if (!edited.ok) return edited;
    rewriteEntries(tx, id, edited.value);
    tx.prepare('UPDATE collections SET updated_at = ? WHERE id = ?').run(lib.now(), id);
    return getCollection(tx, { ref: id });
  });
}

/** Adds items to a collection, at the end or before `position`. */
export function addToCollection(
  lib: Library,
  input: { ref: string; itemIds: readonly string[]; position?: number | undefined },
): Result<Collection> {
  const item = lib.read.prepare('SELECT deleted_at FROM items WHERE id = ?');
  for (const id of input.itemIds) {
    const row = item.get(id) as { deleted_at: string | null } | undefined;
    if (!row) return fail('item.notFound', { id });
    if (row.deleted_at !== null) return fail('item.inTrash', { id });
  }
  return editEntries(lib, input.ref, (entries) => {
    const present = input.itemIds.find((id, index) => entries.some((entry) => entry.item_id === id) || input.itemIds.indexOf(id) !== index);
    if (present) return fail('collection.itemAlreadyIn', { id: present });
    const at = checkedInsertPosition(entries, input.position);
    if (!at.ok) return at;
    const added = input.itemIds.map((id) => ({ item_id: id, heading: null, note: '' }));
    return ok([...entries.slice(0, at.value), ...added, ...entries.slice(at.value)]);
  });
}

/** Adds a section heading, at the end or before `position`. */
export function addSection(lib: Library, input: { ref: string; heading: string; position?: number | undefined }): Result<Collection> {
  return editEntries(lib, input.ref, (entries) => {
    const at = checkedInsertPosition(entries, input.position);
    if (!at.ok) return at;
    return ok([...entries.slice(0, at.value), { item_id: null, heading: input.heading, note: '' }, ...entries.slice(at.value)]);
  });
}

/** Moves the entry at `from` so that it ends up at position `to`. */
export function moveEntry(lib: Library, input: { ref: string; from: number; to: number }): Result<Collection> {
  return editEntries(lib, input.ref, (entries) => {
    if (!isPosition(entries, input.from)) return fail('collection.positionOutOfRange', { position: input.from, count: entries.length });
    if (!isPosition(entries, input.to)) return fail('collection.positionOutOfRange', { position: input.to, count: entries.length });
    const moved = [...entries];
    const [entry] = moved.splice(input.from - 1, 1);
    moved.splice(input.to - 1, 0, entry as EntryRow);
    return ok(moved);
  });
}

/** Sets the trainer's note on the item entry at `position` (an empty note removes it). */
export function setNote(lib: Library, input: { ref: string; position: number; note: string }): Result<Collection> {
  return editEntries(lib, input.ref, (entries) => {
    const entry = entries[input.position - 1];
    if (!entry) return fail('collection.positionOutOfRange', { position: input.position, count: entries.length });
    if (entry.item_id === null) return fail('collection.notAnItemEntry', { position: input.position });
    return ok(entries.map((other) => (other === entry ? { ...entry, note: input.note } : other)));
  });
}

/** Removes the entry at `position` (the item stays in the library). */
export function removeEntry(lib: Library, input: { ref: string; position: number }): Result<Collection> {
  return editEntries(lib, input.ref, (entries) => {
    if (!isPosition(entries, input.position))
      return fail('collection.positionOutOfRange', { position: input.position, count: entries.length });
    return ok(entries.filter((_, index) => index !== input.position - 1));
  });
}

function isPosition(entries: readonly EntryRow[], position: number): boolean {
  return Number.isInteger(position) && position >= 1 && position <= entries.length;
}

function checkedInsertPosition(entries: readonly EntryRow[], position: number | undefined): Result<number> {
  if (position === undefined) return ok(entries.length);
  if (!Number.isInteger(position) || position < 1 || position > entries.length + 1) {
    return fail('collection.positionOutOfRange', { position, count: entries.length });
  }
  return ok(position - 1);
}
