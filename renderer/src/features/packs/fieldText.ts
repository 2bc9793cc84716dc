import type { TFunction } from 'i18next';
import type { ItemContent } from '../../../../electron/api/types';
import { codedKindFields, kindFields, type UiLanguage } from '../../../../electron/api/vocabularyCodes';
import { formatList, formatPartialDate, languageName } from '../../i18n/format';
import { termLabel, type useTerms } from '../shell/TermsProvider';

type Terms = ReturnType<typeof useTerms>;

const leadingFields = ['kind', 'title', 'language', 'status', 'summary', 'date', 'period', 'authors', 'organisations', 'themes', 'sdgs'];
const trailingFields = ['countries', 'regions', 'tags', 'translations', 'related', 'sourceUrl', 'licence', 'attachments'];

/** The fields of two versions of an item, in the order a cataloguer reads them; the body is compared apart. */
export function comparedFields(mine: ItemContent, theirs: ItemContent): string[] {
  const present = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  const ordered = [...leadingFields, ...new Set([...kindFields[mine.kind], ...kindFields[theirs.kind]]), ...trailingFields];
  const rest = [...present].filter((field) => !ordered.includes(field) && field !== 'id' && field !== 'body');
  return [...ordered, ...rest].filter((field) => present.has(field));
}

/** True when the two versions hold different values for a field (compared as stored). */
export function isDifferent(mine: ItemContent, theirs: ItemContent, field: string): boolean {
  return JSON.stringify((mine as Record<string, unknown>)[field]) !== JSON.stringify((theirs as Record<string, unknown>)[field]);
}

/** A field's value as one line of text in the interface language: terms by their labels, codes by their names. */
export function fieldText(content: ItemContent, field: string, context: { t: TFunction; language: UiLanguage; terms: Terms }): string {
  const { t, language, terms } = context;
  const value = (content as Record<string, unknown>)[field];
  if (value === undefined || value === null || value === '') return '';
  const label = (id: string) => termLabel(terms, id, language);
  const list = (values: readonly string[]) => formatList(language, values);
  switch (field) {
    case 'kind':
      return t(`kind.${content.kind}`);
    case 'status':
      return t(`status.${content.status}`);
    case 'language':
      return languageName(language, content.language);
    case 'date':
    case 'dateAdopted':
      return formatPartialDate(language, String(value));
    case 'period':
      return content.period
        ? t('app.item.period', {
            from: formatPartialDate(language, content.period.from),
            to: content.period.to ? formatPartialDate(language, content.period.to) : t('app.item.ongoing'),
          })
        : '';
    case 'themes':
      return list((content.themes ?? []).map(label));
    case 'countries':
      return list((content.countries ?? []).map((code) => label(`country:${code}`)));
    case 'regions':
      return list((content.regions ?? []).map((code) => label(`region:${code}`)));
    case 'organisations':
      return list((content.organisations ?? []).map((organisation) => `${label(organisation.id)} (${t(`role.${organisation.role}`)})`));
    case 'attachments':
      return list((content.attachments ?? []).map((attachment) => attachment.name));
  }
  if (codedKindFields.has(field)) return list((Array.isArray(value) ? value : [value]).map((code) => t(`field.value.${String(code)}`)));
  if (Array.isArray(value)) return list(value.map(String));
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
