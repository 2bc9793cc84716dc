import type { Db } from '../db/handles';
import type { Library } from '../library/library';
import type { DocFacets } from './indexItem';

/** What search needs of every indexed item without reading it: facet values and sort keys. */
export interface CachedDoc extends DocFacets {
  readonly doc: number;
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
  title: string;
  date_key: number | null;
  updated_at: string;
  facets: string;
}

function buildCache(db: Db, generation: string): SearchCache {
  const docs = new Map<number, CachedDoc>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const row of db.prepare('SELECT doc, title, date_key, updated_at, facets FROM search_docs').iterate() as IterableIterator<DocRow>) {
    const facets = JSON.parse(row.facets) as DocFacets;
    for (const year of facets.years) {
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
    docs.set(row.doc, {
      ...facets,
      doc: row.doc,
      title: row.title,
      dateKey: row.date_key ?? Number.NEGATIVE_INFINITY,
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
