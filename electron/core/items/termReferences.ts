import type { ItemContent } from '../../api/types';

/** A term an item names, in which field, and (for organisations) in which role. */
export interface TermReference {
  readonly termId: string;
  readonly field: 'themes' | 'sdgs' | 'countries' | 'regions' | 'organisations';
  readonly role: string;
}

/** Every term an item names: themes and organisations by id, SDGs, countries and regions by code. */
export function termReferences(content: ItemContent): TermReference[] {
  return [
    ...(content.themes ?? []).map((termId) => ({ termId, field: 'themes' as const, role: '' })),
    ...(content.sdgs ?? []).map((code) => ({ termId: `sdg:${code}`, field: 'sdgs' as const, role: '' })),
    ...(content.countries ?? []).map((code) => ({ termId: `country:${code}`, field: 'countries' as const, role: '' })),
    ...(content.regions ?? []).map((code) => ({ termId: `region:${code}`, field: 'regions' as const, role: '' })),
    ...(content.organisations ?? []).map(({ id, role }) => ({ termId: id, field: 'organisations' as const, role })),
  ];
}
