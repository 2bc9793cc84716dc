import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { ImportPreview, Job } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { call } from '../../api/client';
import { uploadFile } from '../../api/upload';
import { isolate } from '../../i18n/isolate';
import { JobProgress } from '../../ui/JobProgress';
import { navigate } from '../shell/navigation';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportSummary } from './ImportSummary';
import { PackDialog } from './PackDialog';

/** A pack to import: a path the core can read (desktop), or a file the browser must upload first. */
export type PackSource = { readonly path: string; readonly name: string } | { readonly file: File; readonly name: string };

type Stage =
  | { step: 'uploading' }
  | { step: 'checking'; jobId: string }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'applying'; jobId: string }
  | { step: 'done'; result: ImportPreview }
  | { step: 'refused'; error: AppError };

/**
 * Import a pack: upload it when needed, check it with progress, show what it would change, and apply it on
 * request. A refused pack says why in plain words; nothing is written until Apply.
 */
export function ImportDialog({ source, onClose }: { source: PackSource; onClose(): void }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ step: 'uploading' });
  const [path, setPath] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const uploaded =
        'path' in source ? { ok: true as const, value: { path: source.path } } : await uploadFile(source.file, controller.signal);
      if (controller.signal.aborted) return;
      if (!uploaded.ok) return setStage({ step: 'refused', error: uploaded.error });
      setPath(uploaded.value.path);
      const started = await call('jobs.start', { operation: 'packs.preview', input: { path: uploaded.value.path } });
      if (controller.signal.aborted) return;
      setStage(started.ok ? { step: 'checking', jobId: started.value.id } : { step: 'refused', error: started.error });
    })();
    return () => controller.abort();
  }, [source]);

  // The core names the file by its path, which under `compendium serve` is a private upload: say the user's name.
  const plain = (error: AppError): AppError =>
    error.params.path === path ? { ...error, params: { ...error.params, path: isolate(source.name) } } : error;

  const checked = (job: Job) => {
    if (job.state === 'succeeded') setStage({ step: 'preview', preview: job.result as ImportPreview });
    else if (job.state === 'cancelled') onClose();
    else setStage({ step: 'refused', error: plain(job.error ?? { code: 'internal', params: {} }) });
  };

  const apply = async () => {
    if (!path) return;
    const started = await call('jobs.start', { operation: 'packs.import', input: { path } });
    setStage(started.ok ? { step: 'applying', jobId: started.value.id } : { step: 'refused', error: started.error });
  };

  const applied = async (job: Job) => {
    if (job.state === 'succeeded') {
      // The job changed the library: asking for it once more through callChange refreshes every view.
      await callChange('jobs.get', { id: job.id });
      setStage({ step: 'done', result: job.result as ImportPreview });
    } else if (job.state === 'cancelled') onClose();
    else setStage({ step: 'refused', error: plain(job.error ?? { code: 'internal', params: {} }) });
  };

  const title =
    stage.step === 'refused'
      ? t('app.packs.import.refusedTitle')
      : stage.step === 'done'
        ? t('app.packs.import.doneTitle')
        : stage.step === 'preview'
          ? t('app.packs.import.previewTitle')
          : t('app.packs.import.title');
  return (
    <PackDialog title={title} isBusy={stage.step === 'checking' || stage.step === 'applying'} onClose={onClose}>
      <p className="pack-file-name">
        <bdi>{source.name}</bdi>
      </p>
      {stage.step === 'uploading' && (
        <p role="status" className="muted">
          {t('app.packs.import.uploading')}
        </p>
      )}
      {stage.step === 'checking' && <JobProgress jobId={stage.jobId} label={t('app.packs.import.checking')} onSettled={checked} />}
      {stage.step === 'preview' && <ImportPreviewView preview={stage.preview} onApply={() => void apply()} onCancel={onClose} />}
      {stage.step === 'applying' && (
        <JobProgress jobId={stage.jobId} label={t('app.packs.import.applying')} onSettled={(job) => void applied(job)} />
      )}
      {stage.step === 'done' && (
        <ImportSummary
          result={stage.result}
          onOpenCollection={(collectionId) => (onClose(), navigate({ view: 'collection', collectionId, itemId: undefined }))}
          onOpenConflicts={() => (onClose(), navigate({ view: 'conflicts', itemId: undefined }))}
          onClose={onClose}
        />
      )}
      {stage.step === 'refused' && (
        <>
          <p className="error-message" role="alert">
            {t(`error.${stage.error.code}`, stage.error.params)}
          </p>
          <p className="pack-hint">{t('app.packs.import.refusedHint')}</p>
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
