import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../electron/api/errors';
import type { Input, OpName, Outputs } from '../../electron/api/operations';

const bin = join(import.meta.dirname, '../../electron/cli/bin.mjs');

/** How the server process ended: a clean stop is `{ code: 0, signal: null, stderr: '' }`. */
interface ServeExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** A running `compendium serve` on a new library in a temporary folder. */
export interface ServedLibrary {
  /** The address to open, with the token in its fragment. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Stops the server as a termination request would, then removes the folder. */
  stop(): Promise<ServeExit>;
}

/** Starts the real command-line tool, as a user would, and waits for the address it prints. */
export async function serveLibrary(): Promise<ServedLibrary> {
  const home = mkdtempSync(join(tmpdir(), 'compendium-e2e-'));
  const child = spawn(process.execPath, [bin, 'serve', '--json', '--library', join(home, 'library')], {
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<ServeExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr })));
  const stop = async () => {
    // A server that has already gone (a crash) keeps its exit status; kill() is then a no-op.
    child.kill('SIGTERM');
    const exit = await exited;
    rmSync(home, { recursive: true, force: true });
    return exit;
  };
  try {
    return { ...(await readAddress(child, exited)), stop };
  } catch (error) {
    child.kill('SIGKILL');
    await stop();
    throw error;
  }
}

/** `serve --json` prints one JSON object, possibly over several lines: read until it parses. */
function readAddress(child: ChildProcess, exited: Promise<ServeExit>): Promise<{ url: string; origin: string; token: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      try {
        resolve(JSON.parse(stdout) as { url: string; origin: string; token: string });
      } catch {
        // Not the whole object yet.
      }
    });
    void exited.then((exit) =>
      reject(new Error(`compendium serve ended (${exit.code ?? exit.signal}) before printing its address:\n${stdout}${exit.stderr}`)),
    );
  });
}

/** Calls operations on a served library through its real HTTP API, to set up what a test needs; a refusal throws. */
export function apiOf(server: Pick<ServedLibrary, 'origin' | 'token'>) {
  return async function call<K extends OpName>(name: K, input: Input<K>): Promise<Outputs[K]> {
    const response = await fetch(`${server.origin}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as Result<Outputs[K]>;
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${JSON.stringify(result.error.params)}`);
    return result.value;
  };
}
