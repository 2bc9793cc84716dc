// The tokens of the index's `filters` column: one per field value, written by the indexer and asked for by the
// query compiler, so both must spell them alike. The tokenizer keeps '_' inside tokens.

/** Present on every indexed item: the base a query of exclusions alone starts from. */
export const everyItemToken = 'any_item';
/** Present on no item: what a filter on an unknown value compiles to. */
export const noItemToken = 'no_item';

/** `sdg:5.2` → `sdg_5_2`; `theme:gender-equality` → `theme_gender_equality`; `tag:Budget genre` → `tag_budget_genre`. */
export function filterToken(field: string, value: string): string {
  const folded = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
  return `${field}_${folded}`;
}

/** The token of a term id in its field: `theme:youth` → `theme_youth`, `org:<uuid>` → `org_<uuid>`. */
export function termToken(termId: string): string {
  const [prefix = '', ...rest] = termId.split(':');
  return filterToken(prefix, rest.join(':'));
}
