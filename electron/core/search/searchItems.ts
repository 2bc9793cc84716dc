import { ok, type Result } from '../../api/errors';
import { asItemId } from '../../api/ids';
import { facetNames, type Facets, type Item, type ItemContent, type SearchPage, type SearchResult, type SearchSort } from '../../api/types';
import type { Library } from '../library/library';
import { compileQuery, type CompiledQuery } from './compileQuery';
import { parseQuery } from './parseQuery';
import { searchCache, type CachedDoc, type SearchCache } from './searchCache';
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
export function searchItems(lib: Library, input: SearchInput): Result<SearchPage> {
  const cache = searchCache(lib);
  const parsed = parseQuery(input.text);
  const compiled = compileQuery(lib.read, parsed, cache.yearBounds);
  const matches = findMatches(lib, compiled, cache);
  const sort = input.sort ?? (compiled.hasText ? 'relevance' : 'date');
  const ordered = order(matches, { sort, cache, language: input.language });
  const page = ordered.slice(input.offset, input.offset + input.limit);
  return ok({
    total: matches.length,
    results: readResults(lib, page, compiled),
    facets: countFacets(matches),
    sort,
    warnings: compiled.warnings,
  });
}

interface Match {
  readonly doc: CachedDoc;
  /** bm25: lower is better; 0 when nothing ranks. */
  readonly rank: number;
}

function findMatches(lib: Library, compiled: CompiledQuery, cache: SearchCache): Match[] {
  if (compiled.match === null) return [...cache.docs.values()].map((doc) => ({ doc, rank: 0 }));
  const rows = lib.read
    .prepare(`SELECT rowid, bm25(item_index, ${weights}) FROM item_index WHERE item_index MATCH ?`)
    .raw()
    .all(compiled.match) as Array<[number, number]>;
  const matches: Match[] = [];
  for (const [rowid, rank] of rows) {
    const doc = cache.docs.get(rowid);
    if (doc) matches.push({ doc, rank: compiled.hasText ? rank : 0 });
  }
  return matches;
}

function order(matches: Match[], options: { sort: SearchSort; cache: SearchCache; language: string }): Match[] {
  const byRecency = (a: Match, b: Match) => b.doc.updatedAt - a.doc.updatedAt;
  switch (options.sort) {
    case 'relevance':
      // Ties (filters only, or equal scores) go to the most recently changed item.
      return matches.sort((a, b) => a.rank - b.rank || byRecency(a, b));
    case 'date':
      return matches.sort((a, b) => b.doc.dateKey - a.doc.dateKey || byRecency(a, b));
    case 'title': {
      const ranks = options.cache.titleRanks(options.language);
      return matches.sort((a, b) => (ranks.get(a.doc.doc) ?? 0) - (ranks.get(b.doc.doc) ?? 0));
    }
  }
}

function countFacets(matches: readonly Match[]): Facets {
  const counts = Object.fromEntries(facetNames.map((name) => [name, new Map<string, number>()])) as Record<
    (typeof facetNames)[number],
    Map<string, number>
  >;
  const add = (facet: Map<string, number>, value: string) => facet.set(value, (facet.get(value) ?? 0) + 1);
  for (const { doc } of matches) {
    add(counts.kind, doc.kind);
    add(counts.language, doc.language);
    add(counts.status, doc.status);
    for (const year of doc.years) add(counts.year, String(year));
    for (const theme of doc.themes) add(counts.theme, theme);
    for (const goal of doc.sdgGoals) add(counts.sdg, goal);
    for (const country of doc.countries) add(counts.country, country);
  }
  // Largest counts first, so that a caller showing the top few needs no sorting of its own.
  const sorted = (facet: Map<string, number>) => Object.fromEntries([...facet].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  return Object.fromEntries(facetNames.map((name) => [name, sorted(counts[name])])) as unknown as Facets;
}

interface PageRow {
  doc: number;
  id: string;
  content: string;
  body_text: string;
  updated_at: string;
}

const snippetFields = ['summary', 'context', 'objectives', 'actions', 'resultsAndImpact', 'lessonsLearned', 'learningObjectives'] as const;

function readResults(lib: Library, page: readonly Match[], compiled: CompiledQuery): SearchResult[] {
  const read = lib.read.prepare(
    'SELECT d.doc, i.id, i.content, i.body_text, i.updated_at FROM search_docs d JOIN items i ON i.id = d.item_id WHERE d.doc = ?',
  );
  const highlighter = { tokens: compiled.highlightTokens, prefixes: compiled.highlightPrefixes };
  return page.flatMap(({ doc, rank }) => {
    const row = read.get(doc.doc) as PageRow | undefined;
    if (!row) return [];
    const content = JSON.parse(row.content) as ItemContent & Record<string, unknown>;
    const fields = [content.summary ?? '', row.body_text, ...snippetFields.slice(1).map((name) => String(content[name] ?? ''))];
    const snippet = makeSnippet(compiled.hasText ? fields : [content.summary ?? '', row.body_text], content.language, highlighter);
    return [
      {
        id: asItemId(row.id),
        title: content.title,
        kind: content.kind,
        language: content.language,
        status: content.status as Item['status'],
        date: content.date ?? content.period?.from ?? null,
        score: rank === 0 ? 0 : Math.round(-rank * 1000) / 1000,
        snippet: snippet.text,
        highlights: snippet.highlights,
        snippetHtml: snippetToHtml(snippet),
        titleHtml: snippetToHtml(highlightAll(content.title, content.language, highlighter)),
        updatedAt: row.updated_at,
      },
    ];
  });
}
