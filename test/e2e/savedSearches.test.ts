import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const sidebar = (page: Page) => page.getByRole('navigation');
const entry = (page: Page, name: string) => sidebar(page).locator('.saved-search-entry', { hasText: name });
const entryNames = (page: Page) => sidebar(page).locator('.saved-search-entry .nav-label').allTextContents();
const focusedText = (page: Page) => page.evaluate<string>('document.activeElement?.textContent ?? ""');

// Saved searches in the sidebar on a new starter library: save the current query, run, rename and delete it.
describe.skipIf(isBrowserSkipped)('saved searches', { timeout: e2eTimeout }, () => {
  const session = useBrowser();

  async function searchFor(page: Page, query: string): Promise<void> {
    await page.locator('#search-input').fill(query);
    await eventually(() => page.evaluate<string>('location.hash')).toContain(`q=${encodeURIComponent(query)}`);
  }

  it('saves the current query under a name, shows its count, and runs it', async () => {
    const page = await session.openApp();
    const saveButton = sidebar(page).getByRole('button', { name: 'Save the current search' });
    expect(await saveButton.isDisabled()).toBe(true);
    await searchFor(page, 'kind:practice');
    await saveButton.click();
    const dialog = page.getByRole('dialog', { name: 'Save the search' });
    expect(await dialog.getByLabel('Name').inputValue()).toBe('kind:practice');
    await dialog.getByLabel('Name').fill('All practices');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => entryNames(page)).toEqual(['All practices']);
    const practices = await session.call('search.query', { text: 'kind:practice', language: 'en' });
    await eventually(() => entry(page, 'All practices').locator('.nav-count').textContent()).toBe(String(practices.total));
    expect(await session.call('savedSearches.list', {})).toMatchObject([{ name: 'All practices', query: 'kind:practice' }]);

    await sidebar(page)
      .getByRole('button', { name: /^All items/ })
      .click();
    await eventually(() => page.locator('#search-input').inputValue()).toBe('');
    await entry(page, 'All practices').locator('.nav-entry').click();
    await eventually(() => page.locator('#search-input').inputValue()).toBe('kind:practice');
    expect(await entry(page, 'All practices').locator('.nav-entry').getAttribute('aria-current')).toBe('page');
  });

  it('says a name is taken next to the field, and keeps the dialog open', async () => {
    await session.call('savedSearches.create', { name: 'Policies in force', query: 'kind:policy' });
    const page = await session.openApp();
    await searchFor(page, 'kind:toolkit');
    await sidebar(page).getByRole('button', { name: 'Save the current search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save the search' });
    const name = dialog.getByLabel('Name');
    await name.fill('policies IN FORCE');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('A saved search called “policies IN FORCE” already exists.');
    expect(await dialog.isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await eventually(() => dialog.isVisible()).toBe(false);
    expect((await session.call('savedSearches.list', {})).map((saved) => saved.name)).not.toContain('policies IN FORCE');
  });

  it('renames with the menu button and deletes with the context menu key, by keyboard alone', async () => {
    await session.call('savedSearches.create', { name: 'Youth budgets', query: 'youth budget' });
    const page = await session.openApp();
    await eventually(() => entryNames(page)).toContain('Youth budgets');

    const menuButton = sidebar(page).getByRole('button', { name: 'Actions for “Youth budgets”' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await eventually(() => focusedText(page)).toBe('Rename…');
    await page.keyboard.press('Enter');
    const renameDialog = page.getByRole('dialog', { name: 'Rename the saved search' });
    await eventually(() => renameDialog.isVisible()).toBe(true);
    await page.keyboard.type('Budgets for youth');
    await page.keyboard.press('Enter');
    await eventually(() => entryNames(page)).toContain('Budgets for youth');
    expect(await entryNames(page)).not.toContain('Youth budgets');

    await entry(page, 'Budgets for youth').locator('.nav-entry').focus();
    await page.keyboard.press('Shift+F10');
    await eventually(() => focusedText(page)).toBe('Rename…');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('Delete…');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Delete the saved search “\u2068Budgets for youth\u2069”?' });
    await eventually(() => confirm.isVisible()).toBe(true);
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await eventually(() => entryNames(page)).not.toContain('Budgets for youth');
    expect((await session.call('savedSearches.list', {})).map((saved) => saved.name)).not.toContain('Budgets for youth');
    expect(await focusedText(page)).toBe('Saved searches');
  });
});
