import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import type { TFunction } from 'i18next';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectLanguage, loadMessages } from '../core/messages';
import { createHandlers } from '../core/handlers';
import { resolveLibraryDir } from '../core/library/defaultLibraryDir';
import { findResourcesDir } from '../core/library/resourcesDir';
import { appMenuTemplate } from './appMenu';
import { electronSqliteBinding } from './electronSqliteBinding';
import { hardenWebContents } from './hardenWebContents';
import { createHostHandlers } from './hostHandlers';
import { registerIpc } from './ipc';
import { openAppLibrary } from './openAppLibrary';

const appName = 'Compendium';

/** The page our windows show: electron-vite's dev server in development (it sets the variable), else the built files. */
function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devServer) return devServer;
  return pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
}

function createWindow(url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: appName,
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}

async function launch(): Promise<void> {
  // The interface needs no camera, microphone, notifications or location: refuse every request.
  session.defaultSession.setPermissionRequestHandler((_, __, callback) => callback(false));
  // Electron's locale already follows the system settings, so the POSIX variables the CLI reads are left out.
  const language = detectLanguage(app.getLocale(), {});
  // The app's folder is the project in development and app.asar when packaged; resources/ sits inside it or,
  // shipped as extra resources, beside it in process.resourcesPath, which the upward search also reaches.
  const resourcesDir = findResourcesDir(app.getAppPath());
  const t = await loadMessages(resourcesDir, language);
  const setMenu = (messages: TFunction) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(appMenuTemplate({ t: messages, platform: process.platform, isDev: !app.isPackaged, appName })),
    );
  const opened = await openAppLibrary({
    dir: resolveLibraryDir(undefined),
    resourcesDir,
    language,
    nativeBinding: electronSqliteBinding(app.getAppPath()),
  });
  if (!opened.ok) {
    dialog.showErrorBox(appName, t(`error.${opened.error.code}`, opened.error.params));
    app.quit();
    return;
  }
  const library = opened.value;
  app.on('will-quit', () => library.close());

  const url = rendererUrl();
  const windows = () => BrowserWindow.getAllWindows();
  registerIpc({
    ipcMain,
    handlers: {
      ...createHandlers(library),
      ...createHostHandlers({
        dialogs: dialog,
        parentWindow: () => BrowserWindow.getFocusedWindow() ?? windows()[0] ?? null,
        setMenuLanguage: async (chosen) => setMenu(await loadMessages(resourcesDir, chosen)),
        showItemInFolder: (path) => shell.showItemInFolder(path),
      }),
    },
    senders: { rendererUrl: url, isAppContents: (contents) => windows().some((window) => window.webContents === contents) },
  });
  setMenu(t);
  createWindow(url);
  app.on('activate', () => {
    if (windows().length === 0) createWindow(url);
  });
}

function start(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)));
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(launch)
    .catch((cause: unknown) => {
      // A throw while starting is a bug: say so rather than leave a process with no window.
      console.error('[compendium] cannot start:', cause);
      dialog.showErrorBox(appName, cause instanceof Error ? cause.message : String(cause));
      app.quit();
    });
}

// One instance: a second launch hands over to the first, which comes to the front.
if (app.requestSingleInstanceLock()) start();
else app.quit();
