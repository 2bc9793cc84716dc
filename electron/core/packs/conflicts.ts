import { fail, ok, type Result } from '../../api/errors';
import { asItemId, asRevisionHash } from '../../api/ids';
import { itemInput } from '../../api/itemInput';
import type { ParsedInput } from '../../api/operations';
import type { Item, ItemConflict, ItemContent } from '../../api/types';
import { validationError } from '../../api/validationError';
import type { Db, WriteTx } from '../db/handles';
import { contentToInput } from '../items/contentToInput';
import { getItem } from '../items/getItem';
import { readItemRow, type ItemRow } from '../items/itemRow';
import { resolveItemInput } from '../items/resolveItemInput';
import { saveItem } from '../items/saveItem';
import type { Library } from '../library/library';
import { loadRichText, type RichText } from '../richText/loadRichText';
import { rememberRevisions } from './planImport';

interface ConflictRow {
  item_id: string;
  revision: string;
  ancestors: string;
  content: string;
  pack_id: string;
  created_at: string;
}

/** Items that a pack changed while this library changed them too, oldest first. */
export function listConflicts(db: Db): Result<ItemConflict[]> {
  const rows = db.prepare('SELECT * FROM item_conflicts ORDER BY created_at, item_id').all() as ConflictRow[];
  return ok(rows.flatMap((row) => conflictFromRow(db, row) ?? []));
}

/**
 * Settles a conflict. Keeping mine leaves the item as it is and records their revision as part of its history, so
 * that the pack, imported again, changes nothing; taking theirs makes their content a new revision that follows
 * mine; a merge takes the fields it names from theirs and the rest from mine, checked like an edit. Either way, a
 * pack made from this library afterwards updates theirs cleanly.
 */
export async function resolveConflict(lib: Library, input: ParsedInput<'conflicts.resolve'>): Promise<Result<Item>> {
  const richText = await loadRichText();
  return lib.write((tx) => {
    const row = tx.prepare('SELECT * FROM item_conflicts WHERE item_id = ?').get(input.id) as ConflictRow | undefined;
    const item = readItemRow(tx, input.id);
    if (!row || !item) return fail('conflict.notFound', { id: input.id });
    const theirs = JSON.parse(row.content) as ItemContent;
    const kept =
      input.keep === 'merged'
        ? mergedContent(tx, { item, theirs, theirsFields: input.theirsFields, now: lib.now(), richText })
        : ok(theirs);
    if (!kept.ok) return kept;
    if (input.keep !== 'mine') {
      saveItem(tx, kept.value, {
        author: lib.author,
        now: lib.now(),
        provenance: { origin: item.origin, libraryId: item.origin_library_id },
        richText,
      });
    }
    rememberRevisions(tx, input.id, [...(JSON.parse(row.ancestors) as string[]), row.revision]);
    tx.prepare('DELETE FROM item_conflicts WHERE item_id = ?').run(input.id);
    return getItem(tx, input);
  });
}

/** Mine with the named fields taken from theirs (a field theirs lacks is cleared), validated as a whole item. */
function mergedContent(
  tx: WriteTx,
  merge: { item: ItemRow; theirs: ItemContent; theirsFields: readonly string[]; now: string; richText: RichText },
): Result<ItemContent> {
  const mine = contentToInput(JSON.parse(merge.item.content) as ItemContent);
  const theirs = contentToInput(merge.theirs);
  const merged: Record<string, unknown> = { ...mine };
  for (const field of merge.theirsFields) {
    if (field === 'id') return fail('input.notAllowed', { field: 'theirsFields', allowed: 'content fields' });
    if (field in theirs) merged[field] = theirs[field];
    else delete merged[field];
  }
  delete merged.id;
  const parsed = itemInput.safeParse(merged);
  if (!parsed.success) return validationError(parsed.error, merged);
  const id = asItemId(merge.item.id);
  return resolveItemInput(tx, parsed.data, { id, now: merge.now, richText: merge.richText, existingLinks: linksOf(mine, theirs) });
}

// Links either side already had: an item deleted for good since then must not block the merge.
function linksOf(...contents: ReadonlyArray<Record<string, unknown>>): Set<string> {
  return new Set(contents.flatMap((content) => ['translations', 'related'].flatMap((key) => (content[key] as string[] | undefined) ?? [])));
}

function conflictFromRow(db: Db, row: ConflictRow): ItemConflict | null {
  const item = readItemRow(db, row.item_id);
  if (!item) return null;
  return {
    itemId: asItemId(row.item_id),
    title: item.title,
    mine: { revision: asRevisionHash(item.revision), content: JSON.parse(item.content) as ItemContent },
    theirs: { revision: asRevisionHash(row.revision), content: JSON.parse(row.content) as ItemContent },
    packId: row.pack_id,
    createdAt: row.created_at,
  };
}
