import { fail, ok, type Result } from '../../api/errors';
import { asItemId, asRevisionHash } from '../../api/ids';
import type { Item, ItemConflict, ItemContent } from '../../api/types';
import type { Db } from '../db/handles';
import { getItem } from '../items/getItem';
import { readItemRow } from '../items/itemRow';
import { saveItem } from '../items/saveItem';
import type { Library } from '../library/library';
import { loadRichText } from '../richText/loadRichText';
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
 * mine. Either way, a pack made from this library afterwards updates theirs cleanly.
 */
export async function resolveConflict(lib: Library, input: { id: string; keep: 'mine' | 'theirs' }): Promise<Result<Item>> {
  const richText = await loadRichText();
  return lib.write((tx) => {
    const row = tx.prepare('SELECT * FROM item_conflicts WHERE item_id = ?').get(input.id) as ConflictRow | undefined;
    const item = readItemRow(tx, input.id);
    if (!row || !item) return fail('conflict.notFound', { id: input.id });
    if (input.keep === 'theirs') {
      saveItem(tx, JSON.parse(row.content) as ItemContent, {
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
