import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Revision } from '../../../../electron/api/types';
import { useCall } from '../../api/useCall';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ItemFacts, ItemMeta, KindSections } from '../item/ItemFields';
import { BodyDiff } from './BodyDiff';
import { plainText } from './plainText';
import { RestoreDialog } from './RestoreDialog';

/** What one revision held, read like the item, with its body compared to the current one, and a way to restore it. */
export function RevisionView({
  item,
  revision,
  isFocused,
  onOpen,
  onRestored,
}: {
  item: Item;
  revision: Revision;
  /** Chosen just now in the list: the focus moves to its heading, so a screen reader reads what was chosen. */
  isFocused: boolean;
  onOpen(id: string): void;
  onRestored(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [isConfirming, setConfirming] = useState(false);
  const { value: detail, error } = useCall('items.revision', { id: item.id, hash: revision.hash });

  useEffect(() => {
    if (isFocused) headingRef.current?.focus();
  }, [isFocused]);

  const content = detail?.content;
  // After a restore, an older revision holds the current content again: restoring it would change nothing.
  const isCurrent = revision.hash === item.revision;
  const before = plainText(content?.body);
  const after = plainText(item.body);
  return (
    <section className="revision-view" aria-labelledby="revision-heading">
      <div className="revision-heading-row">
        <h3 id="revision-heading" ref={headingRef} tabIndex={-1}>
          {t('app.history.revisionOf', {
            number: formatNumber(language, revision.number),
            date: formatDateTime(language, revision.createdAt),
          })}
        </h3>
        {isCurrent ? (
          <p className="muted">{t('app.history.isCurrent')}</p>
        ) : (
          item.deletedAt === null && (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('app.history.restoreThis')}
            </button>
          )
        )}
      </div>
      {error && <ErrorMessage error={error} />}
      {content && (
        <div className="item-columns">
          <header className="item-header">
            <ItemMeta content={content} />
            <p className="revision-title" lang={content.language} dir="auto">
              {content.title}
            </p>
          </header>
          {content.summary && (
            <p className="item-summary" lang={content.language} dir="auto">
              {content.summary}
            </p>
          )}
          <ItemFacts item={content} onOpen={onOpen} />
          <KindSections item={content} />
          {(before || after) && (
            <section className="body-comparison">
              <h4>{t('app.history.bodyComparison')}</h4>
              <BodyDiff before={before} after={after} language={content.language} />
            </section>
          )}
        </div>
      )}
      <RestoreDialog
        itemId={item.id}
        revision={revision}
        isOpen={isConfirming}
        onClose={() => setConfirming(false)}
        onRestored={onRestored}
      />
    </section>
  );
}
