import type { TFunction } from 'i18next';
import type { Collection, CollectionSummary, ItemSummary, LibraryStats, Revision, Term } from '../api/types';
import type { UiLanguage } from '../api/vocabularyCodes';
import { formatDateTime } from './formatItem';

/** Items one per line: id, kind, language, status, title. */
export function formatItemList(items: readonly ItemSummary[], t: TFunction): string {
  if (items.length === 0) return t('cli.noItems');
  return items
    .map((item) =>
      [item.id, t(`kind.${item.kind}`).padEnd(12), item.language, t(`status.${item.status}`).padEnd(10), item.title].join('  '),
    )
    .join('\n');
}

/** An item's revisions, newest first, with what each changed. */
export function formatRevisions(revisions: readonly Revision[], t: TFunction, language: UiLanguage): string {
  return revisions
    .map((revision) =>
      [
        `#${revision.number}`,
        revision.hash.slice(0, 12),
        formatDateTime(revision.createdAt, language),
        revision.author,
        revision.changedFields.map((name) => t(`field.${name}`)).join(', '),
      ].join('  '),
    )
    .join('\n');
}

/** A collection: name, description, then its entries in order with sections and notes. */
export function formatCollection(collection: Collection, t: TFunction): string {
  const lines = [collection.name, '='.repeat(Math.min(collection.name.length, 80)), `${t('field.id')}${t('colon')}${collection.id}`];
  if (collection.descriptionText) lines.push('', collection.descriptionText);
  lines.push('');
  if (collection.entries.length === 0) lines.push(t('cli.emptyCollection'));
  for (const entry of collection.entries) {
    if (entry.type === 'section') {
      lines.push(`${String(entry.position).padStart(3)}. ## ${entry.heading}`);
    } else {
      const trashMark = entry.isInTrash ? `  ${t('cli.inTrash')}` : '';
      lines.push(`${String(entry.position).padStart(3)}. ${entry.title}  (${entry.itemId})${trashMark}`);
      if (entry.note) lines.push(`       ${t('field.note')}${t('colon')}${entry.note}`);
    }
  }
  return lines.join('\n');
}

/** Collections one per line: id, item count, name. */
export function formatCollectionList(collections: readonly CollectionSummary[], t: TFunction): string {
  if (collections.length === 0) return t('cli.noCollections');
  return collections.map((c) => `${c.id}  ${t('cli.itemCount', { count: c.itemCount }).padEnd(14)}  ${c.name}`).join('\n');
}

/** Terms one per line: id, label in the interface language, item count, retired mark. */
export function formatTerms(terms: readonly Term[], t: TFunction, language: UiLanguage): string {
  if (terms.length === 0) return t('cli.noTerms');
  return terms
    .map((term) =>
      [
        term.id.padEnd(20),
        term.labels[language],
        `(${t('cli.itemCount', { count: term.itemCount })})`,
        term.isRetired ? t('cli.retired') : '',
      ]
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The library's counts, one per line. */
export function formatStats(stats: LibraryStats, t: TFunction, libraryDir: string): string {
  const byLanguage = Object.entries(stats.byLanguage)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  return [
    `${t('cli.stats.library')}${t('colon')}${libraryDir}`,
    `${t('cli.stats.id')}${t('colon')}${stats.libraryId}`,
    `${t('cli.stats.items')}${t('colon')}${stats.items}  (${Object.entries(stats.byKind)
      .map(([kind, n]) => `${t(`kind.${kind}`)} ${n}`)
      .join(', ')})`,
    `${t('cli.stats.languages')}${t('colon')}${byLanguage || '—'}`,
    `${t('cli.stats.statuses')}${t('colon')}${Object.entries(stats.byStatus)
      .map(([status, n]) => `${t(`status.${status}`)} ${n}`)
      .join(', ')}`,
    `${t('cli.stats.trash')}${t('colon')}${stats.inTrash}`,
    `${t('cli.stats.revisions')}${t('colon')}${stats.revisions}`,
    `${t('cli.stats.collections')}${t('colon')}${stats.collections}`,
    `${t('cli.stats.terms')}${t('colon')}${Object.entries(stats.terms)
      .map(([vocabulary, n]) => `${t(`vocabulary.${vocabulary}`)} ${n}`)
      .join(', ')}`,
    `${t('cli.stats.starter')}${t('colon')}${stats.hasStarter ? t('cli.yes') : t('cli.no')}`,
  ].join('\n');
}
