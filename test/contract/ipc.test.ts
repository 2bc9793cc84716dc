import { describe, expect, it } from 'vitest';
import { callChannel } from '../../electron/api/bridge';
import type { Result } from '../../electron/api/errors';
import { inputs, type OpName } from '../../electron/api/operations';
import { dispatch, type Handlers } from '../../electron/core/dispatch';
import { noHostHandlers } from '../../electron/core/noHostHandlers';
import { createHandlers } from '../../electron/core/handlers';
import { testLibrary } from '../../electron/core/library/testLibrary';
import { registerIpc, type IpcMainLike } from '../../electron/main/ipc';
import type { SenderEvent } from '../../electron/main/trustedSender';

const rendererUrl = 'file:///opt/Compendium/resources/app.asar/out/renderer/index.html';
const ourContents = { id: 1 };
const ourMainFrame = { url: rendererUrl, parent: null };
const fromOurWindow: SenderEvent = { sender: ourContents, senderFrame: ourMainFrame };

type Listener = Parameters<IpcMainLike['handle']>[1];

/** Registers the IPC adapter on a fake ipcMain and returns a way to invoke its channel as the preload script does. */
function connect(handlers: Handlers, policyUrl = rendererUrl) {
  const channels = new Map<string, Listener>();
  registerIpc({
    ipcMain: { handle: (channel, listener) => channels.set(channel, listener) },
    handlers,
    senders: { rendererUrl: policyUrl, isAppContents: (contents) => contents === ourContents },
  });
  return {
    channels,
    invoke(name: unknown, input: unknown, event: SenderEvent = fromOurWindow): Promise<Result<unknown>> {
      const listener = channels.get(callChannel);
      if (!listener) throw new Error(`nothing listens on ${callChannel}`);
      return listener(event, name, input);
    },
  };
}

/** Handlers that record every call that reaches them, and fail the test by throwing. */
function tripwireHandlers() {
  const reached: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(inputs).map((name) => [
      name,
      () => {
        reached.push(name);
        throw new Error(`${name} was reached`);
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, reached };
}

const opNames = Object.keys(inputs) as OpName[];
const malformed = opNames.flatMap((name): Array<[OpName, unknown]> => [
  [name, 42],
  [name, { bogus: 1 }],
  [name, 'items'],
  [name, null],
]);
const notOurs: Array<[string, SenderEvent]> = [
  ['a frame that has gone', { sender: ourContents, senderFrame: null }],
  ['a frame inside our page', { sender: ourContents, senderFrame: { url: rendererUrl, parent: ourMainFrame } }],
  ['our window showing another site', { sender: ourContents, senderFrame: { url: 'https://example.org/', parent: null } }],
  ['our window showing another file', { sender: ourContents, senderFrame: { url: 'file:///tmp/page.html', parent: null } }],
  ['our window showing an unparsable URL', { sender: ourContents, senderFrame: { url: 'not a url', parent: null } }],
  ['web contents that are not one of our windows', { sender: { id: 2 }, senderFrame: ourMainFrame }],
];

describe('IPC adapter', () => {
  it('registers one channel', () => {
    expect([...connect(tripwireHandlers().handlers).channels.keys()]).toEqual([callChannel]);
  });

  it.each([
    ['library.stats', {}],
    ['items.list', { limit: 10 }],
    ['items.get', { id: '00000000-0000-4000-8000-000000000000' }],
    ['vocabularies.list', { vocabulary: 'sdgs' }],
    ['search.query', { text: 'budget' }],
    ['host.chooseFiles', {}],
  ])('answers %s with the Result dispatch gives', async (name, input) => {
    const handlers = { ...createHandlers(testLibrary()), ...noHostHandlers };
    expect(await connect(handlers).invoke(name, input)).toEqual(await dispatch(handlers, name, input));
  });

  it('makes the change a valid write asks for', async () => {
    const lib = testLibrary();
    const { invoke } = connect({ ...createHandlers(lib), ...noHostHandlers });
    const created = await invoke('collections.create', { name: 'Atelier Dakar' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Atelier Dakar' } });
    expect(await invoke('collections.get', { ref: 'Atelier Dakar' })).toEqual(created);
  });

  it.each(malformed)('refuses %s with input %j before its handler', async (name, input) => {
    const { handlers, reached } = tripwireHandlers();
    const result = await connect(handlers).invoke(name, input);
    expect(result).toEqual({ ok: false, error: { code: expect.stringMatching(/^input\./), params: expect.any(Object) } });
    expect(result).toEqual(await dispatch(handlers, name, input));
    expect(reached).toEqual([]);
  });

  it.each(['items.explode', 'toString', '__proto__', '', 42, undefined])('refuses the unknown operation %j', async (name) => {
    const { handlers, reached } = tripwireHandlers();
    expect(await connect(handlers).invoke(name, {})).toEqual({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'operation' } },
    });
    expect(reached).toEqual([]);
  });

  it.each(notOurs)('refuses a call from %s', async (_, event) => {
    const { handlers, reached } = tripwireHandlers();
    expect(await connect(handlers).invoke('library.stats', {}, event)).toEqual({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'sender' } },
    });
    expect(reached).toEqual([]);
  });

  it('accepts our page whatever its query or fragment', async () => {
    const { invoke } = connect({ ...createHandlers(testLibrary()), ...noHostHandlers });
    const event = { sender: ourContents, senderFrame: { url: `${rendererUrl}?view=search#top`, parent: null } };
    expect(await invoke('library.stats', {}, event)).toMatchObject({ ok: true });
  });

  it('accepts the dev server only at its own origin', async () => {
    const { invoke } = connect({ ...createHandlers(testLibrary()), ...noHostHandlers }, 'http://localhost:5173/');
    const at = (url: string): SenderEvent => ({ sender: ourContents, senderFrame: { url, parent: null } });
    expect(await invoke('library.stats', {}, at('http://localhost:5173/items/1'))).toMatchObject({ ok: true });
    expect(await invoke('library.stats', {}, at('http://localhost:5174/'))).toMatchObject({ ok: false });
    expect(await invoke('library.stats', {}, at(rendererUrl))).toMatchObject({ ok: false });
  });
});
