import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { ExportSummary, Job } from '../../../../electron/api/types';
import { uiLanguages, type UiLanguage } from '../../../../electron/api/vocabularyCodes';
import { callChange } from '../../api/callChange';
import { call, isDesktop } from '../../api/client';
import { downloadFile, reserveDownload } from '../../api/upload';
import { nativeLanguageNames } from '../../i18n/nativeLanguageNames';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { JobProgress } from '../../ui/JobProgress';
import type { PackSelection } from './ExportPackButton';
import { ExportResult } from './ExportResult';
import { PackDialog } from './PackDialog';
import './packs.css';

type Stage =
  | { step: 'form' }
  | { step: 'running'; jobId: string; download?: { url: string; fileName: string } }
  | { step: 'done'; summary: ExportSummary; download?: { url: string; fileName: string } };

/** The pack's file name from its title: letters and digits kept in any script, the rest made harmless. */
function fileNameOf(title: string): string {
  const name = title
    .replace(/[^\p{L}\p{N}._ -]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 100);
  return `${name || 'pack'}.zip`;
}

/** Export a selection as a pack: what to call it, for whom, signed or not, then where, then progress and the result. */
export function ExportDialog({
  selection,
  suggestedTitle,
  onClose,
}: {
  selection: PackSelection;
  suggestedTitle: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [title, setTitle] = useState(suggestedTitle);
  const [description, setDescription] = useState('');
  const [viewerLanguage, setViewerLanguage] = useState<UiLanguage>(language);
  const [isSigned, setIsSigned] = useState(false);
  const [publisher, setPublisher] = useState<{ name: string; organisation: string }>();
  const [savedPublisher, setSavedPublisher] = useState<{ name: string; organisation: string }>();
  const [stage, setStage] = useState<Stage>({ step: 'form' });
  const [error, setError] = useState<AppError>();

  useEffect(() => {
    void call('publisher.get', {}).then((result) => {
      if (!result.ok) return;
      setPublisher(result.value);
      setSavedPublisher(result.value);
    });
  }, []);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (
      publisher &&
      savedPublisher &&
      (publisher.name.trim() !== savedPublisher.name || publisher.organisation.trim() !== savedPublisher.organisation)
    ) {
      const updated = await callChange('publisher.update', {
        ...(publisher.name.trim() ? { name: publisher.name } : {}),
        organisation: publisher.organisation,
      });
      if (!updated.ok) return setError(updated.error);
      setSavedPublisher(updated.value);
    }
    const fileName = fileNameOf(title || suggestedTitle);
    let out: string;
    let download: { url: string; fileName: string } | undefined;
    if (isDesktop) {
      const chosen = await call('host.chooseSaveFile', {
        title: t('app.packs.export.saveTitle'),
        defaultName: fileName,
        filters: [{ name: t('app.packs.fileType'), extensions: ['zip'] }],
      });
      if (!chosen.ok) return setError(chosen.error);
      if (chosen.value.path === null) return;
      out = chosen.value.path;
    } else {
      const reserved = await reserveDownload(fileName);
      if (!reserved.ok) return setError(reserved.error);
      out = reserved.value.path;
      download = { url: reserved.value.url, fileName };
    }
    const started = await call('jobs.start', {
      operation: 'packs.export',
      input: {
        selection,
        out,
        title: title.trim() || undefined,
        description: description.trim() || undefined,
        language: viewerLanguage,
        sign: isSigned,
      },
    });
    if (!started.ok) return setError(started.error);
    setStage({ step: 'running', jobId: started.value.id, download });
  };

  const settled = async (job: Job, download: { url: string; fileName: string } | undefined) => {
    if (job.state !== 'succeeded') {
      setStage({ step: 'form' });
      if (job.error) setError(job.error);
      return;
    }
    if (download) {
      const downloaded = await downloadFile(download);
      if (!downloaded.ok) setError(downloaded.error);
    }
    setStage({ step: 'done', summary: job.result as ExportSummary, download });
  };

  return (
    <PackDialog
      title={stage.step === 'done' ? t('app.packs.export.doneTitle') : t('app.packs.export.title')}
      isBusy={stage.step === 'running'}
      onClose={onClose}
    >
      {stage.step === 'form' && (
        <form className="pack-form" onSubmit={(event) => void start(event)}>
          <label className="pack-field">
            <span>{t('app.packs.export.packTitle')}</span>
            <input type="text" value={title} maxLength={300} required onChange={(event) => setTitle(event.target.value)} dir="auto" />
          </label>
          <label className="pack-field">
            <span>{t('app.packs.export.description')}</span>
            <textarea value={description} rows={3} maxLength={20_000} onChange={(event) => setDescription(event.target.value)} dir="auto" />
          </label>
          <label className="pack-field">
            <span>{t('app.packs.export.viewerLanguage')}</span>
            <select value={viewerLanguage} onChange={(event) => setViewerLanguage(event.target.value as UiLanguage)}>
              {uiLanguages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {nativeLanguageNames[code]}
                </option>
              ))}
            </select>
            <span className="pack-hint">{t('app.packs.export.viewerLanguageHint')}</span>
          </label>
          <fieldset className="pack-fieldset">
            <legend>{t('app.packs.export.publisher')}</legend>
            <label className="pack-field">
              <span>{t('app.packs.export.publisherName')}</span>
              <input
                type="text"
                value={publisher?.name ?? ''}
                maxLength={300}
                disabled={!publisher}
                onChange={(event) => setPublisher((current) => current && { ...current, name: event.target.value })}
                dir="auto"
              />
            </label>
            <label className="pack-field">
              <span>{t('app.packs.export.publisherOrganisation')}</span>
              <input
                type="text"
                value={publisher?.organisation ?? ''}
                maxLength={300}
                disabled={!publisher}
                onChange={(event) => setPublisher((current) => current && { ...current, organisation: event.target.value })}
                dir="auto"
              />
            </label>
            <label className="pack-check">
              <input
                type="checkbox"
                checked={isSigned}
                onChange={(event) => setIsSigned(event.target.checked)}
                aria-describedby={`${id}-sign`}
              />
              <span>{t('app.packs.export.sign')}</span>
            </label>
            <p id={`${id}-sign`} className="pack-hint">
              {t('app.packs.export.signHint')}
            </p>
          </fieldset>
          {error && <ErrorMessage error={error} />}
          <p className="pack-hint">{isDesktop ? t('app.packs.export.whereDesktop') : t('app.packs.export.whereBrowser')}</p>
          <div className="pack-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('app.cancel')}
            </button>
            <button type="submit" className="button">
              {isDesktop ? t('app.packs.export.chooseAndExport') : t('app.packs.export.exportAndDownload')}
            </button>
          </div>
        </form>
      )}
      {stage.step === 'running' && (
        <JobProgress jobId={stage.jobId} label={t('app.packs.export.running')} onSettled={(job) => void settled(job, stage.download)} />
      )}
      {stage.step === 'done' && (
        <>
          <ExportResult summary={stage.summary} download={stage.download} />
          {error && <ErrorMessage error={error} />}
          <div className="pack-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('app.close')}
            </button>
          </div>
        </>
      )}
    </PackDialog>
  );
}
