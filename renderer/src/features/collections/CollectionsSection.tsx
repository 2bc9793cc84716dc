import { Folder } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { navigate, type Place } from '../shell/navigation';
import { NavEntry } from '../sidebar/Sidebar';

/** The sidebar's collections, with their item counts. */
export function CollectionsSection({ place }: { place: Place }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const collections = useCall('collections.list', {}).value;
  return (
    <>
      <h2 className="sidebar-heading">{t('app.sidebar.collections')}</h2>
      {collections?.length === 0 && <p className="sidebar-empty">{t('app.sidebar.noCollections')}</p>}
      <ul className="nav-list">
        {collections?.map((collection) => (
          <NavEntry
            key={collection.id}
            icon={<Folder size={16} />}
            label={collection.name}
            count={formatNumber(language, collection.itemCount)}
            isCurrent={place.view === 'collection' && place.collectionId === collection.id}
            onSelect={() => navigate({ view: 'collection', collectionId: collection.id, itemId: undefined })}
          />
        ))}
      </ul>
    </>
  );
}
