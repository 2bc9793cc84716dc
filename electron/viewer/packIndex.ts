import lunr from 'lunr';
import type { ViewerSearchIndex } from '../api/packFormat';
import { loadPackIndex as loadIndex, searchPack } from '../core/packs/packSearch';

/** The ids of the items matching a query, best first. */
export type SearchFn = (query: string) => string[];

/**
 * Search over the lunr index the exporter built, analysing query words exactly as the library does (packSearch.ts).
 * Undefined when the pack came without its index: the viewer then offers no search rather than a broken one.
 */
export function loadPackIndex(serialised: ViewerSearchIndex | undefined): SearchFn | undefined {
  if (!serialised) return undefined;
  const index = loadIndex(lunr, serialised);
  return (query) => searchPack(index, lunr, query).map((hit) => hit.id);
}
