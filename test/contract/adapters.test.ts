import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callChannel } from '../../electron/api/bridge';
import type { Result } from '../../electron/api/errors';
import type { Handlers } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { tempDir, testLibrary } from '../../electron/core/library/testLibrary';
import { noHostHandlers } from '../../electron/core/noHostHandlers';
import { registerIpc } from '../../electron/main/ipc';
import type { SenderEvent } from '../../electron/main/trustedSender';
import { startServer, type RunningServer } from '../../electron/serve/startServer';

const rendererUrl = 'file:///opt/Compendium/out/renderer/index.html';
const ourContents = { id: 1 };
const fromOurWindow: SenderEvent = { sender: ourContents, senderFrame: { url: rendererUrl, parent: null } };

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The two ways into the core, over the same handlers: the desktop app's IPC channel and `serve`'s HTTP API. */
async function bothAdapters(handlers: Handlers) {
  let listener: ((event: SenderEvent, name: unknown, input: unknown) => Promise<Result<unknown>>) | undefined;
  registerIpc({
    ipcMain: { handle: (channel, registered) => channel === callChannel && (listener = registered) },
    handlers,
    senders: { rendererUrl, isAppContents: (contents) => contents === ourContents },
  });
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  const server = await startServer({ handlers, rendererDir });
  servers.push(server);
  return {
    ipc: (name: string, input: unknown) => listener?.(fromOurWindow, name, input),
    http: async (name: string, input: unknown) =>
      (await fetch(`${server.origin}/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(input),
      }).then((response) => response.json())) as Result<unknown>,
  };
}

describe('the IPC and HTTP adapters', () => {
  it('give equal results for the same calls, successes and failures alike', async () => {
    const handlers = { ...createHandlers(testLibrary()), ...noHostHandlers };
    const { ipc, http } = await bothAdapters(handlers);
    const created = (await ipc('items.create', { kind: 'toolkit', title: 'Guide de l’élue locale', language: 'fr' })) as Result<string>;
    const id = created.ok ? created.value : '';
    const calls: Array<[string, unknown]> = [
      ['items.get', { id }],
      ['items.list', {}],
      ['search.query', { text: 'élue kind:toolkit', language: 'fr' }],
      ['search.query', { text: 'colour:red' }],
      ['vocabularies.list', { vocabulary: 'sdgs' }],
      ['collections.list', {}],
      ['library.stats', {}],
      ['items.get', { id: '00000000-0000-4000-8000-000000000000' }],
      ['items.list', { limit: 0 }],
      ['items.create', { kind: 'recipe', title: 'x', language: 'fr' }],
      ['no.such.operation', {}],
      ['host.chooseFiles', {}],
      ['host.setLanguage', { language: 'ar' }],
    ];
    for (const [name, input] of calls) {
      const viaIpc = await ipc(name, input);
      expect([name, await http(name, input)]).toEqual([name, viaIpc]);
    }
  });
});
