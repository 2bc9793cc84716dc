import { execFileSync } from 'node:child_process';
import { chromiumPath, isBrowserSkipped } from './e2e/chromiumPath';

/**
 * The CLI tests run the real bundle and the browser tests the real interface: build both from the current source
 * first, so that no test runs against an old build.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['electron/cli/bundle.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['electron/viewer/build.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (isBrowserSkipped) {
    process.stdout.write(
      `\nNote: there is no Chromium at ${chromiumPath}, so the browser tests in test/e2e are skipped. Install it ` +
        '(apt-get install chromium) to run them; COMPENDIUM_REQUIRE_BROWSER=1 turns a missing browser into a failure.\n\n',
    );
  }
}
