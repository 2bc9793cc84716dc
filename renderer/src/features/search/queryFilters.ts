import type { facetNames } from '../../../../electron/api/types';

type FacetName = (typeof facetNames)[number];

/** The query-language field for each facet (docs/search.md). */
const fieldOfFacet: Readonly<Record<FacetName, string>> = {
  kind: 'kind',
  theme: 'theme',
  sdg: 'sdg',
  country: 'country',
  language: 'lang',
  year: 'year',
  status: 'status',
};

/** The filter a facet value stands for: `kind:policy`, `theme:gender-equality`, `sdg:5`. */
export function filterFor(facet: FacetName, value: string): string {
  const code = facet === 'theme' ? value.replace(/^theme:/, '') : value;
  return `${fieldOfFacet[facet]}:${/\s/.test(code) ? `"${code}"` : code}`;
}

function words(query: string): string[] {
  return query.match(/-?\S+:"[^"]*"|"[^"]*"?|\S+/g) ?? [];
}

/** True when the query holds exactly this filter. */
export function hasFilter(query: string, filter: string): boolean {
  return words(query).some((word) => word.toLowerCase() === filter.toLowerCase());
}

/** Adds the filter to the query, or takes it out when it is already there: what a click on a facet does. */
export function toggleFilter(query: string, filter: string): string {
  const kept = words(query).filter((word) => word.toLowerCase() !== filter.toLowerCase());
  return hasFilter(query, filter) ? kept.join(' ') : [...kept, filter].join(' ');
}
