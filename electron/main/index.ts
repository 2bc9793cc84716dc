import { app, BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { hardenWebContents } from './hardenWebContents';

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: 'Compendium',
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
  // electron-vite serves the renderer in development and sets this variable; the built app loads its files.
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devServer) void window.loadURL(devServer);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
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
  void app.whenReady().then(() => {
    // The interface needs no camera, microphone, notifications or location: refuse every request.
    session.defaultSession.setPermissionRequestHandler((_, __, callback) => callback(false));
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}

// One instance: a second launch hands over to the first, which comes to the front.
if (app.requestSingleInstanceLock()) start();
else app.quit();
