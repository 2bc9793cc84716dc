import lunr from 'lunr';
import lunrStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrMulti from 'lunr-languages/lunr.multi.js';
import lunrFr from 'lunr-languages/lunr.fr.js';
import lunrEs from 'lunr-languages/lunr.es.js';
import lunrAr from 'lunr-languages/lunr.ar.js';
import type { Library } from '../../electron/core/library/library';
import { parseQuery } from '../../electron/core/search/parseQuery';
import { searchItems } from '../../electron/core/search/searchItems';

/** A search engine under test: built once, then asked the query mix. */
export interface Engine {
  /** Runs one query with facets and the first page; returns the number of matches. */
  search(text: string): number;
  /** Bytes the engine's index takes (database file or serialised index). */
  readonly indexBytes: number;
}

/** Compendium's own search: FTS5, facets, snippets, as the app calls it. */
export function compendiumEngine(lib: Library, indexBytes: number): Engine {
  return {
    indexBytes,
    search(text) {
      const page = searchItems(lib, { text, limit: 20, offset: 0, language: 'en' });
      if (!page.ok) throw new Error(page.error.code);
      return page.value.total;
    },
  };
}

interface Row {
  id: string;
  title: string;
  language: string;
  kind: string;
  status: string;
  summary: string;
  body_text: string;
  facets: string;
}

/** Every indexed item with what the peers need: text fields and facet values. */
function readRows(lib: Library): Row[] {
  return lib.read
    .prepare(
      `SELECT i.id, i.title, i.language, i.kind, i.status, COALESCE(json_extract(i.content, '$.summary'), '') AS summary, i.body_text,
              concat_ws(' ', (SELECT group_concat(term_id, ' ') FROM item_terms t WHERE t.item_id = i.id),
                'year:' || COALESCE(json_extract(i.content, '$.date'), json_extract(i.content, '$.period.from'), '')) AS facets
       FROM items i WHERE i.deleted_at IS NULL`,
    )
    .all() as Row[];
}

// Facets the way an app built on either peer would count them: over every match, from item metadata in memory.
function countFacets(ids: Iterable<string>, meta: Map<string, string[]>): number {
  const counts = new Map<string, number>();
  for (const id of ids) for (const value of meta.get(id) ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts.size;
}

/** lunr with lunr-languages (French, Spanish, Arabic and English stemmers), over title, summary, body and filters. */
export function lunrEngine(lib: Library): Engine {
  lunrStemmerSupport(lunr);
  lunrMulti(lunr);
  lunrFr(lunr);
  lunrEs(lunr);
  lunrAr(lunr);
  const rows = readRows(lib);
  const meta = new Map(rows.map((row) => [row.id, [row.kind, row.language, row.status, ...row.facets.split(' ')]]));
  const index = lunr(function build() {
    this.use((lunr as unknown as { multiLanguage: (...languages: string[]) => lunr.Builder.Plugin }).multiLanguage('en', 'fr', 'es', 'ar'));
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('summary', { boost: 5 });
    this.field('body');
    this.field('filters');
    for (const row of rows) {
      this.add({
        id: row.id,
        title: row.title,
        summary: row.summary,
        body: row.body_text,
        filters: [
          `kind_${row.kind}`,
          `lang_${row.language}`,
          `status_${row.status}`,
          ...row.facets.split(' ').map((value) => value.replace(/[:.]/g, '_')),
        ].join(' '),
      });
    }
  });
  return {
    indexBytes: JSON.stringify(index).length,
    search(text) {
      const results = index.search(toLunrQuery(text));
      countFacets(
        results.map((result) => result.ref),
        meta,
      );
      return results.length;
    },
  };
}

// lunr has no phrases, ranges or OR groups with AND: phrases become required words, filters required field terms.
function toLunrQuery(text: string): string {
  const parts: string[] = [];
  for (const clause of parseQuery(text).clauses) {
    const sign = clause.isNegated ? '-' : clause.alternatives.length > 1 ? '' : '+';
    for (const unit of clause.alternatives) {
      if (unit.type === 'text') for (const word of unit.words) parts.push(`${sign}${word.toLowerCase()}${unit.isPrefix ? '*' : ''}`);
      else if (unit.field === 'year') parts.push(`${sign}filters:year_${unit.value.slice(0, 4)}`);
      else parts.push(`${sign}filters:${unit.field}_${unit.value.replace(/[:.]/g, '_').toLowerCase()}`);
    }
  }
  return parts.join(' ');
}

/** A plain SQLite scan: LIKE on title, summary and body for each word, filters through the term table. */
export function likeEngine(lib: Library): Engine {
  const rows = readRows(lib);
  const meta = new Map(rows.map((row) => [row.id, [row.kind, row.language, row.status, ...row.facets.split(' ')]]));
  return {
    indexBytes: 0,
    search(text) {
      const conditions: string[] = [];
      const values: string[] = [];
      for (const clause of parseQuery(text).clauses) {
        const alternatives = clause.alternatives.map((unit) => {
          if (unit.type === 'text') {
            const pattern = `%${unit.words.join(' ').replace(/\*$/, '')}%`;
            values.push(pattern, pattern, pattern);
            return '(title LIKE ? OR body_text LIKE ? OR content LIKE ?)';
          }
          if (unit.field === 'kind' || unit.field === 'status' || unit.field === 'lang') {
            values.push(unit.value);
            return `${unit.field === 'lang' ? 'language' : unit.field} = ?`;
          }
          if (unit.field === 'year') {
            values.push(`${unit.value.slice(0, 4)}%`);
            return "json_extract(content, '$.date') LIKE ?";
          }
          values.push(`%${unit.value}%`);
          return 'EXISTS (SELECT 1 FROM item_terms t WHERE t.item_id = items.id AND t.term_id LIKE ?)';
        });
        conditions.push(`${clause.isNegated ? 'NOT ' : ''}(${alternatives.join(' OR ')})`);
      }
      const where = conditions.length > 0 ? `AND ${conditions.join(' AND ')}` : '';
      const ids = lib.read
        .prepare(`SELECT id FROM items WHERE deleted_at IS NULL ${where} ORDER BY updated_at DESC`)
        .pluck()
        .all(...values) as string[];
      countFacets(ids, meta);
      return ids.length;
    },
  };
}
