import { ok, type Result } from '../../api/errors';
import type { UiLanguage } from '../../api/vocabularyCodes';
import { installStarter } from '../starter/installStarter';
import type { Library } from './library';
import { createLibrary, type OpenOptions } from './openLibrary';

/** Creates a library and, unless asked for an empty one, fills it with the starter pack in `language`. */
export async function initLibrary(options: OpenOptions & { withStarter: boolean; language: UiLanguage }): Promise<Result<Library>> {
  const created = createLibrary(options);
  if (!created.ok || !options.withStarter) return created;
  const starter = await installStarter(created.value, options.language);
  if (!starter.ok) {
    created.value.close();
    return starter;
  }
  return ok(created.value);
}
