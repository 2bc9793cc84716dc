import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

/** The Arabic label of "All items", read from the messages the interface ships. */
function arabicAllItems(): string {
  const messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/locales/ar.json'), 'utf8')) as {
    app?: { sidebar?: { allItems?: string } };
  };
  const label = messages.app?.sidebar?.allItems;
  expect(label, 'resources/locales/ar.json has no app.sidebar.allItems').toBeTypeOf('string');
  return label as string;
}

const html = (page: Page) => page.locator('html');
const sidebarLabels = (page: Page) => page.getByRole('navigation').locator('.nav-label').allTextContents();

async function chooseArabic(page: Page): Promise<void> {
  await page.getByRole('navigation').getByLabel('Interface language').selectOption('ar');
}

// The interface in Arabic: right to left, translated, and remembered on this computer.
describe.skipIf(isBrowserSkipped)('the interface language', { timeout: e2eTimeout }, () => {
  const session = useBrowser();

  it('turns the page right to left when Arabic is chosen', async () => {
    const page = await session.openApp();
    expect(await html(page).getAttribute('dir')).toBe('ltr');
    await chooseArabic(page);
    await eventually(() => html(page).getAttribute('dir')).toBe('rtl');
    await eventually(() => html(page).getAttribute('lang')).toBe('ar');
  });

  it('shows the sidebar in Arabic when Arabic is chosen', async () => {
    const page = await session.openApp();
    const allItems = arabicAllItems();
    await chooseArabic(page);
    await eventually(() => sidebarLabels(page)).toContain(allItems);
  });

  it('keeps Arabic after the page is reloaded', async () => {
    const page = await session.openApp();
    await chooseArabic(page);
    await eventually(() => html(page).getAttribute('lang')).toBe('ar');
    await page.reload();
    await page.locator('#search-input').waitFor();
    await eventually(() => html(page).getAttribute('lang')).toBe('ar');
    expect(await html(page).getAttribute('dir')).toBe('rtl');
    expect(await page.getByRole('navigation').locator('select').inputValue()).toBe('ar');
  });
});
