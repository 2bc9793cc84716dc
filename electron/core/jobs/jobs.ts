import { randomBytes } from 'node:crypto';
import { fail, ok, type Result } from '../../api/errors';
import type { Job, JobOperation } from '../../api/types';
import type { WorkControl } from '../packs/workControl';

/** A long operation as a job runs it: with a signal to stop and a place to report progress. */
type JobWork = (control: Required<WorkControl>) => Promise<Result<unknown>>;

/** The jobs of one open library: long operations that the interface polls and may cancel. */
export interface Jobs {
  start(operation: JobOperation, work: JobWork): Job;
  get(id: string): Result<Job>;
  cancel(id: string): Result<Job>;
}

// Finished jobs are kept for the interface to read their outcome; beyond this many, the oldest are forgotten.
const keptFinished = 50;

/**
 * Runs long operations (export, import) in the background of the process that holds the library, so that the
 * interface asks for progress instead of waiting on one call that IPC and HTTP cannot interrupt.
 */
export function createJobs(now: () => string): Jobs {
  const jobs = new Map<string, { job: Job; controller: AbortController }>();

  const update = (id: string, change: Partial<Job>) => {
    const entry = jobs.get(id);
    if (entry) entry.job = { ...entry.job, ...change };
  };
  const forgetOldFinished = () => {
    const finished = [...jobs.values()].filter(({ job }) => job.state !== 'running');
    for (const { job } of finished.slice(0, Math.max(0, finished.length - keptFinished))) jobs.delete(job.id);
  };

  return {
    start(operation, work) {
      const id = randomBytes(16).toString('hex');
      const controller = new AbortController();
      const job: Job = { id, operation, state: 'running', progress: { done: 0, total: 0 }, result: null, error: null, startedAt: now() };
      jobs.set(id, { job, controller });
      const onProgress = (done: number, total: number) => update(id, { progress: { done, total } });
      work({ signal: controller.signal, onProgress })
        .then((outcome) => {
          if (outcome.ok) update(id, { state: 'succeeded', result: outcome.value });
          else update(id, { state: controller.signal.aborted ? 'cancelled' : 'failed', error: outcome.error });
        })
        .catch((cause: unknown) => {
          // A throw is a bug, as in dispatch: the log keeps the detail, the interface gets a code.
          console.error(`[compendium] job ${operation} failed:`, cause);
          update(id, { state: 'failed', error: { code: 'internal', params: {} } });
        })
        .finally(forgetOldFinished);
      return job;
    },
    get(id) {
      const entry = jobs.get(id);
      return entry ? ok(entry.job) : fail('job.notFound', { id });
    },
    cancel(id) {
      const entry = jobs.get(id);
      if (!entry) return fail('job.notFound', { id });
      entry.controller.abort();
      return ok(entry.job);
    },
  };
}
