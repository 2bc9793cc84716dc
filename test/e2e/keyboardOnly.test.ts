import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

// The main flows with the keyboard alone: no click, only keys. The editor's own keyboard-only creation is in
// editor.test.ts, reordering a collection from the keyboard in collections.test.ts.

/** The name of the focused element: its aria-label, the text of its <label>, or its own text. */
const focusedName = (page: Page) =>
  page.evaluate<string>(
    `(() => {
      const e = document.activeElement;
      return (e?.getAttribute('aria-label') ?? e?.labels?.[0]?.textContent ?? e?.textContent ?? '').trim();
    })()`,
  );

/** Presses Tab until the focused element's name is `name`; fails after 60 presses. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${String(name)}” (last: “${await focusedName(page)}”)`);
}

/** Runs a command of the palette by typing its name. */
async function runCommand(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type(words);
  // The palette lists collections and searches once they have loaded: Enter takes the first option shown.
  await page
    .getByRole('option', { name: new RegExp(words) })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

describe.skipIf(isBrowserSkipped)('the keyboard alone', { timeout: e2eTimeout * 2 }, () => {
  const session = useBrowser();

  it('takes a trainer from the start screen to a downloaded pack of a collection', async () => {
    const page = await session.openApp();
    await runCommand(page, 'Workshop');
    await page.getByRole('heading', { name: /^Workshop/ }).waitFor();
    await tabTo(page, 'Export…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export a pack' });
    await dialog.waitFor();
    await tabTo(page, /^Title/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Workshop pack by keyboard');
    const downloaded = page.waitForEvent('download');
    await tabTo(page, 'Export and download');
    await page.keyboard.press('Enter');
    expect((await downloaded).suggestedFilename()).toBe('Workshop pack by keyboard.zip');
    const done = page.getByRole('dialog', { name: 'Pack exported' });
    await eventually(() => done.textContent()).toContain('6 items');
    await page.keyboard.press('Escape');
    await eventually(() => done.isVisible()).toBe(false);
  });

  it('adds a theme in the vocabularies, then finds it in the list', async () => {
    const page = await session.openApp();
    await runCommand(page, 'Vocabularies');
    await page.getByRole('tab', { name: 'Themes' }).waitFor();
    await tabTo(page, /^Add a theme/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^English/);
    await page.keyboard.type('Night markets');
    await tabTo(page, /^French/);
    await page.keyboard.type('Marchés de nuit');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('Night markets'));
    const themes = await session.call('vocabularies.list', { vocabulary: 'themes' });
    expect(themes.find((term) => term.labels.en === 'Night markets')?.labels.fr).toBe('Marchés de nuit');
  });

  it('saves the current search under a name, and runs it again from the sidebar', async () => {
    const page = await session.openApp();
    await page.keyboard.press('/');
    await page.keyboard.type('budget');
    await eventually(() => page.locator('.results-count').textContent()).toBe('3 items');
    await tabTo(page, /^Save the current search/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Budgets');
    await page.keyboard.press('Enter');
    await eventually(async () => (await session.call('savedSearches.list', {})).map((saved) => saved.name)).toEqual(['Budgets']);
    await runCommand(page, 'All items');
    await eventually(() => page.locator('.results-count').textContent()).toBe('6 items');
    await tabTo(page, /^Budgets/);
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('#search-input').inputValue()).toBe('budget');
  });
});
