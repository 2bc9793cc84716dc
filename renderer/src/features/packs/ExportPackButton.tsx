import { PackageOpen } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../electron/api/operations';
import { ExportDialog } from './ExportDialog';

/** What a pack is made of: a collection, the results of a query, or chosen items. */
export type PackSelection = Input<'packs.export'>['selection'];

/** Opens the export dialog for a selection. */
export function ExportPackButton({ selection, suggestedTitle }: { selection: PackSelection; suggestedTitle?: string }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="toolbar-button button-secondary pack-export-button"
        aria-haspopup="dialog"
        title={t('app.packs.export.title')}
        onClick={() => setIsOpen(true)}
      >
        <PackageOpen size={16} aria-hidden="true" />
        {t('app.packs.export.open')}
      </button>
      {isOpen && <ExportDialog selection={selection} suggestedTitle={suggestedTitle ?? ''} onClose={() => setIsOpen(false)} />}
    </>
  );
}
