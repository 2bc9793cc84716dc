import type { facetNames } from '../../api/types';
import type { Db } from '../db/handles';
import type { Library } from '../library/library';
import type { DocFacets } from './indexItem';

type FacetName = (typeof facetNames)[number];

/**
 * Sort keys and facet values of every indexed item, in flat typed arrays indexed by document number: a search over
 * 70,000 matches counts facets and picks its page from these in a few milliseconds, without reading a row and
 * without making an object per match.
 */
export interface SearchCache {
  readonly generation: string;
  /** One past the largest document number. */
  readonly size: number;
  /** 1 where a document number stands for an indexed item. */
  readonly isIndexed: Uint8Array;
  readonly updatedAt: Float64Array;
  /** The item's date (or the start of its period) for sorting; -Infinity when it has none. */
  readonly dateKey: Float64Array;
  /** Document d's facet slots are slotList[slotStart[d] .. slotStart[d + 1]). */
  readonly slotStart: Int32Array;
  readonly slotList: Int32Array;
  /** What each slot stands for: a facet and one of its values. */
  readonly slotValues: ReadonlyArray<readonly [FacetName, string]>;
  readonly yearBounds: { min: number; max: number } | null;
  /** Each document's place in title order for a UI language, computed on first use. */
  titleRanks(language: string): Int32Array;
}

const caches = new WeakMap<Library, SearchCache>();

/** The library's search cache, current with its index (rebuilt when the index generation moves). */
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

function buildCache(db: Db, generation: string): SearchCache {
  const rows = db.prepare('SELECT doc, title, date_key, updated_at, facets FROM search_docs ORDER BY doc').raw().all() as Array<
    [number, string, number | null, string, string]
  >;
  const size = (rows.at(-1)?.[0] ?? 0) + 1;
  const isIndexed = new Uint8Array(size);
  const updatedAt = new Float64Array(size);
  const dateKey = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const titles: string[] = new Array<string>(size).fill('');
  const slotStart = new Int32Array(size + 1);
  const slots: number[] = [];
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
    slots.push(number);
  };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let previous = 0;
  for (const [doc, title, date, updated, facetsJson] of rows) {
    for (let gap = previous + 1; gap <= doc; gap += 1) slotStart[gap] = slots.length;
    previous = doc;
    const facets = JSON.parse(facetsJson) as DocFacets;
    isIndexed[doc] = 1;
    titles[doc] = title;
    updatedAt[doc] = Date.parse(updated);
    if (date !== null) dateKey[doc] = date;
    slot('kind', facets.kind);
    slot('language', facets.language);
    slot('status', facets.status);
    for (const year of facets.years) {
      slot('year', String(year));
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
    for (const theme of facets.themes) slot('theme', theme);
    for (const goal of facets.sdgGoals) slot('sdg', goal);
    for (const country of facets.countries) slot('country', country);
  }
  for (let doc = previous + 1; doc <= size; doc += 1) slotStart[doc] = slots.length;

  const ranks = new Map<string, Int32Array>();
  return {
    generation,
    size,
    isIndexed,
    updatedAt,
    dateKey,
    slotStart,
    slotList: Int32Array.from(slots),
    slotValues,
    yearBounds: Number.isFinite(min) ? { min, max } : null,
    titleRanks(language) {
      let rank = ranks.get(language);
      if (!rank) {
        const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
        const ordered = rows.map((row) => row[0]).sort((a, b) => collator.compare(titles[a] ?? '', titles[b] ?? ''));
        rank = new Int32Array(size);
        ordered.forEach((doc, index) => ((rank as Int32Array)[doc] = index));
        ranks.set(language, rank);
      }
      return rank;
    },
  };
}
