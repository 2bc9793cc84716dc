import { forwardRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemId } from '../../../../electron/api/ids';
import type { Item } from '../../../../electron/api/types';
import { codedKindFields, kindFields } from '../../../../electron/api/vocabularyCodes';
import { useCall } from '../../api/useCall';
import { formatList, formatPartialDate, formatTimestamp, languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDelayedFlag } from '../../ui/useDelayedFlag';
import { termLabel, useTerms } from '../shell/TermsProvider';
import { ItemLink } from './ItemLink';
import { SdgList } from './SdgList';
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
      <div className="result-meta">
        <span className={`kind-badge kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span>
        <span>{languageName(language, item.language)}</span>
        {item.date && <span>{formatPartialDate(language, item.date)}</span>}
        {item.period && (
          <span>
            {t('app.item.period', {
              from: formatPartialDate(language, item.period.from),
              to: item.period.to ? formatPartialDate(language, item.period.to) : t('app.item.ongoing'),
            })}
          </span>
        )}
        {item.status !== 'published' && <span className="status-note">{t(`status.${item.status}`)}</span>}
      </div>
      <h2 ref={ref} tabIndex={-1} className="item-title" lang={item.language} dir="auto">
        {item.title}
      </h2>
    </header>
  );
});

function ItemFacts({ item, onOpen }: { item: Item; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const label = (id: string) => termLabel(terms, id, language);
  const facts: Array<[string, ReactNode]> = [];
  const add = (field: string, value: ReactNode, isShown: unknown) => {
    if (isShown) facts.push([field, value]);
  };
  add('authors', formatList(language, item.authors ?? []), item.authors?.length);
  add(
    'organisations',
    <ul className="plain-list">
      {item.organisations?.map((organisation) => (
        <li key={organisation.id}>
          {label(organisation.id)} <span className="muted">({t(`role.${organisation.role}`)})</span>
        </li>
      ))}
    </ul>,
    item.organisations?.length,
  );
  add('themes', <Chips values={item.themes?.map(label)} />, item.themes?.length);
  add('sdgs', <SdgList codes={item.sdgs ?? []} />, item.sdgs?.length);
  add('countries', <Chips values={item.countries?.map((code) => label(`country:${code}`))} />, item.countries?.length);
  add('regions', <Chips values={item.regions?.map((code) => label(`region:${code}`))} />, item.regions?.length);
  add('tags', <Chips values={item.tags} />, item.tags?.length);
  add('translations', <ItemLinks ids={item.translations} onOpen={onOpen} />, item.translations?.length);
  add('related', <ItemLinks ids={item.related} onOpen={onOpen} />, item.related?.length);
  for (const field of kindFields[item.kind].filter((name) => !isLongText(name))) {
    const value = (item as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? (value as string[]) : [String(value)];
    const shown = codedKindFields.has(field)
      ? formatList(
          language,
          values.map((code) => t(`field.value.${code}`)),
        )
      : field === 'dateAdopted'
        ? formatPartialDate(language, values[0] ?? '')
        : formatList(language, values);
    add(field, shown, true);
  }
  add(
    'sourceUrl',
    <a href={item.sourceUrl} target="_blank" rel="noreferrer noopener" dir="ltr">
      {item.sourceUrl}
    </a>,
    item.sourceUrl,
  );
  add('licence', item.licence, item.licence);
  if (facts.length === 0) return null;
  return (
    <dl className="facts">
      {facts.map(([field, value]) => (
        <div key={field} className="fact">
          <dt>{t(`field.${field}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const shortKindFields = new Set(['issuingBody', 'dateAdopted', 'duration', ...codedKindFields]);

/** Long free-text fields (a practice's context, a toolkit's objectives) read as sections, not as table rows. */
function isLongText(field: string): boolean {
  return !shortKindFields.has(field);
}

function KindSections({ item }: { item: Item }) {
  const { t } = useTranslation();
  const sections = kindFields[item.kind].filter(isLongText).flatMap((field) => {
    const text = (item as Record<string, unknown>)[field];
    return typeof text === 'string' && text !== '' ? [[field, text] as const] : [];
  });
  return sections.map(([field, text]) => (
    <section key={field} className="kind-section">
      <h3>{t(`field.${field}`)}</h3>
      <p lang={item.language} dir="auto">
        {text}
      </p>
    </section>
  ));
}

function Chips({ values }: { values: readonly string[] | undefined }) {
  return (
    <ul className="chips">
      {values?.map((value) => (
        <li key={value} className="chip" dir="auto">
          {value}
        </li>
      ))}
    </ul>
  );
}

function ItemLinks({ ids, onOpen }: { ids: readonly ItemId[] | undefined; onOpen(id: string): void }) {
  return (
    <ul className="plain-list">
      {ids?.map((id) => (
        <li key={id}>
          <ItemLink id={id} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

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
