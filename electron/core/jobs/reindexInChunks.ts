import { fail, ok, type Result } from '../../api/errors';
import { readMeta, writeMeta, type Library } from '../library/library';
import { indexItem } from '../search/indexItem';
import { expectedIndexVersion } from '../search/rebuildIndex';
import type { WorkControl } from '../packs/workControl';

const chunkSize = 200;

/**
 * Rebuilds the search index as a job: item by item in short transactions, yielding between them, so that the
 * process keeps answering (progress polls, searches) and a cancel stops it. Each item's entry is rewritten in
 * place, so search keeps working throughout, and a cancelled rebuild leaves every entry valid, old or new.
 */
export async function reindexInChunks(lib: Library, control: WorkControl): Promise<Result<{ items: number }>> {
  const currentYear = new Date(lib.now()).getUTCFullYear();
  const ids = lib.read.prepare('SELECT id FROM items ORDER BY id').pluck().all() as string[];
  control.onProgress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += chunkSize) {
    if (control.signal?.aborted) return fail('library.reindexCancelled');
    const chunk = ids.slice(start, start + chunkSize);
    lib.write((tx) => {
      for (const id of chunk) indexItem(tx, id, { currentYear });
      return ok(null);
    });
    control.onProgress?.(start + chunk.length, ids.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (control.signal?.aborted) return fail('library.reindexCancelled');
  return lib.write((tx) => {
    // Entries of items purged since the index was built: rewriting the others does not reach them.
    tx.prepare('DELETE FROM search_docs WHERE item_id NOT IN (SELECT id FROM items WHERE deleted_at IS NULL)').run();
    writeMeta(tx, 'index_version', expectedIndexVersion(readMeta(tx, 'vocabulary_seed') ?? '', currentYear));
    return ok({ items: tx.prepare('SELECT count(*) FROM search_docs').pluck().get() as number });
  });
}
