import { ShieldCheck, ShieldQuestion } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportItemLine, ImportPreview } from '../../../../electron/api/types';
import { formatDateTime, formatList, formatNumber, languageName } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { formatBytes } from '../../../../electron/api/formatBytes';

const outcomes = ['new', 'updated', 'unchanged', 'conflicting'] as const;

/** What importing a pack would do, checked in full: who made it, whether it is signed, and every item's fate. */
export function ImportPreviewView({ preview, onApply, onCancel }: { preview: ImportPreview; onApply(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const applyRef = useRef<HTMLButtonElement>(null);
  const count = (value: number) => formatNumber(language, value);
  const { pack, publisher } = preview;

  useEffect(() => {
    applyRef.current?.focus();
  }, []);

  const publisherNote =
    preview.signature === 'absent'
      ? t('app.packs.preview.publisherUnchecked')
      : publisher.isKnown
        ? t('app.packs.preview.publisherKnown')
        : t('app.packs.preview.publisherNew');
  return (
    <div className="import-preview">
      <section className="preview-pack" aria-label={t('app.packs.preview.packLabel')}>
        <p className="preview-pack-title">
          <bdi>{pack.title}</bdi>
        </p>
        {pack.description && (
          <p className="preview-description">
            <bdi>{pack.description}</bdi>
          </p>
        )}
        <p className="muted">
          {t('app.packs.preview.made', { date: formatDateTime(language, pack.created) })}
          {pack.languages.length > 0 && (
            <>
              {' '}
              ·{' '}
              {t('app.packs.preview.languages', {
                languages: formatList(
                  language,
                  pack.languages.map((code) => languageName(language, code)),
                ),
              })}
            </>
          )}
        </p>
      </section>

      <dl className="preview-facts">
        <div>
          <dt>{t('app.packs.preview.publisher')}</dt>
          <dd>
            <bdi>{publisher.name}</bdi>
            {publisher.organisation && (
              <>
                {' · '}
                <bdi>{publisher.organisation}</bdi>
              </>
            )}
            <span className="preview-note">{publisherNote}</span>
          </dd>
        </div>
        <div>
          <dt>{t('app.packs.preview.signature')}</dt>
          <dd className={`signature-${preview.signature}`}>
            {preview.signature === 'valid' ? <ShieldCheck size={16} aria-hidden="true" /> : <ShieldQuestion size={16} aria-hidden="true" />}
            {preview.signature === 'valid' ? t('app.packs.preview.signatureValid') : t('app.packs.preview.signatureAbsent')}
          </dd>
        </div>
        {preview.collection && (
          <div>
            <dt>{t('app.packs.preview.collection')}</dt>
            <dd>{t(`app.packs.preview.collectionStatus.${preview.collection.status}`, { name: isolate(preview.collection.name) })}</dd>
          </div>
        )}
        <div>
          <dt>{t('app.packs.preview.attachments')}</dt>
          <dd>
            {preview.attachments.new === 0
              ? t('app.packs.preview.noNewAttachments')
              : t('app.packs.preview.newAttachments', {
                  count: preview.attachments.new,
                  formatted: count(preview.attachments.new),
                  size: formatBytes(preview.attachments.newBytes, language),
                })}
          </dd>
        </div>
      </dl>

      <h3 className="preview-heading">{t('app.packs.preview.items', { count: pack.counts.items, formatted: count(pack.counts.items) })}</h3>
      <div className="preview-outcomes">
        {outcomes.map((outcome) => (
          <ItemLines key={outcome} outcome={outcome} lines={preview.items[outcome]} />
        ))}
      </div>
      {preview.newTerms.length > 0 && (
        <details className="preview-lines">
          <summary>
            {t('app.packs.preview.newTerms', { count: preview.newTerms.length, formatted: count(preview.newTerms.length) })}
          </summary>
          <ul>
            {preview.newTerms.map((term) => (
              <li key={term.id}>
                <bdi>{term.labels[language] || term.labels.en || term.labels.fr || term.labels.es || term.labels.ar || term.id}</bdi>
                <span className="muted"> · {t(`vocabulary.${term.vocabulary}`)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.items.conflicting.length > 0 && <p className="pack-hint">{t('app.packs.preview.conflictHint')}</p>}
      {!preview.hasChanges && <p className="pack-hint">{t('app.packs.preview.nothingNew')}</p>}

      <div className="pack-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        {preview.hasChanges && (
          <button ref={applyRef} type="button" className="button" onClick={onApply}>
            {t('app.packs.preview.apply')}
          </button>
        )}
      </div>
    </div>
  );
}

/** One outcome (new, updated…) with its count; its items' titles fold out. */
function ItemLines({ outcome, lines }: { outcome: (typeof outcomes)[number]; lines: readonly ImportItemLine[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = t(`app.packs.preview.outcome.${outcome}`, { count: lines.length, formatted: formatNumber(language, lines.length) });
  if (lines.length === 0) return <p className={`preview-outcome outcome-${outcome} is-empty`}>{label}</p>;
  return (
    <details className={`preview-lines preview-outcome outcome-${outcome}`} open={outcome === 'conflicting' || undefined}>
      <summary>{label}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line.id}>
            <bdi>{line.title}</bdi>
          </li>
        ))}
      </ul>
    </details>
  );
}
