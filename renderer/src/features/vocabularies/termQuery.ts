import type { Term } from '../../../../electron/api/types';
import type { Vocabulary } from '../../../../electron/api/vocabularyCodes';

/** The query-language field of each vocabulary (docs/search.md). */
const fieldOfVocabulary: Readonly<Record<Vocabulary, string>> = {
  themes: 'theme',
  sdgs: 'sdg',
  countries: 'country',
  regions: 'region',
  organisations: 'org',
};

/**
 * The search that finds the items using a term: by its code where it has one (`sdg:5.2`, `country:TN`), else by
 * its id without the vocabulary's prefix (`theme:youth`, `org:<uuid>`), which no label can shadow.
 */
export function termQuery(term: Pick<Term, 'id' | 'vocabulary' | 'code'>): string {
  const field = fieldOfVocabulary[term.vocabulary];
  return `${field}:${term.code ?? term.id.replace(/^[a-z]+:/, '')}`;
}
