import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** How many items a saved search's query finds now. */
export function SavedSearchCount({ query }: { query: string }) {
  const language = useLanguage();
  // The query itself, not the saved search by reference: after a rename or a delete, the counts ask again before
  // the list has changed, and a reference that no longer exists would fail.
  const total = useCall('search.query', { text: query, limit: 1, language }).value?.total;
  return total === undefined ? null : <>{formatNumber(language, total)}</>;
}
