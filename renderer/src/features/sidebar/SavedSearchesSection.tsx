import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { navigate, type Place } from '../shell/navigation';
import { SavedSearchCount } from './SavedSearchCount';
import { NavEntry } from './Sidebar';

/** The sidebar's saved searches, each with its current number of results. */
export function SavedSearchesSection({ place }: { place: Place }) {
  const { t } = useTranslation();
  const savedSearches = useCall('savedSearches.list', {}).value;
  return (
    <>
      <h2 className="sidebar-heading">{t('app.sidebar.savedSearches')}</h2>
      {savedSearches?.length === 0 && <p className="sidebar-empty">{t('app.sidebar.noSavedSearches')}</p>}
      <ul className="nav-list">
        {savedSearches?.map((saved) => (
          <NavEntry
            key={saved.id}
            icon={<Search size={16} />}
            label={saved.name}
            count={<SavedSearchCount name={saved.name} />}
            isCurrent={place.view === 'search' && place.query === saved.query}
            onSelect={() => navigate({ view: 'search', query: saved.query, sort: saved.sort ?? undefined, itemId: undefined })}
          />
        ))}
      </ul>
    </>
  );
}
