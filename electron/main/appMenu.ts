import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

/** What the application menu depends on. */
export interface AppMenuOptions {
  /** Messages in the interface language (keys under `menu`). */
  readonly t: TFunction;
  /** As Node names it: macOS gets its application menu, Windows says Exit rather than Quit. */
  readonly platform: string;
  /** Reload and the developer tools are for a development build only. */
  readonly isDev: boolean;
  readonly appName: string;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The application menu, every label from resources/locales: Electron's own role labels are English on Windows
 * and Linux. The items are roles, so Electron supplies their behaviour and shortcuts.
 */
export function appMenuTemplate({ t, platform, isDev, appName }: AppMenuOptions): Item[] {
  const isMac = platform === 'darwin';
  const about: Item = { role: 'about', label: t('menu.about', { appName }) };
  const quit: Item = { role: 'quit', label: platform === 'win32' ? t('menu.exit') : t('menu.quit', { appName }) };
  const macApp: Item = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide', { appName }) },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      quit,
    ],
  };
  const file: Item = { label: t('menu.file'), submenu: [isMac ? { role: 'close', label: t('menu.closeWindow') } : quit] };
  const edit: Item = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
  const devTools: Item[] = [
    { role: 'reload', label: t('menu.reload') },
    { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
    separator,
  ];
  const view: Item = {
    label: t('menu.view'),
    submenu: [
      ...(isDev ? devTools : []),
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };
  // The `window` and `help` roles let macOS add its window list and its Help search field.
  const windowItems: Item[] = isMac
    ? [{ role: 'zoom', label: t('menu.zoom') }, separator, { role: 'front', label: t('menu.bringAllToFront') }]
    : [{ role: 'close', label: t('menu.closeWindow') }];
  const window: Item = {
    role: 'window',
    label: t('menu.window'),
    submenu: [{ role: 'minimize', label: t('menu.minimize') }, ...windowItems],
  };
  const help: Item = { role: 'help', label: t('menu.help'), submenu: isMac ? [] : [about] };
  return [...(isMac ? [macApp] : []), file, edit, view, window, help];
}
