import { userInfo } from 'node:os';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const itemHeading = (page: Page) => page.locator('h2.item-title');
const revisionNumbers = (page: Page) => page.locator('.revision-entry .revision-number').allTextContents();
// Field names are joined with Unicode isolates around each, so that they keep their direction in any language.
const changedFields = async (page: Page) =>
  (await page.locator('.revision-entry .revision-changes').allTextContents()).map((text) => text.replace(/[\u2068\u2069]/g, ''));
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: 'Restore revision 1?' });
// A string, not a function: the tests compile without the DOM's types.
const focusedText = (page: Page) => page.evaluate<string>("document.activeElement?.textContent ?? ''");

async function tabTo(page: Page, text: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 60 && (await focusedText(page)) !== text; presses += 1) await page.keyboard.press(key);
  expect(await focusedText(page)).toBe(text);
}

// An item saved three times through the contract, then read, compared and restored in the interface.
describe.skipIf(isBrowserSkipped)('an item’s history', { timeout: e2eTimeout }, () => {
  const session = useBrowser();
  let id = '';
  beforeAll(async () => {
    id = await session.call('items.create', {
      kind: 'practice',
      language: 'en',
      title: 'Quarry gardens',
      body: 'Neighbours plant gardens in the old quarry every spring.',
    });
    await session.call('items.update', {
      id,
      changes: { title: 'Quarry gardens for all', body: 'Neighbours plant shared gardens in the old quarry every spring.' },
    });
    await session.call('items.update', {
      id,
      changes: {
        title: 'Quarry community gardens',
        summary: 'A town’s shared gardens.',
        body: 'Neighbours and schools plant shared gardens in the old quarry.',
      },
    });
  }, e2eTimeout);

  /** Opens the item through the command palette and its history with the History button, by keyboard. */
  async function openHistory(page: Page): Promise<void> {
    await page.keyboard.press('Control+K');
    await page.keyboard.type('Quarry');
    await page
      .getByRole('dialog')
      .getByRole('option', { name: /Quarry community gardens/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await eventually(() => itemHeading(page).textContent()).toBe('Quarry community gardens');
    await tabTo(page, 'History');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'History' }).waitFor();
  }

  it('lists the revisions, compares the first one word by word, and restores it, by keyboard alone', async () => {
    const page = await session.openApp();
    await openHistory(page);
    await eventually(() => revisionNumbers(page)).toEqual(['Revision 3 current', 'Revision 2', 'Revision 1']);
    expect(await changedFields(page)).toEqual(['Changed: Body, Summary, Title', 'Changed: Body, Title', 'Created']);
    expect(await page.locator('.revision-entry .revision-meta bdi').allTextContents()).toEqual(Array(3).fill(userInfo().username));

    // The entry's text runs on with its date and changes; Enter chooses it and moves to what it held.
    await tabTo(page, await page.locator('.revision-entry').last().textContent().then(String));
    await page.keyboard.press('Enter');
    await eventually(() => focusedText(page)).toMatch(/^Revision 1 · /);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('history')).toBe('1');
    await eventually(() => page.locator('.revision-title').textContent()).toBe('Quarry gardens');
    expect(await page.locator('.body-diff del').allTextContents()).toEqual([' every spring']);
    expect(await page.locator('.body-diff ins').allTextContents()).toEqual(['and schools ', 'shared ']);

    await tabTo(page, 'Restore this revision');
    await page.keyboard.press('Enter');
    await eventually(() => restoreDialog(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await eventually(() => restoreDialog(page).isVisible()).toBe(false);
    expect(await focusedText(page)).toBe('Restore this revision');

    await page.keyboard.press('Enter');
    await eventually(() => focusedText(page)).toBe('Restore');
    await page.keyboard.press('Enter');
    await eventually(() => itemHeading(page).textContent()).toBe('Quarry gardens');
    await eventually(() => focusedText(page)).toBe('Quarry gardens');
    expect(await page.locator('.item-view .prose').textContent()).toBe('Neighbours plant gardens in the old quarry every spring.');

    await tabTo(page, 'History', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await eventually(() => revisionNumbers(page)).toEqual(['Revision 4 current', 'Revision 3', 'Revision 2', 'Revision 1']);
    expect((await changedFields(page))[0]).toBe('Changed: Body, Summary, Title');
  });

  it('goes back from a revision to the list, and from the history to the item', async () => {
    const page = await session.openApp();
    await page.goto(`${new URL(page.url()).origin}/#item=${id}`);
    await page.getByRole('button', { name: 'History' }).click();
    await page.locator('.revision-entry', { hasText: 'Revision 2' }).click();
    await eventually(() => page.locator('.revision-entry[aria-current="true"] .revision-number').textContent()).toBe('Revision 2');
    expect(new URL(page.url()).hash).toBe(`#item=${id}&history=2`);
    await page.getByRole('button', { name: 'Back' }).click();
    await eventually(() => page.locator('.revision-view').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'History' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Back' }).click();
    await eventually(() => itemHeading(page).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'History' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('finds no serious accessibility problem in the history, a revision compared, or the restore dialog', async () => {
    const page = await session.openApp();
    await page.goto(`${new URL(page.url()).origin}/#item=${id}&history=2`);
    await page.locator('.body-diff').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Restore this revision' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
