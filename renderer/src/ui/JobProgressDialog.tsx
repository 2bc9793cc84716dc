import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../electron/api/errors';
import type { Input } from '../../../electron/api/operations';
import type { Job } from '../../../electron/api/types';
import { callChange } from '../api/callChange';
import { call } from '../api/client';
import { ErrorMessage } from './ErrorMessage';
import { JobProgress } from './JobProgress';

/**
 * Starts a job when opened and shows its progress in a modal dialog with Cancel; then says how it ended, with
 * `describe` for a success. Views refresh after a job that succeeded, since it may have changed the library.
 */
export function JobProgressDialog({
  start,
  title,
  label,
  describe,
  onClose,
}: {
  start: Input<'jobs.start'>;
  title: string;
  label: string;
  describe(result: unknown): string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [jobId, setJobId] = useState<string>();
  const [outcome, setOutcome] = useState<{ message: string } | { error: AppError }>();
  const startKey = JSON.stringify(start);

  useEffect(() => {
    const dialog = dialogRef.current;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    void call('jobs.start', JSON.parse(startKey) as Input<'jobs.start'>).then((started) =>
      started.ok ? setJobId(started.value.id) : setOutcome({ error: started.error }),
    );
    return () => {
      dialog?.close();
      returnFocusTo?.focus();
    };
  }, [startKey]);

  const settled = async (job: Job) => {
    if (job.state !== 'succeeded') return setOutcome({ error: job.error ?? { code: 'internal', params: {} } });
    // Asking for the finished job through callChange refreshes the views that read what it changed.
    await callChange('jobs.get', { id: job.id });
    setOutcome({ message: describe(job.result) });
  };

  return (
    <dialog
      ref={dialogRef}
      className="pack-dialog"
      aria-labelledby="job-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        if (outcome) onClose();
      }}
    >
      <h2 id="job-dialog-title" className="pack-dialog-title">
        {title}
      </h2>
      {jobId && !outcome && <JobProgress jobId={jobId} label={label} onSettled={(job) => void settled(job)} />}
      {outcome && ('error' in outcome ? <ErrorMessage error={outcome.error} /> : <p role="status">{outcome.message}</p>)}
      {outcome && (
        <div className="pack-actions">
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('app.close')}
          </button>
        </div>
      )}
    </dialog>
  );
}
