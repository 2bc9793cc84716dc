import { FolderOpen } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionEntry } from '../../../../electron/api/types';
import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { ListNavigator } from '../shell/ListNavigator';
import { useEntryNavigator } from '../shell/useEntryNavigator';
import './entries.css';

/** A collection in the trainer's order: section headings, items and the note under each. */
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
  const { value: collection, error } = useCall('collections.get', { ref: id });
  const items = (collection?.entries ?? []).filter((entry) => entry.type === 'item');
  const listRef = useEntryNavigator<HTMLOListElement>({
    itemIds: items.map((entry) => entry.itemId),
    activeId,
    onOpen,
    navigatorRef,
  });

  if (error) return <ErrorMessage error={error} />;
  if (!collection) return null;
  return (
    <div className="collection-view">
      <header className="pane-header">
        <h2 className="pane-title" dir="auto">
          {collection.name}
        </h2>
        <p className="muted">{t('app.collection.itemCount', { count: items.length, formatted: formatNumber(language, items.length) })}</p>
        {collection.descriptionText && (
          <p className="collection-description" dir="auto">
            {collection.descriptionText}
          </p>
        )}
      </header>
      {collection.entries.length === 0 ? (
        <EmptyState icon={<FolderOpen size={32} />} title={t('app.collection.empty')}>
          {t('app.collection.emptyHint')}
        </EmptyState>
      ) : (
        <ol ref={listRef} className="collection-entries">
          {collection.entries.map((entry) => (
            <Entry key={entry.position} entry={entry} isActive={entry.type === 'item' && entry.itemId === activeId} onOpen={onOpen} />
          ))}
        </ol>
      )}
    </div>
  );
}

function Entry({ entry, isActive, onOpen }: { entry: CollectionEntry; isActive: boolean; onOpen(id: string): void }) {
  const { t } = useTranslation();
  if (entry.type === 'section') {
    return (
      <li className="collection-section">
        <h3 dir="auto">{entry.heading}</h3>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        className="collection-item"
        data-item-id={entry.itemId}
        aria-current={isActive}
        onClick={() => onOpen(entry.itemId)}
      >
        <span className="entry-position" aria-hidden="true">
          {entry.position}
        </span>
        <span className="entry-text">
          <span className="entry-title" dir="auto">
            {entry.title}
          </span>
          {entry.isInTrash && <span className="status-note">{t('app.collection.inTrash')}</span>}
          {entry.note && (
            <span className="entry-note">
              <span className="visually-hidden">
                {t('field.note')}
                {t('colon')}
              </span>
              {/* The note keeps its own direction, whatever the language of the hidden label before it. */}
              <span dir="auto">{entry.note}</span>
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
