import { ok, type Result } from '../../api/errors';
import type { LibraryStats } from '../../api/types';
import { itemKinds, itemStatuses, vocabularies } from '../../api/vocabularyCodes';
import type { Db } from '../db/handles';
import { readMeta } from '../library/library';
import { hasStarter } from '../starter/removeStarter';

/** Counts that describe the library: items by kind, language and status, trash, revisions, collections, terms. */
export function getStats(db: Db): Result<LibraryStats> {
  const countBy = (column: string) =>
    Object.fromEntries(
      (
        db.prepare(`SELECT ${column} AS key, COUNT(*) AS n FROM items WHERE deleted_at IS NULL GROUP BY ${column}`).all() as Array<{
          key: string;
          n: number;
        }>
      ).map((row) => [row.key, row.n]),
    ) as Record<string, number>;
  const byKind = countBy('kind');
  const byStatus = countBy('status');
  const terms = Object.fromEntries(
    (
      db.prepare('SELECT vocabulary AS key, COUNT(*) AS n FROM terms WHERE is_retired = 0 GROUP BY vocabulary').all() as Array<{
        key: string;
        n: number;
      }>
    ).map((row) => [row.key, row.n]),
  ) as Record<string, number>;
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return ok({
    libraryId: readMeta(db, 'library_id') ?? '',
    items: count('SELECT COUNT(*) FROM items WHERE deleted_at IS NULL'),
    byKind: Object.fromEntries(itemKinds.map((kind) => [kind, byKind[kind] ?? 0])) as LibraryStats['byKind'],
    byLanguage: countBy('language'),
    byStatus: Object.fromEntries(itemStatuses.map((status) => [status, byStatus[status] ?? 0])) as LibraryStats['byStatus'],
    inTrash: count('SELECT COUNT(*) FROM items WHERE deleted_at IS NOT NULL'),
    revisions: count('SELECT COUNT(*) FROM revisions'),
    collections: count('SELECT COUNT(*) FROM collections'),
    terms: Object.fromEntries(vocabularies.map((vocabulary) => [vocabulary, terms[vocabulary] ?? 0])) as LibraryStats['terms'],
    hasStarter: hasStarter(db),
  });
}
