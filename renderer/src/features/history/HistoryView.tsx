import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../../../electron/api/types';
import { useCall } from '../../api/useCall';
import { formatDateTime, formatList, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDelayedFlag } from '../../ui/useDelayedFlag';
import { RevisionView } from './RevisionView';
import './history.css';

/** An item's revisions, newest first, and the one chosen (by its number, which a restore never repeats). */
export const HistoryView = forwardRef<
  HTMLHeadingElement,
  { id: string; revisionNumber: number | undefined; onSelect(revisionNumber: number): void; onOpen(id: string): void; onRestored(): void }
>(function HistoryView({ id, revisionNumber, onSelect, onOpen, onRestored }, headingRef) {
  const { t } = useTranslation();
  const language = useLanguage();
  const item = useCall('items.get', { id });
  const revisions = useCall('items.history', { id });
  const isSlow = useDelayedFlag(item.isLoading || revisions.isLoading);
  // Only a choice made here moves the focus; a revision chosen in the address (a reload, Back) leaves it be.
  const [chosenHere, setChosenHere] = useState<number>();
  const error = item.error ?? revisions.error;
  if (error) return <ErrorMessage error={error} />;
  if (!item.value || !revisions.value) return isSlow ? <p className="loading-note">…</p> : null;
  const selected = revisions.value.find((revision) => revision.number === revisionNumber);
  const newest = revisions.value[0];
  return (
    <article className="history-view">
      <header className="item-header">
        <p className="history-item-title" lang={item.value.language} dir="auto">
          {item.value.title}
        </p>
        <h2 ref={headingRef} tabIndex={-1} className="item-title">
          {t('app.history.title')}
        </h2>
      </header>
      <ol className="revision-list" aria-label={t('app.history.revisions')}>
        {revisions.value.map((revision) => (
          <li key={revision.number}>
            <button
              type="button"
              className="revision-entry"
              aria-current={revision === selected ? 'true' : undefined}
              onClick={() => {
                setChosenHere(revision.number);
                onSelect(revision.number);
              }}
            >
              {/* The spaces between the parts, unseen in the flex layout, keep the words apart in the button's name. */}
              <span className="revision-number">
                {t('app.history.revision', { number: formatNumber(language, revision.number) })}
                {revision === newest && (
                  <>
                    {' '}
                    <span className="revision-badge">{t('app.history.current')}</span>
                  </>
                )}
              </span>{' '}
              <span className="revision-meta muted">
                <time dateTime={revision.createdAt}>{formatDateTime(language, revision.createdAt)}</time>
                {' · '}
                <bdi>{revision.author}</bdi>
              </span>{' '}
              <ChangedFields revision={revision} />
            </button>
          </li>
        ))}
      </ol>
      {selected && (
        <RevisionView
          key={selected.number}
          item={item.value}
          revision={selected}
          isFocused={chosenHere === selected.number}
          onOpen={onOpen}
          onRestored={onRestored}
        />
      )}
    </article>
  );
});

function ChangedFields({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The first revision changes nothing: it is where the item begins.
  if (revision.changedFields.length === 0) return <span className="revision-changes">{t('app.history.created')}</span>;
  const labels = revision.changedFields.map((field) => t(`field.${field}`, { defaultValue: field }));
  return <span className="revision-changes">{t('app.history.changed', { fields: formatList(language, labels) })}</span>;
}
