import { ok, type Result } from '../../api/errors';
import type { WriteTx } from '../db/handles';
import type { Library } from '../library/library';
import { readMeta, writeMeta } from '../library/library';
import { indexItem } from './indexItem';

// Change this when the analysis or the index columns change: every library then rebuilds its index once.
const analysisVersion = 'analysis-2';

/**
 * What the index is built with: the analysis, the vocabulary labels it copies (known by their seed's hash), and the
 * year, since a period without an end is indexed up to the current year: a new year rebuilds the index once.
 */
export function expectedIndexVersion(vocabularySeed: string, currentYear: number): string {
  return `${analysisVersion}/${vocabularySeed}/${currentYear}`;
}

/** Rebuilds the whole full-text index from the items, in one transaction; reports progress every 500 items. */
export function rebuildIndex(tx: WriteTx, options: { currentYear: number; onProgress?: (done: number, total: number) => void }): number {
  // Emptying search_docs empties the index too, row by row through its trigger; 'delete-all' does it at once first.
  tx.prepare("INSERT INTO item_index (item_index) VALUES ('delete-all')").run();
  tx.prepare('DELETE FROM search_docs').run();
  const ids = tx.prepare('SELECT id FROM items WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[];
  ids.forEach((id, index) => {
    indexItem(tx, id, options);
    if ((index + 1) % 500 === 0) options.onProgress?.(index + 1, ids.length);
  });
  options.onProgress?.(ids.length, ids.length);
  writeMeta(tx, 'index_version', expectedIndexVersion(readMeta(tx, 'vocabulary_seed') ?? '', options.currentYear));
  return ids.length;
}

/** `compendium reindex`: rebuilds the index from scratch. */
export function reindexLibrary(lib: Library, onProgress?: (done: number, total: number) => void): Result<{ items: number }> {
  return lib.write((tx) => ok({ items: rebuildIndex(tx, { currentYear: new Date(lib.now()).getUTCFullYear(), onProgress }) }));
}
