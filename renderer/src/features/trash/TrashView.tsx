import { Trash2 } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { formatTimestamp } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { ListNavigator } from '../shell/ListNavigator';
import { useEntryNavigator } from '../shell/useEntryNavigator';
import '../collections/entries.css';

/** Items moved to the trash, most recently deleted first; each can be opened and read. */
export function TrashView({
  activeId,
  onOpen,
  navigatorRef,
}: {
  activeId: string | undefined;
  onOpen(id: string): void;
  navigatorRef: Ref<ListNavigator>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { value: items, error } = useCall('trash.list', {});
  const listRef = useEntryNavigator<HTMLUListElement>({ itemIds: items?.map((item) => item.id) ?? [], activeId, onOpen, navigatorRef });

  if (error) return <ErrorMessage error={error} />;
  if (!items) return null;
  return (
    <div className="collection-view">
      <header className="pane-header">
        <h2 className="pane-title">{t('app.trash.title')}</h2>
      </header>
      {items.length === 0 ? (
        <EmptyState icon={<Trash2 size={32} />} title={t('app.trash.empty')}>
          {t('app.trash.emptyHint')}
        </EmptyState>
      ) : (
        <ul ref={listRef} className="collection-entries">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="collection-item"
                data-item-id={item.id}
                aria-current={item.id === activeId}
                onClick={() => onOpen(item.id)}
              >
                <span className="entry-text">
                  <span className="entry-title" dir="auto">
                    {item.title}
                  </span>
                  <span className="entry-note">
                    {t(`kind.${item.kind}`)} ·{' '}
                    {t('app.trash.deletedOn', { date: formatTimestamp(language, item.deletedAt ?? item.updatedAt) })}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
