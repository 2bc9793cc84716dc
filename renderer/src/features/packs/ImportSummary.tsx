import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../electron/api/types';
import { formatNumber } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';

/** What an import did, with the way to the collection it brought and to the conflicts it left. */
export function ImportSummary({
  result,
  onOpenCollection,
  onOpenConflicts,
  onClose,
}: {
  result: ImportPreview;
  onOpenCollection(collectionId: string): void;
  onOpenConflicts(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const count = (value: number) => formatNumber(language, value);
  const { items, collection } = result;
  return (
    <div className="import-summary">
      <p role="status">{t('app.packs.import.done', { title: isolate(result.pack.title) })}</p>
      <ul className="pack-counts">
        {(['new', 'updated', 'unchanged', 'conflicting'] as const).map((outcome) => (
          <li key={outcome}>
            {t(`app.packs.preview.outcome.${outcome}`, { count: items[outcome].length, formatted: count(items[outcome].length) })}
          </li>
        ))}
      </ul>
      <div className="pack-actions">
        {items.conflicting.length > 0 && (
          <button type="button" className="button button-secondary" onClick={onOpenConflicts}>
            {t('app.packs.import.openConflicts')}
          </button>
        )}
        {collection && (
          <button type="button" className="button button-secondary" onClick={() => onOpenCollection(collection.id)}>
            {t('app.packs.import.openCollection', { name: isolate(collection.name) })}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </div>
  );
}
