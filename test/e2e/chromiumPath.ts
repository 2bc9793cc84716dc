import { existsSync } from 'node:fs';

/** Debian's Chromium, which the browser tests drive; `.ci/run` installs it. */
export const chromiumPath = '/usr/bin/chromium';

/** Without Chromium the browser tests are skipped, unless COMPENDIUM_REQUIRE_BROWSER=1 (as in CI) makes that a failure. */
export const isBrowserSkipped = !existsSync(chromiumPath) && process.env.COMPENDIUM_REQUIRE_BROWSER !== '1';
