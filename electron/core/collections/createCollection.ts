import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../api/errors';
import type { Collection, RichTextDoc } from '../../api/types';
import type { WriteTx } from '../db/handles';
import type { Library } from '../library/library';
import { emptyDoc } from '../richText/emptyDoc';
import { loadRichText, type RichText } from '../richText/loadRichText';
import { findCollection } from './findCollection';
import { getCollection } from './getCollection';

/** Makes an empty collection; the description is Markdown or ProseMirror JSON. */
export async function createCollection(
  lib: Library,
  input: { name: string; description?: string | RichTextDoc | undefined },
): Promise<Result<Collection>> {
  if (findCollection(lib.read, input.name).ok) return fail('collection.nameTaken', { name: input.name });
  const richText = await loadRichText();
  const description = richText.parseRichText(input.description ?? '');
  if (!description) return fail('input.invalid', { field: 'description' });
  return lib.write((tx) => {
    const id = randomUUID();
    insertCollection(tx, { id, name: input.name, description, isStarter: false, now: lib.now(), richText });
    return getCollection(tx, { ref: id });
  });
}

/** Renames a collection or replaces its description. */
export async function updateCollection(
  lib: Library,
  input: { ref: string; name?: string | undefined; description?: string | RichTextDoc | undefined },
): Promise<Result<Collection>> {
  const found = findCollection(lib.read, input.ref);
  if (!found.ok) return found;
  if (input.name !== undefined) {
    const other = findCollection(lib.read, input.name);
    if (other.ok && other.value.id !== found.value.id) return fail('collection.nameTaken', { name: input.name });
  }
  const richText = await loadRichText();
  const description = input.description === undefined ? undefined : richText.parseRichText(input.description);
  if (description === null) return fail('input.invalid', { field: 'description' });
  return lib.write((tx) => {
    tx.prepare(
      `UPDATE collections SET name = COALESCE(@name, name), description = COALESCE(@description, description),
         description_text = COALESCE(@descriptionText, description_text), updated_at = @now WHERE id = @id`,
    ).run({
      id: found.value.id,
      name: input.name ?? null,
      description: description ? JSON.stringify(description) : null,
      descriptionText: description ? richText.richTextToText(description) : null,
      now: lib.now(),
    });
    return getCollection(tx, { ref: found.value.id });
  });
}

/** Deletes a collection; its items stay in the library. */
export function deleteCollection(lib: Library, input: { ref: string }): Result<{ id: string }> {
  const found = findCollection(lib.read, input.ref);
  if (!found.ok) return found;
  return lib.write((tx) => {
    tx.prepare('DELETE FROM collections WHERE id = ?').run(found.value.id);
    return ok({ id: found.value.id });
  });
}

/** Inserts a collection row (also used by the starter pack). */
export function insertCollection(
  tx: WriteTx,
  collection: { id: string; name: string; description: RichTextDoc | null; isStarter: boolean; now: string; richText: RichText },
): void {
  const description = collection.description ?? emptyDoc;
  tx.prepare(
    `INSERT INTO collections (id, name, description, description_text, is_starter, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    collection.id,
    collection.name,
    JSON.stringify(description),
    collection.richText.richTextToText(description),
    collection.isStarter ? 1 : 0,
    collection.now,
    collection.now,
  );
}
