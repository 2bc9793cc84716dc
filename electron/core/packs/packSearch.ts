import type lunr from 'lunr';
import type { ViewerSearchIndex } from '../../api/packFormat';
import { analyzeWord, queryTokens, splitWords } from '../search/analysis';

// The search of a pack's offline viewer. Export analyses each item exactly as the library's own index does
// (core/search/analysis.ts: accent folding, Arabic normalisation, stemming by the item's language) and gives lunr
// the resulting tokens; the viewer expands each query word the same way the app does. So the viewer finds what the
// app finds, and lunr only stores, matches and ranks. No Node or DOM here: the viewer bundles this file.

/** One item's analysed text per field, as `indexColumns` makes it. */
export interface PackSearchDoc {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly terms: string;
  readonly body: string;
}

/** The library's bm25 column weights (core/search/searchItems.ts), as lunr field boosts. */
export const packIndexFields = { title: 10, summary: 5, terms: 3, body: 2 } as const;

/** A loaded pack index. */
export interface PackIndex {
  readonly ids: readonly string[];
  readonly index: lunr.Index;
}

/** Loads an index that buildPackIndex made. */
export function loadPackIndex(lunrLib: typeof lunr, serialised: ViewerSearchIndex): PackIndex {
  return { ids: serialised.ids, index: lunrLib.Index.load(serialised.index) };
}

/** One item found in a pack, best first. */
export interface PackSearchHit {
  readonly id: string;
  readonly score: number;
}

/**
 * Every item holding all the query's words (in any of the forms the app would try for each), best first.
 * A word ending in `*` matches as a prefix of its accent-folded form.
 */
export function searchPack({ ids, index }: PackIndex, lunrLib: typeof lunr, query: string): PackSearchHit[] {
  const words = splitWords(query.toLowerCase());
  if (words.length === 0) return [];
  let scores: Map<string, number> | undefined;
  for (const { word, end } of words) {
    const isPrefix = query[end] === '*';
    // A prefix is matched unstemmed: `polit*` must reach `politique` and `politics` alike.
    const tokens = isPrefix ? [analyzeWord(word, null)] : queryTokens(word);
    const wordScores = new Map<string, number>();
    const hits = index.query((q) => {
      for (const token of tokens) {
        q.term(token, { usePipeline: false, wildcard: isPrefix ? lunrLib.Query.wildcard.TRAILING : lunrLib.Query.wildcard.NONE });
      }
    });
    for (const hit of hits) wordScores.set(ids[Number(hit.ref)] ?? '', hit.score);
    scores = scores === undefined ? wordScores : intersect(scores, wordScores);
    if (scores.size === 0) return [];
  }
  return [...(scores ?? new Map<string, number>())].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

function intersect(kept: Map<string, number>, next: Map<string, number>): Map<string, number> {
  const both = new Map<string, number>();
  for (const [id, score] of kept) {
    const other = next.get(id);
    if (other !== undefined) both.set(id, score + other);
  }
  return both;
}
