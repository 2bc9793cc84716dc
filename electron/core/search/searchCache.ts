import type { ItemContent } from '../../api/types';
import type { Db } from '../db/handles';
import type { Library } from '../library/library';
import { years } from './indexItem';

/** What search needs of every indexed item without reading it: facet values and sort keys. */
export interface CachedDoc {
  readonly doc: number;
  readonly kind: string;
  readonly language: string;
  readonly status: string;
  readonly years: readonly number[];
  readonly themes: readonly string[];
  /** SDG goals ("5"), also those of the targets the item names. */
  readonly sdgGoals: readonly string[];
  readonly countries: readonly string[];
  readonly title: string;
  /** The item's date (or the start of its period) as a number for sorting; items without one sort last. */
  readonly dateKey: number;
  readonly updatedAt: number;
}

/** Facet values and sort keys of every indexed item, built once and rebuilt when the index changes. */
export interface SearchCache {
  readonly generation: string;
  readonly docs: ReadonlyMap<number, CachedDoc>;
  readonly yearBounds: { min: number; max: number } | null;
  /** Each document's place in title order for a UI language, computed on first use. */
  titleRanks(language: string): ReadonlyMap<number, number>;
}

const caches = new WeakMap<Library, SearchCache>();

/**
 * The library's search cache, current with its index. Counting facets over tens of thousands of matches by
 * reading rows would take most of a search's time budget; counting over this map takes a few milliseconds.
 */
export function searchCache(lib: Library): SearchCache {
  const generation = readGeneration(lib.read);
  const cached = caches.get(lib);
  if (cached?.generation === generation) return cached;
  const built = buildCache(lib.read, generation);
  caches.set(lib, built);
  return built;
}

function readGeneration(db: Db): string {
  return (db.prepare("SELECT value FROM library_meta WHERE key = 'index_generation'").pluck().get() as string | undefined) ?? '0';
}

interface DocRow {
  doc: number;
  kind: string;
  language: string;
  status: string;
  title: string;
  updated_at: string;
  date: string | null;
  period_from: string | null;
  period_to: string | null;
}

function buildCache(db: Db, generation: string): SearchCache {
  const rows = db
    .prepare(
      `SELECT d.doc, i.kind, i.language, i.status, i.title, i.updated_at,
              json_extract(i.content, '$.date') AS date,
              json_extract(i.content, '$.period.from') AS period_from,
              json_extract(i.content, '$.period.to') AS period_to
       FROM search_docs d JOIN items i ON i.id = d.item_id WHERE i.deleted_at IS NULL`,
    )
    .all() as DocRow[];
  const terms = new Map<number, { themes: string[]; sdgGoals: Set<string>; countries: string[] }>();
  for (const row of rows) terms.set(row.doc, { themes: [], sdgGoals: new Set(), countries: [] });
  const references = db
    .prepare(
      `SELECT d.doc, t.term_id, t.field FROM item_terms t JOIN search_docs d ON d.item_id = t.item_id
       WHERE t.field IN ('themes', 'sdgs', 'countries')`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string]>;
  for (const [doc, termId, field] of references) {
    const entry = terms.get(doc);
    if (!entry) continue;
    const code = termId.slice(termId.indexOf(':') + 1);
    if (field === 'themes') entry.themes.push(termId);
    else if (field === 'sdgs') entry.sdgGoals.add(code.split('.')[0] ?? code);
    else entry.countries.push(code);
  }

  const currentYear = new Date().getUTCFullYear();
  const docs = new Map<number, CachedDoc>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const period =
      row.period_from === null ? undefined : { from: row.period_from, ...(row.period_to === null ? {} : { to: row.period_to }) };
    const itemYears = years({ date: row.date ?? undefined, period } as Pick<ItemContent, 'date' | 'period'>, currentYear);
    for (const year of itemYears) {
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
    const entry = terms.get(row.doc);
    const start = row.date ?? row.period_from;
    docs.set(row.doc, {
      doc: row.doc,
      kind: row.kind,
      language: row.language,
      status: row.status,
      years: itemYears,
      themes: entry?.themes ?? [],
      sdgGoals: [...(entry?.sdgGoals ?? [])],
      countries: entry?.countries ?? [],
      title: row.title,
      dateKey:
        start === null
          ? Number.NEGATIVE_INFINITY
          : Date.parse(start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start),
      updatedAt: Date.parse(row.updated_at),
    });
  }

  const ranks = new Map<string, Map<number, number>>();
  return {
    generation,
    docs,
    yearBounds: Number.isFinite(min) ? { min, max } : null,
    titleRanks(language) {
      let rank = ranks.get(language);
      if (!rank) {
        const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
        const ordered = [...docs.values()].sort((a, b) => collator.compare(a.title, b.title));
        rank = new Map(ordered.map((doc, index) => [doc.doc, index]));
        ranks.set(language, rank);
      }
      return rank;
    },
  };
}
