import { contextBridge } from 'electron';

// The renderer gets one narrow object and nothing of Node. The contract's `call` joins it with the core's API.
contextBridge.exposeInMainWorld('compendium', {
  platform: process.platform,
});
