import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../api/errors';
import type { Job, SearchPage } from '../../api/types';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers';
import { noHostHandlers } from '../noHostHandlers';
import { tempDir, testLibrary } from '../library/testLibrary';
import { workshopLibrary } from '../packs/packTestKit';

async function setUp() {
  const dir = tempDir();
  const lib = testLibrary();
  await workshopLibrary(lib, dir);
  const handlers = { ...createHandlers(lib), ...noHostHandlers };
  const call = async (name: string, input: unknown) => (await dispatch(handlers, name, input)) as Result<Job>;
  const exportJob = (out: string) => ({ operation: 'packs.export', input: { selection: { collection: 'Atelier Sfax' }, out } });
  return { dir, lib, call, exportJob };
}

async function settled(call: (name: string, input: unknown) => Promise<Result<Job>>, id: string): Promise<Job> {
  for (;;) {
    const polled = await call('jobs.get', { id });
    if (!polled.ok) throw new Error(polled.error.code);
    if (polled.value.state !== 'running') return polled.value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('jobs', () => {
  it('runs an export in the background and keeps its progress and result for the interface to poll', async () => {
    const { dir, call, exportJob } = await setUp();
    const started = await call('jobs.start', exportJob(join(dir, 'pack.zip')));
    expect(started).toMatchObject({ ok: true, value: { operation: 'packs.export', state: 'running' } });
    const job = await settled(call, started.ok ? started.value.id : '');
    expect(job).toMatchObject({ state: 'succeeded', error: null, result: { items: 3, attachments: 1 } });
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.progress.total).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'pack.zip'))).toBe(true);
  });

  it('stops a cancelled export, which leaves no file', async () => {
    const { dir, call, exportJob } = await setUp();
    const started = await call('jobs.start', exportJob(join(dir, 'cancelled.zip')));
    const id = started.ok ? started.value.id : '';
    await call('jobs.cancel', { id });
    expect(await settled(call, id)).toMatchObject({ state: 'cancelled', error: { code: 'export.cancelled' } });
    expect(existsSync(join(dir, 'cancelled.zip'))).toBe(false);
  });

  it('previews an import as a job, and reports a refused pack as a failed job with its reason', async () => {
    const { dir, call, exportJob } = await setUp();
    const exported = await call('jobs.start', exportJob(join(dir, 'pack.zip')));
    await settled(call, exported.ok ? exported.value.id : '');
    const preview = await call('jobs.start', { operation: 'packs.preview', input: { path: join(dir, 'pack.zip') } });
    expect(await settled(call, preview.ok ? preview.value.id : '')).toMatchObject({ state: 'succeeded', result: { hasChanges: false } });
    const refused = await call('jobs.start', { operation: 'packs.import', input: { path: join(dir, 'guide.pdf') } });
    expect(await settled(call, refused.ok ? refused.value.id : '')).toMatchObject({ state: 'failed', error: { code: 'pack.notAZip' } });
  });

  it('rebuilds the search index as a job, and search finds the same items after it', async () => {
    const { lib, call } = await setUp();
    // Scores depend on the index's internal state; which items match does not.
    const search = async () => {
      const found = (await dispatch({ ...createHandlers(lib), ...noHostHandlers }, 'search.query', {
        text: 'Sfax budget',
      })) as Result<SearchPage>;
      return found.ok ? found.value.results.map((result) => result.id) : found.error;
    };
    const before = await search();
    const started = await call('jobs.start', { operation: 'library.reindex', input: {} });
    const job = await settled(call, started.ok ? started.value.id : '');
    expect(job).toMatchObject({ operation: 'library.reindex', state: 'succeeded', error: null, result: { items: 3 } });
    expect(job.progress).toEqual({ done: 3, total: 3 });
    expect(await search()).toEqual(before);
  });

  it('says when a job is unknown, and refuses an operation that does not run as a job', async () => {
    const { call } = await setUp();
    expect(await call('jobs.get', { id: '0'.repeat(32) })).toEqual({
      ok: false,
      error: { code: 'job.notFound', params: { id: '0'.repeat(32) } },
    });
    expect(await call('jobs.start', { operation: 'trash.empty', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'input.notAllowed' },
    });
  });
});
