import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { callChannel, type CompendiumBridge } from '../api/bridge';

// The renderer gets one narrow object and nothing of Node or of ipcRenderer: a page could otherwise send on any channel.
const bridge: CompendiumBridge = {
  call: (name, input) => ipcRenderer.invoke(callChannel, name, input),
  // Since Electron 32 a dropped File no longer carries its path: only the preload may ask for it.
  pathForFile: (file) => (file instanceof File ? webUtils.getPathForFile(file) : ''),
};

contextBridge.exposeInMainWorld('compendium', bridge);
