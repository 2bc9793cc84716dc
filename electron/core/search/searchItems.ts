import { ok, type Result } from '../../api/errors';
import { asItemId } from '../../api/ids';
import type { Item, SearchPage, SearchResult, SearchSort } from '../../api/types';
import type { Library } from '../library/library';
import { compileQuery, type CompiledQuery } from './compileQuery';
import { parseQuery } from './parseQuery';
import { countFacets, searchCache, type CachedDoc, type SearchCache } from './searchCache';
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
  const matches = findMatches(lib, compiled, { cache, bm25Limit });
  const sort = input.sort ?? (compiled.hasText ? 'relevance' : 'date');
  const page = firstInOrder(matches, input.offset + input.limit, comparator({ sort, cache, language: input.language })).slice(input.offset);
  return ok({
    total: matches.length,
    results: readResults(lib, page, compiled),
    facets: countFacets(
      cache,
      matches.map((match) => match.doc),
    ),
    sort,
    warnings: compiled.warnings,
  });
}

interface Match {
  readonly doc: CachedDoc;
  /** Lower ranks first: bm25, or the field tier for large result sets; 0 when nothing ranks. */
  readonly rank: number;
}

// Up to this many matches, relevance is bm25 over every match. Beyond, bm25 (about a microsecond per match in
// FTS5) would take the whole time budget, so matches are ranked by where the words stand — title, then summary,
// then elsewhere — and by recency within each.
const bm25Limit = 5000;

function findMatches(lib: Library, compiled: CompiledQuery, options: { cache: SearchCache; bm25Limit: number }): Match[] {
  const { cache } = options;
  if (compiled.match === null) return cache.all.map((doc) => ({ doc, rank: 0 }));
  const docs = matchingDocs(lib, compiled.match, cache);
  if (!compiled.hasText) return docs.map((doc) => ({ doc, rank: 0 }));
  if (docs.length <= options.bm25Limit) {
    const rows = lib.read
      .prepare(`SELECT rowid, bm25(item_index, ${weights}) FROM item_index WHERE item_index MATCH ?`)
      .raw()
      .all(compiled.match) as Array<[number, number]>;
    return rows.flatMap(([doc, rank]) => {
      const cached = cache.byDoc[doc];
      return cached ? [{ doc: cached, rank }] : [];
    });
  }
  // The required words in the title alone: one pass over a short column, then a lookup per match.
  const inColumn = (column: string) => {
    const marks = new Uint8Array(cache.byDoc.length);
    if (compiled.requiredText !== null)
      for (const doc of matchingDocs(lib, `{${column}} : ${compiled.requiredText}`, cache)) marks[doc.doc] = 1;
    return marks;
  };
  const inTitle = inColumn('title');
  const inSummary = inColumn('summary');
  return docs.map((doc) => ({ doc, rank: inTitle[doc.doc] ? -3 : inSummary[doc.doc] ? -2 : -1 }));
}

// group_concat hands back every matching document number in one string, far cheaper than a row per match; it is
// read digit by digit, since splitting it would make a string per number.
function matchingDocs(lib: Library, match: string, cache: SearchCache): CachedDoc[] {
  const list = lib.read.prepare('SELECT group_concat(rowid) FROM item_index WHERE item_index MATCH ?').pluck().get(match) as string | null;
  const docs: CachedDoc[] = [];
  if (!list) return docs;
  let number = 0;
  for (let index = 0; index <= list.length; index += 1) {
    const code = index < list.length ? list.charCodeAt(index) : 44;
    if (code === 44) {
      const doc = cache.byDoc[number];
      if (doc) docs.push(doc);
      number = 0;
    } else {
      number = number * 10 + (code - 48);
    }
  }
  return docs;
}

type Compare = (a: Match, b: Match) => number;

function comparator(options: { sort: SearchSort; cache: SearchCache; language: string }): Compare {
  const byRecency: Compare = (a, b) => b.doc.updatedAt - a.doc.updatedAt;
  switch (options.sort) {
    case 'relevance':
      // Ties (filters only, equal scores, one field tier) go to the most recently changed item.
      return (a, b) => a.rank - b.rank || byRecency(a, b);
    case 'date':
      return (a, b) => b.doc.dateKey - a.doc.dateKey || byRecency(a, b);
    case 'title': {
      const ranks = options.cache.titleRanks(options.language);
      return (a, b) => (ranks[a.doc.doc] ?? 0) - (ranks[b.doc.doc] ?? 0);
    }
  }
}

/** The first `count` matches in order, without sorting them all: a page of 20 out of 70,000 needs one pass. */
function firstInOrder(matches: readonly Match[], count: number, compare: Compare): Match[] {
  // A deep page keeps too many to insert one by one: sorting everything is then cheaper.
  if (count > 200 || count * 4 >= matches.length) return [...matches].sort(compare).slice(0, count);
  const kept: Match[] = [];
  for (const match of matches) {
    if (kept.length === count && compare(match, kept[count - 1] as Match) >= 0) continue;
    let index = kept.length;
    while (index > 0 && compare(match, kept[index - 1] as Match) < 0) index -= 1;
    kept.splice(index, 0, match);
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

function readResults(lib: Library, page: readonly Match[], compiled: CompiledQuery): SearchResult[] {
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
    const row = read.get(doc.doc) as PageRow | undefined;
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
