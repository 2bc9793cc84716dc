import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** How many items a saved search finds now. */
export function SavedSearchCount({ name }: { name: string }) {
  const language = useLanguage();
  const total = useCall('savedSearches.run', { ref: name, limit: 1, language }).value?.total;
  return total === undefined ? null : <>{formatNumber(language, total)}</>;
}
