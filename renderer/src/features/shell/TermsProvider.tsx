import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Term } from '../../../../electron/api/types';
import type { UiLanguage } from '../../../../electron/api/vocabularyCodes';
import { useCall } from '../../api/useCall';

/** Every term of every vocabulary, by id (`theme:gender-equality`, `sdg:5.2`, `country:TN`, `region:015`, `org:…`). */
type Terms = ReadonlyMap<string, Term>;

const TermsContext = createContext<Terms>(new Map());

/** Loads the vocabularies once, so that any view can show a term's label in the interface language. */
export function TermsProvider({ children }: { children: ReactNode }) {
  const themes = useCall('vocabularies.list', { vocabulary: 'themes', includeRetired: true });
  const sdgs = useCall('vocabularies.list', { vocabulary: 'sdgs', includeRetired: true });
  const countries = useCall('vocabularies.list', { vocabulary: 'countries', includeRetired: true });
  const regions = useCall('vocabularies.list', { vocabulary: 'regions', includeRetired: true });
  const organisations = useCall('vocabularies.list', { vocabulary: 'organisations', includeRetired: true });
  const [themeTerms, sdgTerms, countryTerms, regionTerms, organisationTerms] = [
    themes.value,
    sdgs.value,
    countries.value,
    regions.value,
    organisations.value,
  ];
  // Each list changes only when its answer arrives, so the map is rebuilt five times at most.
  const terms = useMemo(
    () =>
      new Map(
        [themeTerms, sdgTerms, countryTerms, regionTerms, organisationTerms].flatMap((list) =>
          (list ?? []).map((term) => [term.id, term] as const),
        ),
      ),
    [themeTerms, sdgTerms, countryTerms, regionTerms, organisationTerms],
  );
  return <TermsContext.Provider value={terms}>{children}</TermsContext.Provider>;
}

/** The terms loaded by `TermsProvider`. */
export function useTerms(): Terms {
  return useContext(TermsContext);
}

/** A term's label in the interface language, falling back to English, then to the id itself. */
export function termLabel(terms: Terms, id: string, language: UiLanguage): string {
  const labels = terms.get(id)?.labels;
  return labels?.[language] || labels?.en || id.replace(/^[a-z]+:/, '');
}
