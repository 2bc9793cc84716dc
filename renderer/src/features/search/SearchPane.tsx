import { SearchX, Library } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { searchSorts, type SearchSort } from '../../../../electron/api/types';
import { formatNumber } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState } from '../../ui/EmptyState';
import { ExportPackButton } from '../packs/ExportPackButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDelayedFlag } from '../../ui/useDelayedFlag';
import type { ListNavigator } from '../shell/ListNavigator';
import { navigate } from '../shell/navigation';
import { ResultList } from './ResultList';
import { SelectAllShown } from './SelectAllShown';
import { SelectionBar } from './SelectionBar';
import type { SearchState } from './useSearch';
import './search.css';

/**
 * The results of the current query: how many, in what order, what was odd in it, and the list itself; above
 * them, what can be done with the items ticked in it.
 */
export function SearchPane({
  search,
  requestedSort,
  activeId,
  onOpen,
  onRead,
  navigatorRef,
}: {
  search: SearchState;
  /** The order the user chose, shown at once while the results in that order load. */
  requestedSort: SearchSort | undefined;
  activeId: string | undefined;
  onOpen(id: string): void;
  onRead(): void;
  navigatorRef: Ref<ListNavigator>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isSlow = useDelayedFlag(search.isLoading);

  if (search.error) return <ErrorMessage error={search.error} />;
  const isFirstLoad = search.facets === undefined;
  return (
    <>
      <SelectionBar />
      <div className="results-header">
        {!isFirstLoad && search.total > 0 && <SelectAllShown search={search} />}
        <p className="results-count" role="status" aria-live="polite">
          {isFirstLoad ? '' : t('app.search.resultCount', { count: search.total, formatted: formatNumber(language, search.total) })}
          {isSlow && <span className="loading-dot" aria-label={t('app.loading')} />}
        </p>
        <label className="sort-select">
          <span>{t('app.search.sortBy')}</span>
          <select
            value={requestedSort ?? search.sort ?? 'relevance'}
            onChange={(event) => navigate({ sort: event.target.value as SearchSort }, { isReplace: true })}
          >
            {searchSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`app.search.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        {!isFirstLoad && search.total > 0 && <ExportPackButton selection={{ query: search.query }} suggestedTitle={search.query} />}
      </div>
      {search.warnings.length > 0 && (
        <ul className="search-warnings">
          {search.warnings.map((warning, index) => (
            <li key={index}>{t(`error.${warning.code}`, warning.params)}</li>
          ))}
        </ul>
      )}
      {!isFirstLoad && search.total === 0 ? (
        search.query.trim() === '' ? (
          <EmptyState icon={<Library size={32} />} title={t('app.search.emptyLibrary')}>
            {t('app.search.emptyLibraryHint')}
          </EmptyState>
        ) : (
          <EmptyState icon={<SearchX size={32} />} title={t('app.search.noResults', { query: isolate(search.query) })}>
            {t('app.search.noResultsHint')}
          </EmptyState>
        )
      ) : (
        // A new query starts at the top of its list.
        <ResultList
          key={`${search.query}|${search.sort ?? ''}`}
          search={search}
          activeId={activeId}
          onOpen={onOpen}
          onRead={onRead}
          navigatorRef={navigatorRef}
        />
      )}
    </>
  );
}
