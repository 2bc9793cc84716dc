import { facetNames } from '../../api/types';
import type { Db } from '../db/handles';
import type { Library } from '../library/library';
import type { DocFacets } from './indexItem';

type FacetName = (typeof facetNames)[number];

/** What search needs of every indexed item without reading it: sort keys, and its facet values as slot numbers. */
export interface CachedDoc {
  readonly doc: number;
  readonly title: string;
  /** The item's date (or the start of its period) as a number for sorting; items without one sort last. */
  readonly dateKey: number;
  readonly updatedAt: number;
  readonly years: readonly number[];
  /** One slot per facet value of the item (see SearchCache.slotValues). */
  readonly slots: Int32Array;
}

/** Facet values and sort keys of every indexed item, built once and rebuilt when the index changes. */
export interface SearchCache {
  readonly generation: string;
  /** Indexed items by document number: an array beats a map, and numbers only grow as items are re-indexed. */
  readonly byDoc: ReadonlyArray<CachedDoc | undefined>;
  readonly all: readonly CachedDoc[];
  /** What each slot stands for: a facet and one of its values. */
  readonly slotValues: ReadonlyArray<readonly [FacetName, string]>;
  readonly yearBounds: { min: number; max: number } | null;
  /** Each document's place in title order for a UI language, computed on first use. */
  titleRanks(language: string): Int32Array;
}

const caches = new WeakMap<Library, SearchCache>();

/**
 * The library's search cache, current with its index. Counting facets over 70,000 matches by reading rows would
 * take a search's whole time budget; counting slot numbers in a typed array takes a few milliseconds.
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
  const slotOf = new Map<string, number>();
  const slotValues: Array<readonly [FacetName, string]> = [];
  const slot = (facet: FacetName, value: string) => {
    const key = `${facet}\u0000${value}`;
    let number = slotOf.get(key);
    if (number === undefined) {
      number = slotValues.length;
      slotOf.set(key, number);
      slotValues.push([facet, value]);
    }
    return number;
  };
  const byDoc: Array<CachedDoc | undefined> = [];
  const all: CachedDoc[] = [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const row of db.prepare('SELECT doc, title, date_key, updated_at, facets FROM search_docs').iterate() as IterableIterator<DocRow>) {
    const facets = JSON.parse(row.facets) as DocFacets;
    for (const year of facets.years) {
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
    const slots = [
      slot('kind', facets.kind),
      slot('language', facets.language),
      slot('status', facets.status),
      ...facets.years.map((year) => slot('year', String(year))),
      ...facets.themes.map((theme) => slot('theme', theme)),
      ...facets.sdgGoals.map((goal) => slot('sdg', goal)),
      ...facets.countries.map((country) => slot('country', country)),
    ];
    const doc: CachedDoc = {
      doc: row.doc,
      title: row.title,
      dateKey: row.date_key ?? Number.NEGATIVE_INFINITY,
      updatedAt: Date.parse(row.updated_at),
      years: facets.years,
      slots: Int32Array.from(slots),
    };
    byDoc[row.doc] = doc;
    all.push(doc);
  }

  const ranks = new Map<string, Int32Array>();
  return {
    generation,
    byDoc,
    all,
    slotValues,
    yearBounds: Number.isFinite(min) ? { min, max } : null,
    titleRanks(language) {
      let rank = ranks.get(language);
      if (!rank) {
        const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
        const ordered = [...all].sort((a, b) => collator.compare(a.title, b.title));
        rank = new Int32Array(byDoc.length);
        ordered.forEach((doc, index) => ((rank as Int32Array)[doc.doc] = index));
        ranks.set(language, rank);
      }
      return rank;
    },
  };
}

/** Counts of each facet value over the given documents, largest first. */
export function countFacets(cache: SearchCache, docs: Iterable<CachedDoc>): Record<FacetName, Record<string, number>> {
  const counts = new Int32Array(cache.slotValues.length);
  for (const doc of docs) for (const slot of doc.slots) counts[slot] = (counts[slot] ?? 0) + 1;
  const facets = Object.fromEntries(facetNames.map((name) => [name, [] as Array<[string, number]>])) as Record<
    FacetName,
    Array<[string, number]>
  >;
  counts.forEach((count, index) => {
    const [facet, value] = cache.slotValues[index] as readonly [FacetName, string];
    if (count > 0) facets[facet].push([value, count]);
  });
  // Largest counts first, so that a caller showing the top few needs no sorting of its own.
  return Object.fromEntries(
    facetNames.map((name) => [name, Object.fromEntries(facets[name].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))]),
  ) as Record<FacetName, Record<string, number>>;
}
