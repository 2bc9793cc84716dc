import { FileWarning, PackagePlus } from 'lucide-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import { call, isDesktop, pathOfDroppedFile } from '../../api/client';
import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { navigate, usePlace } from '../shell/navigation';
import { NavEntry } from '../sidebar/Sidebar';
import { ImportDialog, type PackSource } from './ImportDialog';
import { useFileDrop } from './useFileDrop';
import './packs.css';

/** The sidebar's packs: import a pack (also by dropping it on the window) and the conflicts to resolve. */
export function PacksSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const place = usePlace();
  const conflicts = useCall('conflicts.list', {}).value;
  const inputRef = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState<PackSource>();
  const [error, setError] = useState<AppError>();

  const importFile = useCallback((file: File) => {
    const path = pathOfDroppedFile(file);
    setSource(path ? { path, name: file.name } : { file, name: file.name });
  }, []);
  const isDragging = useFileDrop(importFile);

  const choose = async () => {
    setError(undefined);
    if (!isDesktop) return inputRef.current?.click();
    const chosen = await call('host.chooseFiles', {
      title: t('app.packs.import.chooseTitle'),
      filters: [{ name: t('app.packs.fileType'), extensions: ['zip'] }],
    });
    if (!chosen.ok) return setError(chosen.error);
    const [path] = chosen.value.paths;
    if (path) setSource({ path, name: path.split(/[\\/]/).pop() ?? path });
  };

  return (
    <>
      <h2 className="sidebar-heading">{t('app.packs.heading')}</h2>
      <ul className="nav-list">
        <li>
          <button type="button" className="nav-entry" aria-haspopup="dialog" onClick={() => void choose()}>
            <span className="nav-icon" aria-hidden="true">
              <PackagePlus size={16} />
            </span>
            <span className="nav-label">{t('app.packs.import.open')}</span>
          </button>
        </li>
        {conflicts !== undefined && conflicts.length > 0 && (
          <NavEntry
            icon={<FileWarning size={16} />}
            label={t('app.conflicts.title')}
            count={formatNumber(language, conflicts.length)}
            isCurrent={place.view === 'conflicts'}
            onSelect={() => navigate({ view: 'conflicts', itemId: undefined })}
          />
        )}
      </ul>
      <p className="sidebar-empty">{t('app.packs.import.dropHint')}</p>
      {error && <ErrorMessage error={error} />}
      <input
        ref={inputRef}
        type="file"
        accept=".zip,application/zip"
        hidden
        aria-label={t('app.packs.import.open')}
        data-testid="pack-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) importFile(file);
        }}
      />
      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          <PackagePlus size={40} />
          <p>{t('app.packs.import.dropHere')}</p>
        </div>
      )}
      {source && (
        <ImportDialog
          key={source.name + ('path' in source ? source.path : source.file.lastModified)}
          source={source}
          onClose={() => setSource(undefined)}
        />
      )}
    </>
  );
}
