import { execFileSync } from 'node:child_process';

/** The CLI tests run the real bundle: build it from the current source first. */
export default function setup(): void {
  execFileSync(process.execPath, ['electron/cli/bundle.mjs'], { stdio: 'inherit' });
}
