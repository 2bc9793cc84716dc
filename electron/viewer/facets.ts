import type { ViewerItem } from '../api/packFormat';
import { sdgGoal } from './terms';

// The viewer's filters: pure functions over the pack's items. Values of one facet are alternatives (practice or
// policy); facets narrow each other (a practice and in Tunisia).

/** What the viewer filters by. */
export const facetNames = ['kind', 'theme', 'sdg', 'country'] as const;
/** One filter. */
export type FacetName = (typeof facetNames)[number];

/** The values ticked in each filter. */
export type Selection = Readonly<Record<FacetName, ReadonlySet<string>>>;

/** Nothing ticked. */
export const emptySelection: Selection = { kind: new Set(), theme: new Set(), sdg: new Set(), country: new Set() };

/** An item's values for a facet: its kind, its theme ids, its SDG goals, its country codes. */
function facetValues(item: ViewerItem, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'kind':
      return [item.kind];
    case 'theme':
      return item.themes ?? [];
    case 'sdg':
      return [...new Set((item.sdgs ?? []).map(sdgGoal))];
    case 'country':
      return item.countries ?? [];
  }
}

/** Whether anything is ticked. */
export function hasSelection(selection: Selection): boolean {
  return facetNames.some((facet) => selection[facet].size > 0);
}

/** Whether an item passes every filter, leaving out `except` (to count that facet's values). */
export function matchesSelection(item: ViewerItem, selection: Selection, except?: FacetName): boolean {
  return facetNames.every((facet) => {
    const ticked = selection[facet];
    return facet === except || ticked.size === 0 || facetValues(item, facet).some((value) => ticked.has(value));
  });
}

/** Per facet, how many of `items` each value would give, given what is ticked in the other facets. */
export function countFacets(items: readonly ViewerItem[], selection: Selection): Record<FacetName, Map<string, number>> {
  const counts = { kind: new Map(), theme: new Map(), sdg: new Map(), country: new Map() } as Record<FacetName, Map<string, number>>;
  for (const facet of facetNames) {
    for (const item of items) {
      if (!matchesSelection(item, selection, facet)) continue;
      for (const value of facetValues(item, facet)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The values each facet takes in the pack: the only ones worth offering. */
export function packFacetValues(items: readonly ViewerItem[]): Record<FacetName, string[]> {
  const values = { kind: new Set<string>(), theme: new Set<string>(), sdg: new Set<string>(), country: new Set<string>() };
  for (const item of items) for (const facet of facetNames) for (const value of facetValues(item, facet)) values[facet].add(value);
  return { kind: [...values.kind], theme: [...values.theme], sdg: [...values.sdg], country: [...values.country] };
}
