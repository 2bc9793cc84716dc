import { ok, type Result } from '../../api/errors';
import { asItemId } from '../../api/ids';
import type { Item, SearchPage, SearchResult, SearchSort } from '../../api/types';
import type { Library } from '../library/library';
import { compileQuery, type CompiledQuery } from './compileQuery';
import { parseQuery } from './parseQuery';
import { countFacets } from './countFacets';
import { searchCache, type SearchCache } from './searchCache';
import { kindTextFields } from './indexItem';
import { highlightAll, makeSnippet, snippetToHtml } from './snippets';

/** What a search asks for. */
export interface SearchInput {
  readonly text: string;
  readonly sort?: SearchSort | undefined;
  readonly limit: number;
  readonly offset: number;
  /** The interface language: titles sort in its collation. */
  readonly language: string;
}

// Column weights for bm25, in the order of the item_index columns: title, summary, terms, body, attachments, filters.
const weights = '10.0, 5.0, 3.0, 2.0, 1.0, 0.0';

/**
 * Searches the library with the query language of docs/search.md: every match is counted into the facets, then
 * one page is ordered, read and given snippets of its own text.
 */
export function searchItems(lib: Library, input: SearchInput, tuning: { bm25Limit: number } = { bm25Limit }): Result<SearchPage> {
  // One read transaction: the cache, the matches and the rows read all see the same state, even if another
  // process (the CLI beside the app) commits meanwhile.
  return lib.read.transaction(() => searchSnapshot(lib, input, tuning.bm25Limit))();
}

function searchSnapshot(lib: Library, input: SearchInput, bm25Limit: number): Result<SearchPage> {
  const cache = searchCache(lib);
  const parsed = parseQuery(input.text);
  const compiled = compileQuery(lib.read, parsed, { yearBounds: cache.yearBounds });
  const sort = input.sort ?? (compiled.hasText ? 'relevance' : 'date');
  const needed = input.offset + input.limit;
  const matches = findMatches(lib, compiled, { cache, bm25Limit, needed: sort === 'relevance' ? needed : 0 });
  const page = firstInOrder(matches, needed, comparator(matches, { sort, cache, language: input.language })).slice(input.offset);
  return ok({
    total: matches.count,
    results: readResults(
      lib,
      page.map((index) => ({ doc: matches.docs[index] as number, rank: matches.ranks[index] as number })),
      compiled,
    ),
    facets: countFacets(cache, matches.docs, matches.count),
    sort,
    warnings: compiled.warnings,
  });
}

/** The documents a query matches, and for each its rank (lower first: bm25, or the field tier; 0 when unranked). */
interface Matches {
  readonly docs: Int32Array;
  readonly ranks: Float64Array;
  readonly count: number;
}

// Up to this many matches, relevance is bm25 over every match. Beyond, bm25 (about a microsecond per match in
// FTS5) would take the whole time budget, so matches are ranked by where the words stand — title, then summary,
// then elsewhere — and by recency within each.
const bm25Limit = 5000;

function findMatches(lib: Library, compiled: CompiledQuery, options: { cache: SearchCache; bm25Limit: number; needed: number }): Matches {
  const { cache } = options;
  if (compiled.match === null) {
    const docs = new Int32Array(cache.size);
    let count = 0;
    for (let doc = 0; doc < cache.size; doc += 1) if (cache.isIndexed[doc]) docs[count++] = doc;
    return { docs, ranks: new Float64Array(count), count };
  }
  const matched = matchingDocs(lib, compiled.match, cache);
  const ranks = new Float64Array(matched.count);
  if (!compiled.hasText || options.needed === 0) return { ...matched, ranks };
  if (matched.count <= options.bm25Limit) {
    const scores = new Map(
      lib.read
        .prepare(`SELECT rowid, bm25(item_index, ${weights}) FROM item_index WHERE item_index MATCH ?`)
        .raw()
        .all(compiled.match) as Array<[number, number]>,
    );
    for (let index = 0; index < matched.count; index += 1) ranks[index] = scores.get(matched.docs[index] as number) ?? 0;
    return { ...matched, ranks };
  }
  // Tiers: every match starts in the last; those with the words in the summary, then in the title, move up. The
  // summary pass is skipped when the title tier alone fills the page.
  ranks.fill(-1);
  const tier = (column: string, rank: number): number => {
    if (compiled.requiredText === null) return 0;
    const marks = new Uint8Array(cache.size);
    const inColumn = matchingDocs(lib, `{${column}} : ${compiled.requiredText}`, cache);
    for (let index = 0; index < inColumn.count; index += 1) marks[inColumn.docs[index] as number] = 1;
    let moved = 0;
    for (let index = 0; index < matched.count; index += 1) {
      if (marks[matched.docs[index] as number] && (ranks[index] as number) > rank) {
        ranks[index] = rank;
        moved += 1;
      }
    }
    return moved;
  };
  if (tier('title', -3) < options.needed) tier('summary', -2);
  return { ...matched, ranks };
}

// group_concat hands back every matching document number in one string, far cheaper than a row per match; it is
// read digit by digit, since splitting it would make a string per number.
function matchingDocs(lib: Library, match: string, cache: SearchCache): { docs: Int32Array; count: number } {
  const list = lib.read.prepare('SELECT group_concat(rowid) FROM item_index WHERE item_index MATCH ?').pluck().get(match) as string | null;
  if (!list) return { docs: new Int32Array(0), count: 0 };
  const docs = new Int32Array(Math.ceil(list.length / 2) + 1);
  let count = 0;
  let number = 0;
  for (let index = 0; index <= list.length; index += 1) {
    const code = index < list.length ? list.charCodeAt(index) : 44;
    if (code === 44) {
      if (number < cache.size && cache.isIndexed[number]) docs[count++] = number;
      number = 0;
    } else {
      number = number * 10 + (code - 48);
    }
  }
  return { docs, count };
}

type Compare = (a: number, b: number) => number;

// Compares positions in `matches`, so that ordering 70,000 matches moves numbers, not objects.
function comparator(matches: Matches, options: { sort: SearchSort; cache: SearchCache; language: string }): Compare {
  const { docs, ranks } = matches;
  const { updatedAt, dateKey } = options.cache;
  const byRecency: Compare = (a, b) => (updatedAt[docs[b] as number] as number) - (updatedAt[docs[a] as number] as number);
  switch (options.sort) {
    case 'relevance':
      // Ties (filters only, equal scores, one field tier) go to the most recently changed item.
      return (a, b) => (ranks[a] as number) - (ranks[b] as number) || byRecency(a, b);
    case 'date':
      return (a, b) => (dateKey[docs[b] as number] as number) - (dateKey[docs[a] as number] as number) || byRecency(a, b);
    case 'title': {
      const titleRanks = options.cache.titleRanks(options.language);
      return (a, b) => (titleRanks[docs[a] as number] as number) - (titleRanks[docs[b] as number] as number);
    }
  }
}

/** Positions of the first `count` matches in order, without sorting them all: a page of 20 in 70,000 takes one pass. */
function firstInOrder(matches: Matches, count: number, compare: Compare): number[] {
  const all = matches.count;
  // A deep page keeps too many to insert one by one: sorting everything is then cheaper.
  if (count > 200 || count * 4 >= all)
    return Array.from({ length: all }, (_, index) => index)
      .sort(compare)
      .slice(0, count);
  const kept: number[] = [];
  for (let index = 0; index < all; index += 1) {
    if (kept.length === count && compare(index, kept[count - 1] as number) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(index, kept[at - 1] as number) < 0) at -= 1;
    kept.splice(at, 0, index);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

interface PageRow {
  id: string;
  title: string;
  kind: Item['kind'];
  language: string;
  status: Item['status'];
  date: string | null;
  summary: string | null;
  body_text: string;
  fields: string | null;
  updated_at: string;
}

function readResults(lib: Library, page: ReadonlyArray<{ doc: number; rank: number }>, compiled: CompiledQuery): SearchResult[] {
  // json_extract picks the few fields a result shows: parsing whole items, bodies included, would cost more.
  // Snippets come from the summary, then the body, then the text fields of each kind (what the index holds).
  const read = lib.read.prepare(
    `SELECT i.id, i.title, i.kind, i.language, i.status, i.updated_at, i.body_text,
            COALESCE(json_extract(i.content, '$.date'), json_extract(i.content, '$.period.from')) AS date,
            json_extract(i.content, '$.summary') AS summary,
            concat_ws(char(10), ${kindTextFields.map((name) => `json_extract(i.content, '$.${name}')`).join(', ')}) AS fields
     FROM search_docs d JOIN items i ON i.id = d.item_id WHERE d.doc = ?`,
  );
  const highlighter = { tokens: compiled.highlightTokens, prefixes: compiled.highlightPrefixes };
  return page.flatMap(({ doc, rank }) => {
    const row = read.get(doc) as PageRow | undefined;
    if (!row) return [];
    const snippet = makeSnippet([row.summary ?? '', row.body_text, row.fields ?? ''], row.language, highlighter);
    return [
      {
        id: asItemId(row.id),
        title: row.title,
        kind: row.kind,
        language: row.language,
        status: row.status,
        date: row.date,
        score: rank === 0 ? 0 : Math.round(-rank * 1000) / 1000,
        snippet: snippet.text,
        highlights: snippet.highlights,
        snippetHtml: snippetToHtml(snippet),
        titleHtml: snippetToHtml(highlightAll(row.title, row.language, highlighter)),
        updatedAt: row.updated_at,
      },
    ];
  });
}
