import { FolderOpen, Download, ShieldCheck, ShieldOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { ExportSummary } from '../../../../electron/api/types';
import { call, isDesktop } from '../../api/client';
import { downloadFile } from '../../api/upload';
import { formatNumber } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatBytes } from '../../../../electron/api/formatBytes';

/** What an export wrote: how much, how big, signed or not, and where (the folder, or the browser's downloads). */
export function ExportResult({ summary, download }: { summary: ExportSummary; download: { url: string; fileName: string } | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [error, setError] = useState<AppError>();
  const count = (value: number) => formatNumber(language, value);
  return (
    <div className="export-result">
      <p role="status">{t('app.packs.export.done', { title: isolate(summary.title) })}</p>
      <ul className="pack-counts">
        <li>{t('app.packs.counts.items', { count: summary.items, formatted: count(summary.items) })}</li>
        <li>{t('app.packs.counts.terms', { count: summary.terms, formatted: count(summary.terms) })}</li>
        <li>{t('app.packs.counts.attachments', { count: summary.attachments, formatted: count(summary.attachments) })}</li>
        <li>{t('app.packs.export.size', { size: formatBytes(summary.bytes, language) })}</li>
      </ul>
      <p className="pack-signature">
        {summary.isSigned ? <ShieldCheck size={16} aria-hidden="true" /> : <ShieldOff size={16} aria-hidden="true" />}
        {summary.isSigned ? t('app.packs.export.signed') : t('app.packs.export.unsigned')}
      </p>
      {isDesktop ? (
        <>
          <p className="pack-path" dir="ltr">
            {summary.path}
          </p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              void call('host.showInFolder', { path: summary.path }).then((result) => setError(result.ok ? undefined : result.error))
            }
          >
            <FolderOpen size={16} aria-hidden="true" />
            {t('app.packs.export.showInFolder')}
          </button>
        </>
      ) : (
        download && (
          <>
            <p>{t('app.packs.export.downloaded', { fileName: download.fileName })}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void downloadFile(download).then((result) => setError(result.ok ? undefined : result.error))}
            >
              <Download size={16} aria-hidden="true" />
              {t('app.packs.export.downloadAgain')}
            </button>
          </>
        )
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
