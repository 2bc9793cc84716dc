import { createHash } from 'node:crypto';
import type { TFunction } from 'i18next';
import type { ImportItemLine, ImportPreview, ItemConflict } from '../api/types';
import type { UiLanguage } from '../api/vocabularyCodes';
import { formatBytes } from '../api/formatBytes';
import { formatDateTime } from './formatItem';

/** A public key as people compare it: the start of its SHA-256, in groups of four. */
function keyFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
  return (hex.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}

const listLimit = 20;

/** What an import would do: the pack, who published it, and the items by outcome. */
export function formatImportPreview(preview: ImportPreview, t: TFunction, language: UiLanguage): string {
  const { pack, publisher } = preview;
  const lines = [
    pack.title,
    '='.repeat(Math.min(pack.title.length, 80)),
    `${t('cli.pack.packId')}${t('colon')}${pack.id}`,
    `${t('cli.pack.created')}${t('colon')}${formatDateTime(pack.created, language)}`,
    `${t('cli.pack.publisher')}${t('colon')}${[publisher.name, publisher.organisation].filter(Boolean).join(' — ')}`,
    `${t('cli.pack.key')}${t('colon')}${keyFingerprint(publisher.publicKey)} (${t(publisher.isKnown ? 'cli.pack.keyKnown' : 'cli.pack.keyNew')})`,
    `${t('cli.pack.signature')}${t('colon')}${t(`cli.pack.signature_${preview.signature}`)}`,
  ];
  if (pack.description) lines.push('', pack.description);
  lines.push('');
  for (const outcome of ['new', 'updated', 'unchanged', 'conflicting'] as const) {
    const items = preview.items[outcome];
    lines.push(`${t(`cli.pack.outcome.${outcome}`)}${t('colon')}${items.length}`);
    if (outcome !== 'unchanged') lines.push(...itemLines(items, t));
  }
  if (preview.newTerms.length > 0) {
    lines.push(
      `${t('cli.pack.newTerms')}${t('colon')}${preview.newTerms.map((term) => term.labels[language]).join(language === 'ar' ? '، ' : ', ')}`,
    );
  }
  if (preview.labelledTerms.length > 0) {
    lines.push(
      `${t('cli.pack.labelledTerms')}${t('colon')}${preview.labelledTerms.map((term) => term.labels[language]).join(language === 'ar' ? '، ' : ', ')}`,
    );
  }
  if (preview.collection) {
    lines.push(
      `${t('cli.pack.collection')}${t('colon')}${preview.collection.name} (${t(`cli.pack.collectionStatus.${preview.collection.status}`)})`,
    );
  }
  if (preview.attachments.new > 0) {
    lines.push(
      `${t('cli.pack.newAttachments', { count: preview.attachments.new, size: formatBytes(preview.attachments.newBytes, language) })}`,
    );
  }
  return lines.join('\n');
}

function itemLines(items: readonly ImportItemLine[], t: TFunction): string[] {
  const shown = items.slice(0, listLimit).map((item) => `  ${item.id}  ${item.title}`);
  if (items.length > listLimit) shown.push(`  ${t('cli.pack.andMore', { count: items.length - listLimit })}`);
  return shown;
}

/** Each problem a check found, one per line, in the user's language. */
export function formatProblems(problems: ReadonlyArray<{ message: string }>, t: TFunction): string {
  return [t('cli.pack.problems', { count: problems.length }), ...problems.map((problem) => `  - ${problem.message}`)].join('\n');
}

/** Conflicts one per line: item, title, both revisions, the pack they came from. */
export function formatConflicts(conflicts: readonly ItemConflict[], t: TFunction, language: UiLanguage): string {
  if (conflicts.length === 0) return t('cli.conflicts.none');
  return conflicts
    .map((conflict) =>
      [
        conflict.itemId,
        conflict.title,
        `${t('cli.conflicts.mine')} ${conflict.mine.revision.slice(0, 12)}`,
        `${t('cli.conflicts.theirs')} ${conflict.theirs.revision.slice(0, 12)}`,
        formatDateTime(conflict.createdAt, language),
      ].join('  '),
    )
    .join('\n');
}
