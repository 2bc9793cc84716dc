import { ArchiveRestore, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { ItemSummary } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { useCall } from '../../api/useCall';
import { formatTimestamp } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { ListNavigator } from '../shell/ListNavigator';
import { useEntryNavigator } from '../shell/useEntryNavigator';
import '../collections/entries.css';
import './trash.css';

/** Items moved to the trash, most recently deleted first: each can be read and restored, and the trash emptied. */
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
  const { value: items, error: listError } = useCall('trash.list', {});
  const listRef = useEntryNavigator<HTMLUListElement>({ itemIds: items?.map((item) => item.id) ?? [], activeId, onOpen, navigatorRef });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppError>();
  const [isConfirming, setIsConfirming] = useState(false);
  // The row whose button had the keyboard leaves the list: once the list is read again, the keyboard goes to the
  // row now in its place, else to the heading.
  const focusRowAfterChange = useRef<number>(undefined);

  useEffect(() => {
    const row = focusRowAfterChange.current;
    if (row === undefined) return;
    focusRowAfterChange.current = undefined;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.restore-button');
    (buttons?.[Math.min(row, buttons.length - 1)] ?? headingRef.current)?.focus();
  }, [items, listRef]);

  const restore = async (item: ItemSummary, row: number) => {
    setError(undefined);
    focusRowAfterChange.current = row;
    const result = await callChange('trash.restore', { id: item.id });
    if (result.ok) setStatus(t('app.trash.restored', { title: isolate(item.title) }));
    else {
      focusRowAfterChange.current = undefined;
      setError(result.error);
    }
  };

  const empty = async () => {
    setError(undefined);
    focusRowAfterChange.current = 0;
    const result = await callChange('trash.empty', {});
    if (result.ok) setStatus(t('app.trash.emptied', { count: result.value.deleted }));
    else {
      focusRowAfterChange.current = undefined;
      setError(result.error);
    }
  };

  if (listError) return <ErrorMessage error={listError} />;
  if (!items) return null;
  return (
    <div className="collection-view">
      <header className="pane-header trash-header">
        <div className="trash-title-row">
          <h2 ref={headingRef} className="pane-title" tabIndex={-1}>
            {t('app.trash.title')}
          </h2>
          {items.length > 0 && (
            <button type="button" className="button button-danger-quiet" onClick={() => setIsConfirming(true)} aria-haspopup="dialog">
              <Trash2 size={16} aria-hidden="true" />
              {t('app.trash.emptyTrash')}
            </button>
          )}
        </div>
        {/* Always in the page, so that screen readers announce each new message in it. */}
        <p className="trash-status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {error && <ErrorMessage error={error} />}
      {items.length === 0 ? (
        <EmptyState icon={<Trash2 size={32} />} title={t('app.trash.empty')}>
          {t('app.trash.emptyHint')}
        </EmptyState>
      ) : (
        <ul ref={listRef} className="collection-entries">
          {items.map((item, row) => (
            <li key={item.id} className="trash-entry">
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
              <button
                type="button"
                className="restore-button button-secondary"
                aria-label={t('app.trash.restoreItem', { title: item.title })}
                onClick={() => void restore(item, row)}
              >
                <ArchiveRestore size={16} aria-hidden="true" />
                {t('app.trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('app.trash.confirmTitle')}
        confirmLabel={t('app.trash.confirm')}
        onConfirm={() => void empty()}
        onClose={() => setIsConfirming(false)}
      >
        {t('app.trash.confirmText', { count: items.length })}
      </ConfirmDialog>
    </div>
  );
}
