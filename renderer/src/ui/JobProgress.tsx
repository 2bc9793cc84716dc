import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../electron/api/types';
import { call } from '../api/client';
import { formatNumber } from '../i18n/format';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorMessage } from './ErrorMessage';
import type { AppError } from '../../../electron/api/errors';

const pollMs = 200;
// Screen readers hear the progress at these steps only; every poll would drown out everything else.
const announceEvery = 25;

/**
 * A job's progress bar, its percentage and a Cancel button, polling `jobs.get` until the job ends; then
 * `onSettled` receives the job as it ended (succeeded, failed or cancelled).
 */
export function JobProgress({ jobId, label, onSettled }: { jobId: string; label: string; onSettled(job: Job): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labelId = useId();
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<AppError>();
  const [isCancelling, setIsCancelling] = useState(false);
  const settledRef = useRef(onSettled);
  useEffect(() => {
    settledRef.current = onSettled;
  });

  useEffect(() => {
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const polled = await call('jobs.get', { id: jobId });
      if (!isCurrent) return;
      if (!polled.ok) return setError(polled.error);
      setJob(polled.value);
      if (polled.value.state === 'running') timer = setTimeout(() => void poll(), pollMs);
      else settledRef.current(polled.value);
    };
    void poll();
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  const total = job?.progress.total ?? 0;
  const percent = total > 0 ? Math.floor(((job?.progress.done ?? 0) * 100) / total) : 0;
  // Progress only grows, so the announced step changes at most 100 / announceEvery times.
  const announced = Math.floor(percent / announceEvery) * announceEvery;

  const cancel = async () => {
    setIsCancelling(true);
    const cancelled = await call('jobs.cancel', { id: jobId });
    if (!cancelled.ok) setError(cancelled.error);
  };

  if (error) return <ErrorMessage error={error} />;
  return (
    <div className="job-progress">
      <p id={labelId} className="job-progress-label">
        {label}
      </p>
      <div className="job-progress-row">
        {/* Without a total yet, an indeterminate bar says that work has started. */}
        <progress aria-labelledby={labelId} max={100} value={total > 0 ? percent : undefined} />
        <span className="job-progress-percent" aria-hidden="true">
          {total > 0 ? t('app.jobs.percent', { percent: formatNumber(language, percent) }) : ''}
        </span>
        <button type="button" className="button button-secondary" onClick={() => void cancel()} disabled={isCancelling}>
          {isCancelling ? t('app.jobs.cancelling') : t('app.cancel')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announced > 0 ? t('app.jobs.percent', { percent: formatNumber(language, announced) }) : ''}
      </p>
    </div>
  );
}
