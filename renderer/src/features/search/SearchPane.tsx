import { SearchX, Library } from 'lucide-react';
import { useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchSort } from '../../../../electron/api/types';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDelayedFlag } from '../../ui/useDelayedFlag';
import type { ListNavigator } from '../shell/ListNavigator';
import { navigate } from '../shell/navigation';
import { ResultList, type ResultListHandle } from './ResultList';
import type { SearchState } from './useSearch';

const sorts: readonly SearchSort[] = ['relevance', 'date', 'title'];

/** The results of the current query: how many, in what order, what was odd in it, and the list itself. */
export function SearchPane({
  search,
  activeId,
  onOpen,
  onRead,
  navigatorRef,
}: {
  search: SearchState;
  activeId: string | undefined;
  onOpen(id: string): void;
  onRead(): void;
  navigatorRef: Ref<ListNavigator>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isSlow = useDelayedFlag(search.isLoading);
  const listRef = useRef<ResultListHandle>(null);
  useImperativeHandle(navigatorRef, () => ({
    move: (step) => listRef.current?.move(step),
    focus: () => listRef.current?.focus(),
  }));

  if (search.error) return <ErrorMessage error={search.error} />;
  const isFirstLoad = search.facets === undefined;
  return (
    <>
      <div className="results-header">
        <p className="results-count" role="status" aria-live="polite">
          {isFirstLoad ? '' : t('app.search.resultCount', { count: search.total, formatted: formatNumber(language, search.total) })}
          {isSlow && <span className="loading-dot" aria-label={t('app.loading')} />}
        </p>
        <label className="sort-select">
          <span>{t('app.search.sortBy')}</span>
          <select
            value={search.sort ?? 'relevance'}
            onChange={(event) => navigate({ sort: event.target.value as SearchSort }, { isReplace: true })}
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`app.search.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
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
          <EmptyState icon={<SearchX size={32} />} title={t('app.search.noResults', { query: search.query })}>
            {t('app.search.noResultsHint')}
          </EmptyState>
        )
      ) : (
        <ResultList ref={listRef} search={search} activeId={activeId} onOpen={onOpen} onRead={onRead} />
      )}
    </>
  );
}
