import { FolderPlus, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionSummary } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { isolate } from '../../i18n/isolate';
import { MenuButton } from './MenuButton';
import { NewCollectionDialog } from './NewCollectionDialog';
import './entries.css';

/**
 * Adds the given items to a collection chosen from a menu, or to a new one. Items already in the collection are
 * left where they are, and the status line says so, in words.
 */
export function AddToCollection({ itemIds }: { itemIds: readonly string[] }) {
  const { t } = useTranslation();
  const collections = useCall('collections.list', {}).value ?? [];
  const [isCreating, setIsCreating] = useState(false);
  // A message belongs to the items it was about: another item opened in the same pane does not show it.
  const forItems = itemIds.join(' ');
  const [said, setSaid] = useState<{ text: string; isError: boolean; forItems: string }>();
  const message = said?.forItems === forItems ? said : undefined;
  const setMessage = (text: string | undefined, isError = false) => setSaid(text === undefined ? undefined : { text, isError, forItems });

  const addTo = async (collection: Pick<CollectionSummary, 'id' | 'name'>) => {
    setMessage(undefined);
    const name = isolate(collection.name);
    const current = await call('collections.get', { ref: collection.id });
    if (!current.ok) return setMessage(t(`error.${current.error.code}`, current.error.params), true);
    const present = new Set<string>(current.value.entries.flatMap((entry) => (entry.type === 'item' ? [entry.itemId] : [])));
    const missing = itemIds.filter((id) => !present.has(id));
    const already = itemIds.length - missing.length;
    if (missing.length === 0) return setMessage(t('app.collection.alreadyIn', { count: already, name }));
    const result = await callChange('collections.addItems', { ref: collection.id, itemIds: missing });
    if (!result.ok) {
      const text =
        result.error.code === 'collection.itemAlreadyIn'
          ? t('app.collection.alreadyIn', { count: 1, name })
          : t(`error.${result.error.code}`, result.error.params);
      return setMessage(text, true);
    }
    const added = t('app.collection.addedTo', { count: missing.length, name });
    const skipped = already > 0 ? ` ${t('app.collection.someAlreadyIn', { count: already })}` : '';
    setMessage(added + skipped);
  };

  return (
    <div className="add-to-collection">
      <MenuButton
        className="toolbar-button button-secondary"
        choices={[
          ...collections.map((collection) => ({ key: collection.id, label: collection.name, onSelect: () => void addTo(collection) })),
          {
            key: 'new',
            label: t('app.collection.newEllipsis'),
            icon: <Plus size={16} aria-hidden="true" />,
            onSelect: () => setIsCreating(true),
          },
        ]}
      >
        <FolderPlus size={16} aria-hidden="true" />
        {t('app.collection.addTo')}
      </MenuButton>
      <p className={message?.isError ? 'add-to-collection-status is-error' : 'add-to-collection-status'} role="status">
        {message?.text}
      </p>
      <NewCollectionDialog isOpen={isCreating} onClose={() => setIsCreating(false)} onCreated={(collection) => void addTo(collection)} />
    </div>
  );
}
