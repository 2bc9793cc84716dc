import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemId } from '../../../../electron/api/ids';
import type { ItemContent } from '../../../../electron/api/types';
import { codedKindFields, kindFields, shortKindFields } from '../../../../electron/api/vocabularyCodes';
import { formatList, formatPartialDate, languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { termLabel, useTerms } from '../shell/TermsProvider';
import { ItemLink } from './ItemLink';
import { SdgList } from './SdgList';

// How an item's content reads, shared by the item view and the view of one of its revisions.

/** Kind, language, date or period and status, on one line above the title. */
export function ItemMeta({ content }: { content: ItemContent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="result-meta">
      <span className={`kind-badge kind-${content.kind}`}>{t(`kind.${content.kind}`)}</span>
      <span>{languageName(language, content.language)}</span>
      {content.date && <span>{formatPartialDate(language, content.date)}</span>}
      {content.period && (
        <span>
          {t('app.item.period', {
            from: formatPartialDate(language, content.period.from),
            to: content.period.to ? formatPartialDate(language, content.period.to) : t('app.item.ongoing'),
          })}
        </span>
      )}
      {content.status !== 'published' && <span className="status-note">{t(`status.${content.status}`)}</span>}
    </div>
  );
}

/** The short fields of an item or of one of its revisions, as a table of labels and values. */
export function ItemFacts({ item, onOpen }: { item: ItemContent; onOpen(id: string): void }) {
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

/** Long free-text fields (a practice's context, a toolkit's objectives) read as sections, not as table rows. */
function isLongText(field: string): boolean {
  return !shortKindFields.has(field);
}

/** The long free-text fields of an item's kind, each a section with its heading. */
export function KindSections({ item }: { item: ItemContent }) {
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
