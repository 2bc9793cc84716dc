import { ok, type Result } from '../../api/errors';
import type { Outputs } from '../../api/operations';
import type { Db } from '../db/handles';

/**
 * The free tags items outside the trash use, most used first (then alphabetically). With `prefix`, only tags
 * with a word that starts with it, ignoring case and accents, so that `genr` suggests "Budget sensible au genre".
 */
export function listTags(db: Db, input: { prefix?: string | undefined; limit: number }): Result<Outputs['tags.list']> {
  // Tags live only inside each item's content; a library holds at most a few thousand distinct ones, so the
  // prefix is matched here rather than in SQL, whose LIKE folds neither accents nor non-ASCII case.
  const rows = db
    .prepare(
      `SELECT tag.value AS tag, COUNT(DISTINCT items.id) AS count
       FROM items, json_each(items.content, '$.tags') AS tag
       WHERE items.deleted_at IS NULL AND tag.type = 'text'
       GROUP BY tag.value
       ORDER BY count DESC, tag.value`,
    )
    .all() as Outputs['tags.list'];
  const prefix = fold(input.prefix ?? '');
  const matching = prefix === '' ? rows : rows.filter(({ tag }) => hasWordStarting(fold(tag), prefix));
  return ok(matching.slice(0, input.limit));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function hasWordStarting(tag: string, prefix: string): boolean {
  return tag.startsWith(prefix) || tag.split(/[\s\-_/]+/).some((word) => word.startsWith(prefix));
}
