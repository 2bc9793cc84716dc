import { Folder, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { navigate, type Place } from '../shell/navigation';
import { NavEntry } from '../sidebar/Sidebar';
import { NewCollectionDialog } from './NewCollectionDialog';
import './entries.css';

/** The sidebar's collections, with their item counts, and the way to start a new one. */
export function CollectionsSection({ place }: { place: Place }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const collections = useCall('collections.list', {}).value;
  const [isCreating, setIsCreating] = useState(false);
  return (
    <>
      <div className="sidebar-heading-row">
        <h2 className="sidebar-heading">{t('app.sidebar.collections')}</h2>
        <button
          type="button"
          className="sidebar-add-button"
          aria-label={t('app.collection.new')}
          title={t('app.collection.new')}
          aria-haspopup="dialog"
          onClick={() => setIsCreating(true)}
        >
          <Plus size={16} aria-hidden="true" />
        </button>
      </div>
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
      <NewCollectionDialog
        isOpen={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(collection) => navigate({ view: 'collection', collectionId: collection.id, itemId: undefined })}
      />
    </>
  );
}
