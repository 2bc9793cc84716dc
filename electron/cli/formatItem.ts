import type { TFunction } from 'i18next';
import type { Item, Term } from '../api/types';
import { codedKindFields, kindFields, type UiLanguage } from '../api/vocabularyCodes';
import { formatBytes } from '../api/formatBytes';

/** An item as a person reads it in a terminal, labels in the interface language. */
export function formatItem(item: Item, options: { t: TFunction; language: UiLanguage; terms: ReadonlyMap<string, Term> }): string {
  const { t, language, terms } = options;
  const label = (id: string) => terms.get(id)?.labels[language] ?? id;
  const separator = language === 'ar' ? '، ' : ', ';
  const lines: string[] = [item.title, '='.repeat(Math.min(item.title.length, 80))];
  const field = (name: string, value: string | undefined) => {
    if (value) lines.push(`${t(`field.${name}`)}${t('colon')}${value}`);
  };
  field('kind', t(`kind.${item.kind}`));
  field('id', item.id);
  field('language', languageName(item.language, language));
  field('status', t(`status.${item.status}`));
  field('date', item.date ?? (item.period ? `${item.period.from} – ${item.period.to ?? '…'}` : undefined));
  field('themes', item.themes?.map(label).join(separator));
  field(
    'sdgs',
    sortCodes(item.sdgs)
      ?.map((code) => `${code} ${label(`sdg:${code}`)}`)
      .join('\n  '),
  );
  field('countries', item.countries?.map((code) => label(`country:${code}`)).join(separator));
  field('regions', item.regions?.map((code) => label(`region:${code}`)).join(separator));
  field('organisations', item.organisations?.map(({ id, role }) => `${label(id)} (${t(`role.${role}`)})`).join(separator));
  field('authors', item.authors?.join(separator));
  field('tags', item.tags?.join(separator));
  field('sourceUrl', item.sourceUrl);
  field('licence', item.licence);
  field('translations', item.translations?.join(separator));
  field('related', item.related?.join(separator));
  const values = item as unknown as Record<string, unknown>;
  for (const name of kindFields[item.kind]) {
    const value = values[name];
    const shown = Array.isArray(value)
      ? value.map((code) => t(`field.value.${String(code)}`)).join(separator)
      : (value as string | undefined);
    field(name, codedKindFields.has(name) && typeof value === 'string' ? t(`field.value.${value}`) : shown);
  }
  field(
    'attachments',
    item.attachments
      ?.map((file) => `${file.name}  ${formatBytes(file.size, language)}  ${file.mediaType}  ${file.sha256.slice(0, 12)}`)
      .join('\n  '),
  );
  field('revision', item.revision.slice(0, 12));
  field('updatedAt', formatDateTime(item.updatedAt, language));
  if (item.deletedAt) field('deletedAt', formatDateTime(item.deletedAt, language));
  if (item.summary) lines.push('', item.summary);
  if (item.bodyText) lines.push('', item.bodyText);
  return lines.join('\n');
}

// SDG codes in reading order: 5, 5.2, 5.c, 16.7 rather than the stored code-unit order.
const codeOrder = new Intl.Collator('en', { numeric: true });
function sortCodes(codes: readonly string[] | undefined): string[] | undefined {
  return codes && [...codes].sort(codeOrder.compare);
}

/** A date and time in the user's locale. */
export function formatDateTime(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function languageName(code: string, language: UiLanguage): string {
  return new Intl.DisplayNames([language], { type: 'language', fallback: 'code' }).of(code) ?? code;
}
