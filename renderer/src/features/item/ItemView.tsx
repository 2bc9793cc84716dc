import { forwardRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../electron/api/types';
import { useCall } from '../../api/useCall';
import { formatTimestamp } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDelayedFlag } from '../../ui/useDelayedFlag';
import { ItemFacts, ItemMeta, KindSections } from './ItemFields';
import './item.css';

/** One item, every field of it, in reading order; vocabulary labels in the interface language. */
export const ItemView = forwardRef<HTMLHeadingElement, { id: string; onOpen(id: string): void }>(function ItemView(
  { id, onOpen },
  headingRef,
) {
  const { value: item, error, isLoading } = useCall('items.get', { id });
  const isSlow = useDelayedFlag(isLoading);
  if (error) return <ErrorMessage error={error} />;
  if (!item) return isSlow ? <p className="loading-note">…</p> : null;
  return (
    <article className="item-view" aria-busy={isLoading}>
      <ItemHeader item={item} ref={headingRef} />
      <div className="item-columns">
        {item.summary && (
          <p className="item-summary" lang={item.language} dir="auto">
            {item.summary}
          </p>
        )}
        <ItemFacts item={item} onOpen={onOpen} />
        <KindSections item={item} />
        {item.bodyHtml && (
          // bodyHtml is sanitised by the core when the item is saved (an allow-list of tags and attributes).
          <div
            className="prose"
            lang={item.language}
            dir="auto"
            onClick={openLinksOutside}
            dangerouslySetInnerHTML={{ __html: item.bodyHtml }}
          />
        )}
        <ItemFooter item={item} />
      </div>
    </article>
  );
});

const ItemHeader = forwardRef<HTMLHeadingElement, { item: Item }>(function ItemHeader({ item }, ref) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <header className="item-header">
      {item.deletedAt && <p className="banner">{t('app.item.inTrash', { date: formatTimestamp(language, item.deletedAt) })}</p>}
      <ItemMeta content={item} />
      <h2 ref={ref} tabIndex={-1} className="item-title" lang={item.language} dir="auto">
        {item.title}
      </h2>
    </header>
  );
});

function ItemFooter({ item }: { item: Item }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <footer className="item-footer muted">
      {t(`app.item.origin.${item.provenance.origin}`)} · {t('app.item.updated', { date: formatTimestamp(language, item.updatedAt) })}
    </footer>
  );
}

/**
 * Links in a body open outside the app: http(s) in a new browser tab (the desktop app hands them to the system
 * browser); anything else, such as an anchor that would change the app's own address, does nothing.
 */
function openLinksOutside(event: MouseEvent<HTMLElement>): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (/^https?:\/\//i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
}
