import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const paletteBox = (page: Page) => palette(page).locator('[cmdk-input]');
const selectedEntry = (page: Page) => palette(page).locator('[cmdk-item][aria-selected="true"]');

/** Opens the palette with its shortcut. */
async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await eventually(() => palette(page).isVisible(), 'the palette is open').toBe(true);
}

/** Types as a user would, into whatever has the focus, and checks that the words reached the palette's box. */
async function typeInPalette(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await eventually(() => paletteBox(page).inputValue(), 'the words typed are in the palette box').toBe(text);
}

// The command palette, driven from the keyboard alone.
describe.skipIf(isBrowserSkipped)('the command palette', { timeout: e2eTimeout }, () => {
  const session = useBrowser();

  it('opens on Control+K with the keyboard in its box', async () => {
    const page = await session.openApp();
    await openPalette(page);
    await eventually(() => palette(page).locator('[cmdk-input]:focus').count(), 'the palette box has the keyboard focus').toBe(1);
  });

  it('goes to the collection whose name is typed when Enter is pressed', async () => {
    const page = await session.openApp();
    await openPalette(page);
    await typeInPalette(page, 'inclusive');
    await eventually(() => selectedEntry(page).textContent()).toBe('Collection: Workshop: inclusive local governance');
    await page.keyboard.press('Enter');
    await eventually(() => palette(page).isVisible()).toBe(false);
    const list = page.getByRole('main');
    await eventually(() => list.locator('h2.pane-title').textContent()).toBe('Workshop: inclusive local governance');
    await eventually(() => list.locator('.collection-item').count()).toBeGreaterThan(0);
  });

  it('opens an item found by the words typed, chosen with the arrows and Enter', async () => {
    const page = await session.openApp();
    await openPalette(page);
    await typeInPalette(page, 'budget');
    const found = palette(page).locator('[cmdk-group]', { hasText: 'items found' }).locator('[cmdk-item]');
    await eventually(() => found.count()).toBe(3);
    await eventually(() => selectedEntry(page).count()).toBe(1);
    const before = await selectedEntry(page).textContent();
    await page.keyboard.press('ArrowDown');
    await eventually(() => selectedEntry(page).textContent()).not.toBe(before);
    const title = await selectedEntry(page).locator('span[dir="auto"]').textContent();
    await page.keyboard.press('Enter');
    await eventually(() => palette(page).isVisible()).toBe(false);
    await eventually(() => page.locator('h2.item-title').textContent()).toBe(title);
  });

  it('closes on Escape', async () => {
    const page = await session.openApp();
    await openPalette(page);
    await page.keyboard.press('Escape');
    await eventually(() => palette(page).isVisible()).toBe(false);
  });
});
