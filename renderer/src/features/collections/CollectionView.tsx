import { FolderOpen, Trash2 } from 'lucide-react';
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import { callChange } from '../../api/callChange';
import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportPackButton } from '../packs/ExportPackButton';
import type { ListNavigator } from '../shell/ListNavigator';
import { navigate } from '../shell/navigation';
import { useEntryNavigator } from '../shell/useEntryNavigator';
import { CollectionDescription } from './CollectionDescription';
import { CollectionName } from './CollectionName';
import { EntryList } from './EntryList';
import { SectionForm } from './SectionForm';
import { useBuilderEntries } from './useBuilderEntries';
import './entries.css';

/**
 * A collection's builder: its name and description, and its entries in the trainer's order (section headings,
 * items and the note under each), which can be moved, annotated and removed. j and k still open its items.
 */
export function CollectionView({
  id,
  activeId,
  onOpen,
  navigatorRef,
}: {
  id: string;
  activeId: string | undefined;
  onOpen(id: string): void;
  navigatorRef: Ref<ListNavigator>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Once the collection is being deleted it is not read again: it would no longer be found.
  const [isDeleting, setIsDeleting] = useState(false);
  const { value: collection, error: loadError } = useCall('collections.get', isDeleting ? null : { ref: id });
  const { entries, error, edit } = useBuilderEntries(collection);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<AppError>();
  const itemIds = entries.flatMap(({ entry }) => (entry.type === 'item' ? [entry.itemId] : []));
  const listRef = useEntryNavigator<HTMLOListElement>({ itemIds, activeId, onOpen, navigatorRef });

  if (loadError) return <ErrorMessage error={loadError} />;
  if (!collection) return null;

  const remove = async () => {
    setIsDeleting(true);
    const result = await callChange('collections.delete', { ref: collection.id });
    if (result.ok) navigate({ view: 'search', collectionId: undefined, itemId: undefined });
    else {
      setIsDeleting(false);
      setDeleteError(result.error);
    }
  };

  const count = formatNumber(language, itemIds.length);
  return (
    <div className="collection-view">
      <header className="pane-header collection-header">
        <div className="collection-title-row">
          <CollectionName key={collection.name} id={collection.id} name={collection.name} headingRef={headingRef} />
          <div className="collection-actions">
            <ExportPackButton selection={{ collection: collection.id }} suggestedTitle={collection.name} />
            <button type="button" className="button button-danger-quiet" aria-haspopup="dialog" onClick={() => setIsConfirmingDelete(true)}>
              <Trash2 size={16} aria-hidden="true" />
              {t('app.collection.delete')}
            </button>
          </div>
        </div>
        <p className="muted">{t('app.collection.itemCount', { count: itemIds.length, formatted: count })}</p>
        <CollectionDescription key={collection.id} collection={collection} />
        {/* Always in the page, so that screen readers announce each new message in it. */}
        <p className="collection-status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {error && <ErrorMessage error={error} />}
      {deleteError && <ErrorMessage error={deleteError} />}
      {entries.length === 0 ? (
        <EmptyState icon={<FolderOpen size={32} />} title={t('app.collection.empty')}>
          {t('app.collection.emptyHint')}
        </EmptyState>
      ) : (
        <EntryList entries={entries} edit={edit} activeId={activeId} onOpen={onOpen} onStatus={setStatus} listRef={listRef} />
      )}
      <div className="builder-footer">
        <SectionForm
          onAdd={async (heading) => {
            const isAdded = await edit({ op: 'collections.addSection', input: { heading } });
            if (isAdded) setStatus(t('app.collection.sectionAdded', { heading: isolate(heading) }));
            return isAdded;
          }}
        />
      </div>
      <ConfirmDialog
        isOpen={isConfirmingDelete}
        title={t('app.collection.deleteTitle', { name: isolate(collection.name) })}
        confirmLabel={t('app.collection.deleteConfirm')}
        onConfirm={() => void remove()}
        onClose={() => setIsConfirmingDelete(false)}
      >
        {t('app.collection.deleteText', { count: itemIds.length })}
      </ConfirmDialog>
    </div>
  );
}
