import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

// axe-core on the main states of the interface: no violation of impact serious or critical.
describe.skipIf(isBrowserSkipped)('accessibility', { timeout: e2eTimeout }, () => {
  const session = useBrowser();

  /** The interface once the first results are listed. */
  async function openStart(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await session.openApp({ colorScheme });
    await eventually(() => page.locator('.results-count').textContent()).toBe('6 items');
    return page;
  }

  async function openFirstResultFor(page: Page, words: string): Promise<void> {
    await page.locator('#search-input').fill(words);
    await eventually(() => page.locator('.results-count').textContent()).toBe('3 items');
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.locator('h2.item-title').waitFor();
  }

  it('finds no serious problem on the start screen', async () => {
    const page = await openStart();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious problem in a search with an item open', async () => {
    const page = await openStart();
    await openFirstResultFor(page, 'budget');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious problem in the dark theme, in a search with an item open', async () => {
    const page = await openStart('dark');
    await openFirstResultFor(page, 'budget');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious problem in the Arabic interface', async () => {
    const page = await openStart();
    await page.getByRole('navigation').getByLabel('Interface language').selectOption('ar');
    await eventually(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious problem with the command palette open', async () => {
    const page = await openStart();
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
