import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../api/vocabularyCodes';
import { loadMessages } from '../core/messages';
import { findResourcesDir } from '../core/library/resourcesDir';
import { appMenuTemplate } from './appMenu';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

async function menu(options: { platform: string; isDev: boolean; language?: (typeof uiLanguages)[number] }) {
  const t = await loadMessages(findResourcesDir(), options.language ?? 'en');
  return appMenuTemplate({ t, platform: options.platform, isDev: options.isDev, appName: 'Compendium' });
}

const roles = (items: Item[]) => flatten(items).flatMap((item) => (item.role ? [item.role] : []));

describe('application menu', () => {
  it.each(uiLanguages.flatMap((language) => ['darwin', 'win32', 'linux'].map((platform) => [language, platform] as const)))(
    'labels every item in %s on %s from the messages',
    async (language, platform) => {
      const items = flatten(await menu({ platform, isDev: true, language })).filter((item) => item.type !== 'separator');
      expect(items.filter((item) => !item.label || item.label.startsWith('menu.'))).toEqual([]);
    },
  );

  it('offers reload and the developer tools in development only', async () => {
    const viewRoles = async (isDev: boolean) => roles([(await menu({ platform: 'linux', isDev }))[2] ?? {}]);
    expect(await viewRoles(true)).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(await viewRoles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('puts About and Quit in the application menu on macOS', async () => {
    const [appMenu, ...rest] = await menu({ platform: 'darwin', isDev: false, language: 'fr' });
    expect(appMenu?.label).toBe('Compendium');
    expect(roles([appMenu ?? {}])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(rest.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
  });

  it('puts Quit in File and About in Help elsewhere', async () => {
    const items = await menu({ platform: 'win32', isDev: false, language: 'es' });
    expect(items.map((item) => item.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
    expect(items[0]?.submenu).toEqual([{ role: 'quit', label: 'Salir' }]);
    expect(items[4]?.submenu).toEqual([{ role: 'about', label: 'Acerca de Compendium' }]);
  });
});
