import type { Result } from '../../api/errors';
import type { ParsedInput } from '../../api/operations';
import type { Library } from '../library/library';
import { exportPack } from '../packs/exportPack';
import { importPack, previewImport } from '../packs/importPack';
import type { WorkControl } from '../packs/workControl';
import { reindexInChunks } from './reindexInChunks';

/** Runs the long operation a `jobs.start` names, with the job's progress and cancel. */
export function runJob(lib: Library, start: ParsedInput<'jobs.start'>, control: WorkControl): Promise<Result<unknown>> {
  switch (start.operation) {
    case 'packs.export':
      return exportPack(lib, start.input, control);
    case 'packs.preview':
      return previewImport(lib, start.input, control);
    case 'packs.import':
      return importPack(lib, start.input, control);
    case 'library.reindex':
      return reindexInChunks(lib, control);
  }
}
