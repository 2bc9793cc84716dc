import type { Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const itemHeading = (page: Page) => page.locator('h2.item-title');
const resultCount = (page: Page) => page.locator('.results-count');
const activeTitle = (page: Page) => page.locator('[role="option"][aria-selected="true"] .result-title');

// Enough items for three pages of results (a page is 50), all found by one word no starter item has.
const pagedItems = Array.from({ length: 130 }, (_, index) => ({
  kind: 'practice',
  language: 'en',
  title: `Zephyrine practice ${String(index + 1).padStart(3, '0')}`,
  summary: 'A generated practice for the paging test.',
}));

describe.skipIf(isBrowserSkipped)('moving around with the keyboard and Back', { timeout: e2eTimeout }, () => {
  const session = useBrowser();
  beforeAll(async () => {
    await session.call('items.createMany', { items: pagedItems });
  }, e2eTimeout);

  it('opens the last of 130 results with End, loading its page, and the first with Home', async () => {
    const page = await session.openApp();
    await page.locator('#search-input').fill('zephyrine');
    await eventually(() => resultCount(page).textContent()).toBe('130 items');
    const last = await session.call('search.query', { text: 'zephyrine', limit: 1, offset: 129, language: 'en' });
    const first = await session.call('search.query', { text: 'zephyrine', limit: 1, offset: 0, language: 'en' });
    await page.getByRole('listbox').focus();
    await page.keyboard.press('End');
    await eventually(() => itemHeading(page).textContent()).toBe(last.results[0]?.title);
    await eventually(() => activeTitle(page).textContent()).toBe(last.results[0]?.title);
    await page.keyboard.press('Home');
    await eventually(() => itemHeading(page).textContent()).toBe(first.results[0]?.title);
  });

  it('goes back from an item to the list, and stays in the app when there is nowhere further back', async () => {
    const page = await session.openApp();
    await page.locator('#search-input').fill('budget');
    await page.getByRole('listbox').getByRole('option').first().click();
    await eventually(() => itemHeading(page).count()).toBe(1);
    const back = page.getByRole('button', { name: 'Back' });
    await back.click();
    await eventually(() => itemHeading(page).count()).toBe(0);
    await eventually(() => page.locator('#search-input').inputValue()).toBe('budget');
    await page.goto(`${new URL(page.url()).origin}/#q=budget&item=${await firstResultId(session)}`);
    await eventually(() => itemHeading(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Back' }).click();
    await eventually(() => itemHeading(page).count()).toBe(0);
    await eventually(() => new URL(page.url()).pathname).toBe('/');
    await eventually(() => page.locator('#search-input').isVisible()).toBe(true);
  });

  it('leaves the letters j and k, and Alt+←, to the search box while typing in it', async () => {
    const page = await session.openApp();
    const box = page.locator('#search-input');
    await box.fill('budget');
    await page.getByRole('listbox').getByRole('option').first().click();
    const opened = await itemHeading(page).textContent();
    await box.focus();
    await page.keyboard.type(' jk');
    await page.keyboard.press('Alt+ArrowLeft');
    await eventually(() => box.inputValue()).toBe('budget jk');
    await eventually(() => itemHeading(page).textContent()).toBe(opened);
  });

  it('moves through a collection in the trainer’s order with j and k', async () => {
    const page = await session.openApp();
    await page.locator('.nav-entry', { hasText: 'Workshop' }).click();
    const entries = page.locator('.collection-item .entry-title');
    await eventually(() => entries.count()).toBe(6);
    const titles = await entries.allTextContents();
    await page.keyboard.press('j');
    await eventually(() => itemHeading(page).textContent()).toBe(titles[0]);
    await page.keyboard.press('j');
    await eventually(() => itemHeading(page).textContent()).toBe(titles[1]);
    await page.keyboard.press('k');
    await eventually(() => itemHeading(page).textContent()).toBe(titles[0]);
  });
});

async function firstResultId(session: ReturnType<typeof useBrowser>): Promise<string> {
  const found = await session.call('search.query', { text: 'budget', limit: 1, language: 'en' });
  return found.results[0]?.id ?? '';
}
