import type { Result } from '../api/errors';
import type { UiLanguage } from '../api/vocabularyCodes';
import { initLibrary } from '../core/library/initLibrary';
import type { Library } from '../core/library/library';
import { openLibrary, type OpenOptions } from '../core/library/openLibrary';

/**
 * Opens the library the desktop app works on. On the first launch there is none yet: the app makes it with the
 * starter pack, as `compendium init` does, so that a new user is not met with an error.
 */
export async function openAppLibrary(options: OpenOptions & { language: UiLanguage }): Promise<Result<Library>> {
  const opened = openLibrary(options);
  if (opened.ok || opened.error.code !== 'library.notFound') return opened;
  return initLibrary({ ...options, withStarter: true });
}
