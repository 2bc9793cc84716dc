import { callChannel } from '../api/bridge';
import { fail, type Result } from '../api/errors';
import { dispatch, type Handlers } from '../core/dispatch';
import { isTrustedSender, type SenderEvent, type SenderPolicy } from './trustedSender';

/** The part of Electron's `ipcMain` this module uses, so that tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, name: unknown, input: unknown) => Promise<Result<unknown>>): void;
}

/** How the main process answers the interface's calls. */
export interface IpcOptions {
  readonly ipcMain: IpcMainLike;
  readonly handlers: Handlers;
  readonly senders: SenderPolicy;
}

/**
 * Registers the one channel the preload script calls on. Every answer is a Result: `ipcMain.handle` would turn a
 * thrown error into a bare message, so nothing thrown is meant to cross (dispatch turns a handler's throw into
 * `internal`).
 */
export function registerIpc({ ipcMain, handlers, senders }: IpcOptions): void {
  ipcMain.handle(callChannel, async (event, name, input) => {
    if (!isTrustedSender(event, senders)) return fail('input.invalid', { field: 'sender' });
    return dispatch(handlers, name, input);
  });
}
