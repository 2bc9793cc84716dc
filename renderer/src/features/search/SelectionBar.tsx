import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AddToCollection } from '../collections/AddToCollection';
import { ExportPackButton } from '../packs/ExportPackButton';
import { clearSelection, useSelection } from './selection';

/** What can be done with the ticked items together: add them to a collection, export them, or untick them. */
export function SelectionBar() {
  const { t } = useTranslation();
  const selection = useSelection();
  if (selection.size === 0) return null;
  const itemIds = [...selection];
  return (
    <div className="selection-bar" role="region" aria-label={t('app.selection.label')}>
      <p className="selection-count">{t('app.selection.count', { count: itemIds.length })}</p>
      <AddToCollection itemIds={itemIds} />
      <ExportPackButton selection={{ itemIds }} />
      <button type="button" className="toolbar-button button-secondary" onClick={clearSelection}>
        <X size={16} aria-hidden="true" />
        {t('app.selection.clear')}
      </button>
    </div>
  );
}
