import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../electron/cli/bin.mjs');

/** A running `compendium serve` on a new library in a temporary folder. */
export interface ServedLibrary {
  /** The address to open, with the token in its fragment. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Stops the server as Ctrl+C would and removes the folder; resolves with the exit code (0 for a clean stop). */
  stop(): Promise<number | null>;
}

/** Starts the real command-line tool, as a user would, and waits for the address it prints. */
export async function serveLibrary(): Promise<ServedLibrary> {
  const home = mkdtempSync(join(tmpdir(), 'compendium-e2e-'));
  const child = spawn(process.execPath, [bin, 'serve', '--json', '--library', join(home, 'library')], {
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const address = await readAddress(child);
    return {
      ...address,
      async stop() {
        child.kill('SIGTERM');
        const code = await exited;
        rmSync(home, { recursive: true, force: true });
        return code;
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

/** `serve --json` prints one JSON object, possibly over several lines: read until it parses. */
function readAddress(child: ChildProcess): Promise<{ url: string; origin: string; token: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      try {
        resolve(JSON.parse(stdout) as { url: string; origin: string; token: string });
      } catch {
        // Not the whole object yet.
      }
    });
    child.once('exit', (code) => reject(new Error(`compendium serve exited with ${code} before printing its address:\n${stdout}${stderr}`)));
  });
}
