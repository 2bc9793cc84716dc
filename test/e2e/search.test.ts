import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const options = (page: Page) => page.getByRole('listbox').getByRole('option');
const itemHeading = (page: Page) => page.locator('h2.item-title');
const resultCount = (page: Page) => page.locator('.results-count');

// The real interface in Chromium, served by `compendium serve` on a new library holding the starter pack.
describe.skipIf(isBrowserSkipped)('searching in the browser', { timeout: e2eTimeout }, () => {
  const session = useBrowser();

  it('shows the results of the words typed, with the matched word marked', async () => {
    const page = await session.openApp();
    await page.locator('#search-input').pressSequentially('budget');
    await eventually(() => resultCount(page).textContent()).toBe('3 items');
    await eventually(() => options(page).count()).toBe(3);
    for (const option of await options(page).all()) {
      await eventually(() => option.locator('mark').allTextContents()).toContainEqual(expect.stringMatching(/^budget$/i));
    }
  });

  it('opens the result clicked, with its title as the item heading', async () => {
    const page = await session.openApp();
    await page.locator('#search-input').fill('budget');
    const second = options(page).nth(1);
    await eventually(() => second.locator('.result-title').textContent()).toBeTruthy();
    const title = await second.locator('.result-title').textContent();
    await second.click();
    await eventually(() => itemHeading(page).textContent()).toBe(title);
    await eventually(() => second.getAttribute('aria-selected')).toBe('true');
  });

  it('filters by a facet value clicked, and shows the filter in the search box', async () => {
    const page = await session.openApp();
    await eventually(() => resultCount(page).textContent()).toBe('6 items');
    const toolkit = page.locator('.facet-panel').getByRole('group', { name: 'Kind' }).locator('.facet-value', { hasText: 'Toolkit' });
    await toolkit.click();
    await eventually(() => toolkit.getAttribute('aria-pressed')).toBe('true');
    await eventually(() => page.locator('#search-input').inputValue()).toContain('kind:toolkit');
    await eventually(() => resultCount(page).textContent()).toBe('2 items');
    await eventually(() => options(page).locator('.kind-badge').allTextContents()).toEqual(['Toolkit', 'Toolkit']);
  });

  it('removes a facet filter when its value is clicked again', async () => {
    const page = await session.openApp();
    const toolkit = page.locator('.facet-panel').getByRole('group', { name: 'Kind' }).locator('.facet-value', { hasText: 'Toolkit' });
    await toolkit.click();
    await eventually(() => resultCount(page).textContent()).toBe('2 items');
    await toolkit.click();
    await eventually(() => toolkit.getAttribute('aria-pressed')).toBe('false');
    await eventually(() => page.locator('#search-input').inputValue()).not.toContain('kind:toolkit');
    await eventually(() => resultCount(page).textContent()).toBe('6 items');
    await eventually(() => options(page).locator('.kind-badge').allTextContents()).toEqual(
      expect.arrayContaining(['Practice', 'Policy', 'Toolkit']),
    );
  });

  it('focuses the search box when / is pressed', async () => {
    const page = await session.openApp();
    await page.locator('body').press('/');
    await eventually(() => page.locator('#search-input:focus').count()).toBe(1);
    expect(await page.locator('#search-input').inputValue()).toBe('');
  });

  it('opens the next result when ArrowDown is pressed in the list', async () => {
    const page = await session.openApp();
    await eventually(() => options(page).locator('.result-title').count()).toBe(6);
    const titles = await options(page).locator('.result-title').allTextContents();
    await page.getByRole('listbox').focus();
    await page.keyboard.press('ArrowDown');
    await eventually(() => itemHeading(page).textContent()).toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    await eventually(() => itemHeading(page).textContent()).toBe(titles[1]);
  });
});
