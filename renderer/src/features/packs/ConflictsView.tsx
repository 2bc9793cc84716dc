import { FileWarning } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ConflictComparison } from './ConflictComparison';
import './packs.css';

/** Items that a pack changed while this library changed them too: the list, and the chosen one side by side. */
export function ConflictsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { value: conflicts, error } = useCall('conflicts.list', {});
  const [chosenId, setChosenId] = useState<string>();

  if (error) return <ErrorMessage error={error} />;
  if (!conflicts) return null;
  const chosen = conflicts.find((conflict) => conflict.itemId === chosenId) ?? conflicts[0];
  return (
    <div className="conflicts-view">
      <header className="pane-header">
        <h2 className="pane-title">{t('app.conflicts.title')}</h2>
        <p className="muted">{t('app.conflicts.explanation')}</p>
      </header>
      {conflicts.length === 0 || !chosen ? (
        <EmptyState icon={<FileWarning size={32} />} title={t('app.conflicts.none')}>
          {t('app.conflicts.noneHint')}
        </EmptyState>
      ) : (
        <div className="conflicts-columns">
          <ul className="conflict-list" aria-label={t('app.conflicts.listLabel')}>
            {conflicts.map((conflict) => (
              <li key={conflict.itemId}>
                <button
                  type="button"
                  className="conflict-entry"
                  aria-current={conflict.itemId === chosen.itemId}
                  onClick={() => setChosenId(conflict.itemId)}
                >
                  <span className="entry-title" dir="auto">
                    {conflict.title}
                  </span>
                  <span className="entry-note">{t('app.conflicts.since', { date: formatDateTime(language, conflict.createdAt) })}</span>
                </button>
              </li>
            ))}
          </ul>
          <ConflictComparison key={chosen.itemId} conflict={chosen} />
        </div>
      )}
    </div>
  );
}
