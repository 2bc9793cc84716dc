import { facetNames, type Facets } from '../../api/types';
import type { SearchCache } from './searchCache';

/** Counts of each facet value over the first `count` documents of `docs`, largest first. */
export function countFacets(cache: SearchCache, docs: Int32Array, count: number): Facets {
  const counts = new Int32Array(cache.slotValues.length);
  const { slotStart, slotList } = cache;
  for (let index = 0; index < count; index += 1) {
    const doc = docs[index] as number;
    const end = slotStart[doc + 1] as number;
    for (let at = slotStart[doc] as number; at < end; at += 1) {
      const slot = slotList[at] as number;
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  const facets = Object.fromEntries(facetNames.map((name) => [name, [] as Array<[string, number]>])) as Record<
    (typeof facetNames)[number],
    Array<[string, number]>
  >;
  counts.forEach((total, slot) => {
    const [facet, value] = cache.slotValues[slot] as readonly [(typeof facetNames)[number], string];
    if (total > 0) facets[facet].push([value, total]);
  });
  // Largest counts first, so that a caller showing the top few needs no sorting of its own.
  return Object.fromEntries(
    facetNames.map((name) => [name, Object.fromEntries(facets[name].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))]),
  ) as unknown as Facets;
}
