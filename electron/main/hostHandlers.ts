import { isAbsolute } from 'node:path';
import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { fail, ok } from '../api/errors';
import type { UiLanguage } from '../api/vocabularyCodes';
import type { HostHandlers } from '../core/dispatch';

/** The two dialogs of Electron's `dialog` module that the desktop app shows for the interface. */
export interface Dialogs {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** What the desktop's host operations need: the dialogs, and the window they belong to. */
export interface HostOptions {
  readonly dialogs: Dialogs;
  /** The window the user is working in, or null when none is open. */
  parentWindow(): BaseWindow | null;
  /** Puts the application menu in the language the user chose in the interface. */
  setMenuLanguage(language: UiLanguage): Promise<void>;
  /** Electron's `shell.showItemInFolder`: opens the file manager on the file, selected. */
  showItemInFolder(path: string): void;
}

/**
 * The host operations: native dialogs attached to the user's window (a cancelled dialog is a success with no
 * path), the file manager on a file the app wrote, and the menu's language.
 */
export function createHostHandlers({ dialogs, parentWindow, setMenuLanguage, showItemInFolder }: HostOptions): HostHandlers {
  return {
    'host.chooseFiles': async ({ title, isMultiple, filters }) => {
      const window = parentWindow();
      if (!window) return fail('host.unavailable');
      const chosen = await dialogs.showOpenDialog(window, {
        title,
        filters,
        properties: isMultiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return ok({ paths: chosen.canceled ? [] : chosen.filePaths });
    },
    'host.chooseSaveFile': async ({ title, defaultName, filters }) => {
      const window = parentWindow();
      if (!window) return fail('host.unavailable');
      const chosen = await dialogs.showSaveDialog(window, { title, defaultPath: defaultName, filters });
      // A cancelled dialog gives an empty `filePath`; the contract says null.
      return ok({ path: chosen.canceled || !chosen.filePath ? null : chosen.filePath });
    },
    'host.showInFolder': ({ path }) => {
      // Only a path that is absolute: a relative one would be read against the app's own working folder.
      if (!isAbsolute(path)) return fail('input.invalid', { field: 'path' });
      showItemInFolder(path);
      return ok({ path });
    },
    'host.setLanguage': async ({ language }) => {
      await setMenuLanguage(language);
      return ok({ language });
    },
  };
}
