import { fail, ok, type Result } from '../../api/errors';
import type { Db } from '../db/handles';
import { purgeItems } from '../items/purgeItems';
import type { Library } from '../library/library';

/** True while any part of the starter pack is in the library. */
export function hasStarter(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM items WHERE origin = 'starter' UNION ALL SELECT 1 FROM collections WHERE is_starter = 1 LIMIT 1").get() !==
    undefined
  );
}

/**
 * Removes the starter pack entirely, edited or not: its items (with their history), its collection, and the
 * organisations it brought that nothing else uses.
 */
export function removeStarter(lib: Library): Result<{ items: number }> {
  if (!hasStarter(lib.read)) return fail('starter.notPresent');
  return lib.write((tx) => {
    const items = purgeItems(tx, tx.prepare("SELECT id FROM items WHERE origin = 'starter'").pluck().all() as string[]);
    tx.prepare('DELETE FROM collections WHERE is_starter = 1').run();
    // An organisation stays while any item, any revision a user could restore, or a merged term still names it.
    tx.prepare(
      `DELETE FROM terms WHERE is_starter = 1
         AND NOT EXISTS (SELECT 1 FROM item_terms WHERE term_id = terms.id)
         AND NOT EXISTS (SELECT 1 FROM terms AS merged WHERE merged.merged_into = terms.id)
         AND NOT EXISTS (SELECT 1 FROM revisions WHERE instr(content, '"' || terms.id || '"') > 0)`,
    ).run();
    return ok({ items });
  });
}
