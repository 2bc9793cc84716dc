import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Input, OpName, Outputs } from '../../electron/api/operations';
import { chromiumPath } from './chromiumPath';
import { apiOf, serveLibrary, type ServedLibrary } from './serveLibrary';

/** Starting Chromium and the server, and each step in a page, are slow on a busy shared machine. */
export const e2eTimeout = 60_000;

/**
 * One server on a new starter library and one Chromium for the whole file; each test opens its own browser
 * context, closed after it, so that no language choice or history leaks from one test to the next. A test also
 * fails when the page logged an error (an exception, a refused request, a CSP violation) along the way.
 */
export function useBrowser(): {
  openApp(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** Calls an operation on the served library directly, to set up what a test needs. */
  call<K extends OpName>(name: K, input: Input<K>): Promise<Outputs[K]>;
} {
  let server: ServedLibrary | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    const [served, launched] = await Promise.allSettled([serveLibrary(), launchChromium()]);
    // Keep whichever started, so that afterAll stops it even when the other failed.
    if (served.status === 'fulfilled') server = served.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const outcome of [served, launched]) if (outcome.status === 'rejected') throw outcome.reason;
  }, e2eTimeout);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const errors = pageErrors;
    pageErrors = [];
    expect(errors, 'errors in the page').toEqual([]);
  }, e2eTimeout);
  afterAll(async () => {
    await browser?.close();
    // A clean stop: the library is closed, nothing went to stderr, and the process ends with 0.
    if (server) expect(await server.stop()).toEqual({ code: 0, signal: null, stderr: '' });
  }, e2eTimeout);

  return {
    async openApp({ colorScheme = 'light' } = {}) {
      if (!browser || !server) throw new Error('the browser and the server start in beforeAll');
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', colorScheme });
      contexts.push(context);
      context.setDefaultTimeout(e2eTimeout / 2);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.goto(server.url);
      await page.locator('#search-input').waitFor();
      return page;
    },
    async call(name, input) {
      if (!server) throw new Error('the server starts in beforeAll');
      return apiOf(server)(name, input);
    },
  };
}

/** Debian's Chromium with the flags every browser test uses; a missing browser is a clear failure. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`COMPENDIUM_REQUIRE_BROWSER=1 but there is no Chromium at ${chromiumPath} (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Waits until the value read satisfies the assertion that follows, as Playwright's own `expect` would. */
export function eventually<T>(read: () => T | Promise<T>, message?: string): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: e2eTimeout / 2, interval: 100, message });
}
