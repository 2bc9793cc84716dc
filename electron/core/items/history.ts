import { fail, ok, type Result } from '../../api/errors';
import { asRevisionHash } from '../../api/ids';
import type { Item, ItemContent, Revision, RevisionDetail } from '../../api/types';
import type { Db } from '../db/handles';
import type { Library } from '../library/library';
import { getItem } from './getItem';
import { loadRichText } from '../richText/loadRichText';
import { readItemRow } from './itemRow';
import { saveItem } from './saveItem';
import { followMergedTerms } from '../vocabularies/followMergedTerms';

interface RevisionRow {
  number: number;
  hash: string;
  parent_hash: string | null;
  content: string;
  author: string;
  created_at: string;
}

/** An item's revisions, newest first, each with the fields it changed. */
export function listRevisions(db: Db, input: { id: string }): Result<Revision[]> {
  if (!readItemRow(db, input.id)) return fail('item.notFound', { id: input.id });
  const rows = db.prepare('SELECT * FROM revisions WHERE item_id = ? ORDER BY number').all(input.id) as RevisionRow[];
  const revisions = rows.map((row, index) => revisionFromRow(row, rows[index - 1]));
  return ok(revisions.reverse());
}

/** One revision with the content it saved; `hash` may be a unique prefix of at least 6 characters. */
export function getRevision(db: Db, input: { id: string; hash: string }): Result<RevisionDetail> {
  if (!readItemRow(db, input.id)) return fail('item.notFound', { id: input.id });
  const rows = db.prepare('SELECT * FROM revisions WHERE item_id = ? ORDER BY number').all(input.id) as RevisionRow[];
  const matches = input.hash.length >= 6 ? rows.filter((row) => row.hash.startsWith(input.hash.toLowerCase())) : [];
  // The same content can be saved more than once (after a restore): every match then holds the same content.
  const row = matches.at(-1);
  if (!row || new Set(matches.map((match) => match.hash)).size > 1) return fail('revision.notFound', { id: input.id, hash: input.hash });
  const index = rows.indexOf(row);
  return ok({ ...revisionFromRow(row, rows[index - 1]), content: JSON.parse(row.content) as ItemContent });
}

/** Makes the content of an earlier revision current again, as a new revision (none if it already is current). */
export async function restoreRevision(lib: Library, input: { id: string; hash: string }): Promise<Result<Item>> {
  const richText = await loadRichText();
  return lib.write((tx) => {
    const row = readItemRow(tx, input.id);
    if (!row) return fail('item.notFound', { id: input.id });
    if (row.deleted_at !== null) return fail('item.inTrash', { id: input.id });
    const revision = getRevision(tx, input);
    if (!revision.ok) return revision;
    // Terms merged since that revision are restored as the terms they were merged into.
    saveItem(tx, followMergedTerms(tx, revision.value.content), {
      author: lib.author,
      now: lib.now(),
      provenance: { origin: row.origin, libraryId: row.origin_library_id },
      richText,
    });
    return getItem(tx, input);
  });
}

function revisionFromRow(row: RevisionRow, previous: RevisionRow | undefined): Revision {
  return {
    hash: asRevisionHash(row.hash),
    parentHash: row.parent_hash === null ? null : asRevisionHash(row.parent_hash),
    number: row.number,
    createdAt: row.created_at,
    author: row.author,
    // The first revision changes nothing: it is where the item begins.
    changedFields: previous ? changedFields(JSON.parse(previous.content) as ItemContent, JSON.parse(row.content) as ItemContent) : [],
  };
}

function changedFields(before: ItemContent, after: ItemContent): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const value = (content: ItemContent, key: string) => JSON.stringify((content as Record<string, unknown>)[key]);
  return [...keys].filter((key) => value(before, key) !== value(after, key)).sort();
}
