import type { BaseWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createHostHandlers, type Dialogs } from './hostHandlers';

const window = {} as BaseWindow;
const filters = [{ name: 'PDF', extensions: ['pdf'] }];

function fakeDialogs(open: { canceled: boolean; filePaths: string[] }, save: { canceled: boolean; filePath: string }) {
  return {
    showOpenDialog: vi.fn<Dialogs['showOpenDialog']>(async () => open),
    showSaveDialog: vi.fn<Dialogs['showSaveDialog']>(async () => save),
  };
}
const noChoice = fakeDialogs({ canceled: true, filePaths: [] }, { canceled: true, filePath: '' });

describe('host handlers', () => {
  it('opens one file at a time unless asked for several, attached to the window', async () => {
    const dialogs = fakeDialogs({ canceled: false, filePaths: ['/a.pdf', '/b.pdf'] }, { canceled: true, filePath: '' });
    const handlers = createHostHandlers({
      dialogs,
      parentWindow: () => window,
      setMenuLanguage: async () => undefined,
      showItemInFolder: () => undefined,
    });
    expect(await handlers['host.chooseFiles']({ title: 'Attach', isMultiple: true, filters })).toEqual({
      ok: true,
      value: { paths: ['/a.pdf', '/b.pdf'] },
    });
    await handlers['host.chooseFiles']({ isMultiple: false, filters: [] });
    expect(dialogs.showOpenDialog.mock.calls).toEqual([
      [window, { title: 'Attach', filters, properties: ['openFile', 'multiSelections'] }],
      [window, { title: undefined, filters: [], properties: ['openFile'] }],
    ]);
  });

  it('gives no paths when the open dialog is cancelled', async () => {
    const handlers = createHostHandlers({
      dialogs: noChoice,
      parentWindow: () => window,
      setMenuLanguage: async () => undefined,
      showItemInFolder: () => undefined,
    });
    expect(await handlers['host.chooseFiles']({ isMultiple: true, filters })).toEqual({ ok: true, value: { paths: [] } });
  });

  it('gives the chosen save path, offering the default name', async () => {
    const dialogs = fakeDialogs({ canceled: true, filePaths: [] }, { canceled: false, filePath: '/home/a/pack.zip' });
    const handlers = createHostHandlers({
      dialogs,
      parentWindow: () => window,
      setMenuLanguage: async () => undefined,
      showItemInFolder: () => undefined,
    });
    expect(await handlers['host.chooseSaveFile']({ defaultName: 'pack.zip', filters })).toEqual({
      ok: true,
      value: { path: '/home/a/pack.zip' },
    });
    expect(dialogs.showSaveDialog.mock.calls).toEqual([[window, { title: undefined, defaultPath: 'pack.zip', filters }]]);
  });

  it('gives a null path when the save dialog is cancelled', async () => {
    const handlers = createHostHandlers({
      dialogs: noChoice,
      parentWindow: () => window,
      setMenuLanguage: async () => undefined,
      showItemInFolder: () => undefined,
    });
    expect(await handlers['host.chooseSaveFile']({ filters: [] })).toEqual({ ok: true, value: { path: null } });
  });

  it('is unavailable with no window to attach a dialog to', async () => {
    const handlers = createHostHandlers({
      dialogs: noChoice,
      parentWindow: () => null,
      setMenuLanguage: async () => undefined,
      showItemInFolder: () => undefined,
    });
    const unavailable = { ok: false, error: { code: 'host.unavailable', params: {} } };
    expect(await handlers['host.chooseFiles']({ isMultiple: false, filters: [] })).toEqual(unavailable);
    expect(await handlers['host.chooseSaveFile']({ filters: [] })).toEqual(unavailable);
  });
});

describe('show in folder', () => {
  it('opens the file manager on a file the app wrote', async () => {
    const showItemInFolder = vi.fn<(path: string) => void>();
    const handlers = createHostHandlers({
      dialogs: noChoice,
      parentWindow: () => window,
      setMenuLanguage: async () => undefined,
      showItemInFolder,
    });
    expect(await handlers['host.showInFolder']({ path: '/home/a/pack.zip' })).toEqual({ ok: true, value: { path: '/home/a/pack.zip' } });
    expect(showItemInFolder.mock.calls).toEqual([['/home/a/pack.zip']]);
  });

  it("refuses a relative path, which would be read against the app's own folder", async () => {
    const showItemInFolder = vi.fn<(path: string) => void>();
    const handlers = createHostHandlers({
      dialogs: noChoice,
      parentWindow: () => window,
      setMenuLanguage: async () => undefined,
      showItemInFolder,
    });
    expect(await handlers['host.showInFolder']({ path: 'pack.zip' })).toEqual({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'path' } },
    });
    expect(showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('the menu language', () => {
  it('follows the language chosen in the interface', async () => {
    const chosen: string[] = [];
    const handlers = createHostHandlers({
      dialogs: noChoice,
      parentWindow: () => window,
      setMenuLanguage: async (language) => void chosen.push(language),
      showItemInFolder: () => undefined,
    });
    expect(await handlers['host.setLanguage']({ language: 'ar' })).toEqual({ ok: true, value: { language: 'ar' } });
    expect(chosen).toEqual(['ar']);
  });
});
