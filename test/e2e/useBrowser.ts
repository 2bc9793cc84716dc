import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { serveLibrary, type ServedLibrary } from './serveLibrary';

/** Debian's Chromium; `.ci/run` installs it. */
export const chromiumPath = '/usr/bin/chromium';

/** Starting Chromium and the server, and each step in a page, are slow on a busy shared machine. */
export const e2eTimeout = 60_000;

const isRequired = process.env.COMPENDIUM_REQUIRE_BROWSER === '1';

/**
 * `describe` for browser tests: skipped when Chromium is missing (test/globalSetup.ts says so once), unless
 * COMPENDIUM_REQUIRE_BROWSER=1, as in CI, where the launch then fails.
 */
export const describeInBrowser = existsSync(chromiumPath) || isRequired ? describe : describe.skip;

/** What a test file gets from `useBrowser`. */
export interface BrowserSession {
  /** The server of this file, once `beforeAll` has run. */
  readonly server: ServedLibrary;
  /** A fresh tab (own storage) on the interface, once its search box is there. */
  openApp(options?: { bypassCSP?: boolean }): Promise<Page>;
}

/**
 * One server on a new starter library and one Chromium for the whole file; each test opens its own browser
 * context, closed after it, so that no language choice or history leaks from one test to the next.
 */
export function useBrowser(): BrowserSession {
  let server: ServedLibrary | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const [served, launched] = await Promise.allSettled([serveLibrary(), launchChromium()]);
    // Keep whichever started, so that afterAll stops it even when the other failed.
    if (served.status === 'fulfilled') server = served.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const outcome of [served, launched]) if (outcome.status === 'rejected') throw outcome.reason;
  }, e2eTimeout);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  }, e2eTimeout);
  afterAll(async () => {
    await browser?.close();
    // A clean stop: the library is closed and the process ends with 0.
    if (server) expect(await server.stop()).toBe(0);
  }, e2eTimeout);

  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    async openApp({ bypassCSP = false } = {}) {
      if (!browser || !server) throw new Error('the browser and the server start in beforeAll');
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', bypassCSP });
      contexts.push(context);
      context.setDefaultTimeout(e2eTimeout / 2);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('#search-input').waitFor();
      return page;
    },
  };
}

async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`COMPENDIUM_REQUIRE_BROWSER=1 but there is no Chromium at ${chromiumPath} (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Waits until the value read satisfies the assertion that follows, as Playwright's own `expect` would. */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: e2eTimeout / 2, interval: 100 });
}
