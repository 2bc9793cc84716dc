import { contextBridge, ipcRenderer } from 'electron';
import { callChannel, type CompendiumBridge } from '../api/bridge';

// The renderer gets one narrow object and nothing of Node or of ipcRenderer: a page could otherwise send on any channel.
const bridge: CompendiumBridge = {
  call: (name, input) => ipcRenderer.invoke(callChannel, name, input),
};

contextBridge.exposeInMainWorld('compendium', bridge);
