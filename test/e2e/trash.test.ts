import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const trashEntry = (page: Page) => page.getByRole('navigation').locator('.nav-entry', { hasText: 'Trash' });
const rowTitles = (page: Page) => page.locator('#main-list .trash-entry .entry-title');
const emptyButton = (page: Page) => page.getByRole('button', { name: 'Empty the trash' });
const confirmDialog = (page: Page) => page.getByRole('dialog', { name: 'Empty the trash?' });
const status = (page: Page) => page.locator('#main-list [role="status"]');
// A string, as the tests compile without the DOM's types.
const focusedText = (page: Page) => page.evaluate<string>('document.activeElement?.textContent ?? ""');

// The trash screen on a new starter library (whose trash starts empty): restore, and empty with a confirmation.
// A failed call is not driven from here: the page's refused request (409) counts as an error in the page.
describe.skipIf(isBrowserSkipped)('the trash', { timeout: e2eTimeout }, () => {
  const session = useBrowser();

  /** Creates items with these titles and moves them to the trash, the last one deleted last. */
  async function trash(...titles: string[]): Promise<string[]> {
    const ids = await session.call('items.createMany', {
      items: titles.map((title) => ({ kind: 'practice', language: 'en', title })),
    });
    for (const id of ids) await session.call('items.delete', { id });
    return ids;
  }

  async function openTrash(): Promise<Page> {
    const page = await session.openApp();
    await trashEntry(page).click();
    await page.getByRole('heading', { name: 'Trash' }).waitFor();
    return page;
  }

  it('restores an item, then empties the trash after saying how many items go', async () => {
    await trash('Quillwort circle', 'Quillwort ledger');
    const page = await openTrash();
    await eventually(() => rowTitles(page).allTextContents()).toEqual(['Quillwort ledger', 'Quillwort circle']);
    await eventually(() => trashEntry(page).locator('.nav-count').textContent()).toBe('2');

    await page.getByRole('button', { name: 'Restore “Quillwort circle”' }).click();
    await eventually(() => rowTitles(page).allTextContents()).toEqual(['Quillwort ledger']);
    await eventually(() => status(page).textContent()).toBe('“\u2068Quillwort circle\u2069” is back in the library.');
    await eventually(() => trashEntry(page).locator('.nav-count').textContent()).toBe('1');
    const found = await session.call('search.query', { text: 'quillwort', language: 'en' });
    expect(found.results.map((result) => result.title)).toEqual(['Quillwort circle']);

    await emptyButton(page).click();
    await eventually(() => confirmDialog(page).textContent()).toContain('1 item will be deleted for good.');
    await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await eventually(() => confirmDialog(page).isVisible()).toBe(false);
    expect((await session.call('trash.list', {})).map((item) => item.title)).toEqual(['Quillwort ledger']);
    expect(await rowTitles(page).allTextContents()).toEqual(['Quillwort ledger']);

    await emptyButton(page).click();
    await confirmDialog(page).getByRole('button', { name: 'Delete for good' }).click();
    await eventually(() => status(page).textContent()).toBe('1 item deleted for good.');
    await eventually(() => page.getByText('The trash is empty').isVisible()).toBe(true);
    await eventually(() => trashEntry(page).locator('.nav-count').textContent()).toBe('0');
    expect(await session.call('trash.list', {})).toEqual([]);

    await page.locator('#search-input').fill('quillwort');
    await eventually(() => page.locator('.results-count').textContent()).toBe('1 item');
  });

  it('empties the trash with the keyboard alone; Escape cancels and gives the focus back', async () => {
    await trash('Sedgewick almanac');
    const page = await session.openApp();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('Trash');
    await page.keyboard.press('Enter');
    await eventually(() => rowTitles(page).allTextContents()).toEqual(['Sedgewick almanac']);
    for (let presses = 0; presses < 30 && (await focusedText(page)) !== 'Empty the trash'; presses += 1) await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Empty the trash');

    await page.keyboard.press('Enter');
    await eventually(() => confirmDialog(page).isVisible()).toBe(true);
    expect(await focusedText(page)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await eventually(() => confirmDialog(page).isVisible()).toBe(false);
    expect(await focusedText(page)).toBe('Empty the trash');
    expect(await session.call('trash.list', {})).toHaveLength(1);

    await page.keyboard.press('Enter');
    await eventually(() => focusedText(page)).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Delete for good');
    await page.keyboard.press('Enter');
    await eventually(() => status(page).textContent()).toBe('1 item deleted for good.');
    expect(await session.call('trash.list', {})).toEqual([]);
  });

  it.each(['en', 'ar'])('finds no serious problem on the trash screen with the dialog open (%s)', async (language) => {
    await trash('Saltmarsh register');
    const page = await openTrash();
    if (language === 'ar') {
      await page.getByRole('navigation').getByLabel('Interface language').selectOption('ar');
      await eventually(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    }
    await page.locator('.button-danger-quiet').click();
    await page.locator('dialog.confirm-dialog[open]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await session.call('trash.empty', {});
  });
});
