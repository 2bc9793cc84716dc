import type { Result } from './errors';

/** The one IPC channel that carries every call from the interface to the main process. */
export const callChannel = 'compendium:call';

/** What the preload script exposes to the interface as `window.compendium`, and nothing more. */
export interface CompendiumBridge {
  /** Runs an operation of the contract in the main process; the main process checks the name and the input. */
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /** The path on disk of a file dropped on the window (a DOM `File`; this folder does not know the DOM). */
  pathForFile(file: object): string;
}
