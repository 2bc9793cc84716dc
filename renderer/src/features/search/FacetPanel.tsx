import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facetNames, type Facets } from '../../../../electron/api/types';
import type { UiLanguage } from '../../../../electron/api/vocabularyCodes';
import { formatNumber, languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { termLabel, useTerms } from '../shell/TermsProvider';
import { filterFor, hasFilter } from './queryFilters';

type FacetName = (typeof facetNames)[number];
const shortListLength = 6;

/** Counts of the matching items per kind, theme, SDG, country, language, year and status; a click filters. */
export function FacetPanel({ facets, query, onToggle }: { facets: Facets; query: string; onToggle(filter: string): void }) {
  const { t } = useTranslation();
  const groups = facetNames.filter((name) => Object.keys(facets[name]).length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="facet-panel" aria-labelledby="facet-heading">
      <h2 id="facet-heading" className="sidebar-heading">
        {t('app.facets.heading')}
      </h2>
      {groups.map((name) => (
        <FacetGroup key={name} name={name} counts={facets[name]} query={query} onToggle={onToggle} />
      ))}
    </section>
  );
}

function FacetGroup({
  name,
  counts,
  query,
  onToggle,
}: {
  name: FacetName;
  counts: Readonly<Record<string, number>>;
  query: string;
  onToggle(filter: string): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useFacetLabel(language);
  const [isExpanded, setIsExpanded] = useState(false);
  // Years newest first; other values by count, then SDGs by goal number and the rest by label.
  const entries = Object.entries(counts).sort(([a, countA], [b, countB]) =>
    name === 'year'
      ? Number(b) - Number(a)
      : countB - countA || (name === 'sdg' ? Number(a) - Number(b) : label(name, a).localeCompare(label(name, b), language)),
  );
  // Active filters stay visible even when they would fall outside the short list.
  const shown = isExpanded
    ? entries
    : entries.filter(([value], index) => index < shortListLength || hasFilter(query, filterFor(name, value)));
  return (
    <div className="facet-group" role="group" aria-labelledby={`facet-${name}`}>
      <h3 id={`facet-${name}`} className="facet-group-heading">
        {t(`app.facets.${name}`)}
      </h3>
      <ul>
        {shown.map(([value, count]) => {
          const filter = filterFor(name, value);
          const isActive = hasFilter(query, filter);
          return (
            <li key={value}>
              <button type="button" className="facet-value" aria-pressed={isActive} onClick={() => onToggle(filter)} title={filter}>
                <span className="facet-label">{label(name, value)}</span>
                <span className="facet-count">{formatNumber(language, count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {entries.length > shortListLength && (
        <button type="button" className="link-button" aria-expanded={isExpanded} onClick={() => setIsExpanded(!isExpanded)}>
          {isExpanded ? t('app.facets.showFewer') : t('app.facets.showAll', { count: entries.length })}
        </button>
      )}
    </div>
  );
}

/** How a facet value reads in the interface language. */
function useFacetLabel(language: UiLanguage): (name: FacetName, value: string) => string {
  const { t } = useTranslation();
  const terms = useTerms();
  return (name, value) => {
    switch (name) {
      case 'kind':
        return t(`kind.${value}`);
      case 'status':
        return t(`status.${value}`);
      case 'language':
        return languageName(language, value);
      case 'theme':
        return termLabel(terms, value, language);
      case 'sdg':
        return `${value}. ${termLabel(terms, `sdg:${value}`, language)}`;
      case 'country':
        return termLabel(terms, `country:${value}`, language);
      case 'year':
        return value;
    }
  };
}
