import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const details = (page: Page) => page.getByRole('complementary', { name: 'Term details' });
const status = (page: Page) => page.locator('.vocabulary-status');
const termButtons = (page: Page) => page.locator('.term-table .term-select');
const termButton = (page: Page, label: string) => page.locator('.term-table .term-select', { hasText: label });
const filterBox = (page: Page) => page.getByPlaceholder('Filter by label, in any language…');

// The vocabularies manager on a new starter library: add, rename, merge and retire themes; official lists read-only.
describe.skipIf(isBrowserSkipped)('the vocabularies manager', { timeout: e2eTimeout }, () => {
  const session = useBrowser();

  async function openManager(): Promise<Page> {
    const page = await session.openApp();
    await page.getByRole('navigation').getByRole('button', { name: 'Vocabularies' }).click();
    await page.getByRole('heading', { name: 'Vocabularies' }).waitFor();
    return page;
  }

  async function addTheme(en: string): Promise<string> {
    return (await session.call('vocabularies.add', { vocabulary: 'themes', labels: { en } })).id;
  }

  it('adds a theme with four labels, then renames it; a label already taken is said next to its field', async () => {
    const page = await openManager();
    await page.getByRole('button', { name: 'Add a theme' }).click();
    const form = details(page);
    await form.getByLabel('French').fill('Éclairage public');
    await form.getByLabel('English').fill('Street lighting');
    await form.getByLabel('Spanish').fill('Alumbrado público');
    await form.getByLabel('Arabic').fill('الإنارة العمومية');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await eventually(() => status(page).textContent()).toBe('“\u2068Street lighting\u2069” added.');
    await eventually(() => details(page).locator('dd').allTextContents()).toEqual([
      'Éclairage public',
      'Street lighting',
      'Alumbrado público',
      'الإنارة العمومية',
      '0',
    ]);
    const added = (await session.call('vocabularies.list', { vocabulary: 'themes' })).find((term) => term.labels.en === 'Street lighting');
    expect(added?.labels).toEqual({ fr: 'Éclairage public', en: 'Street lighting', es: 'Alumbrado público', ar: 'الإنارة العمومية' });

    await details(page).getByRole('button', { name: 'Rename' }).click();
    await details(page).getByLabel('English').fill('Youth');
    await details(page).getByRole('button', { name: 'Save the labels' }).click();
    const englishField = details(page).getByLabel('English');
    await eventually(() => englishField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await englishField.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('The label “Youth” is already used by \u2068Youth\u2069.');

    await englishField.fill('Public lighting');
    await details(page).getByRole('button', { name: 'Save the labels' }).click();
    await eventually(() => status(page).textContent()).toBe('Labels of “\u2068Public lighting\u2069” saved.');
    await eventually(() => termButton(page, 'Public lighting').count()).toBe(1);
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Public lighting');
  });

  it('merges a theme into another: the confirmation counts the items, which then carry the other theme', async () => {
    const from = await addTheme('Gender mainstreaming');
    const into = await addTheme('Gender budgeting');
    const moved = await session.call('items.createMany', {
      items: [
        { kind: 'practice', language: 'en', title: 'Budget lines for women', themes: [from] },
        { kind: 'policy', language: 'en', title: 'Parity charter', themes: [from, 'theme:youth'] },
      ],
    });
    const page = await openManager();
    await filterBox(page).fill('gender');
    await termButton(page, 'Gender mainstreaming').click();
    await details(page).getByRole('button', { name: 'Merge into…' }).click();
    const combobox = details(page).getByRole('combobox', { name: 'Term to merge into' });
    await combobox.fill('budgeting');
    await details(page)
      .getByRole('option', { name: /Gender budgeting/ })
      .click();
    await details(page).getByRole('button', { name: 'Merge…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Merge “\u2068Gender mainstreaming\u2069” into “\u2068Gender budgeting\u2069”?' });
    await eventually(() => dialog.textContent()).toContain(
      '2 items will move from “\u2068Gender mainstreaming\u2069” to “\u2068Gender budgeting\u2069”',
    );
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await eventually(() => status(page).textContent()).toBe('2 items moved to “\u2068Gender budgeting\u2069”.');

    for (const id of moved) expect((await session.call('items.get', { id })).themes).toContain(into);
    for (const id of moved) expect((await session.call('items.get', { id })).themes).not.toContain(from);
    expect(await termButtons(page).allTextContents()).toEqual(['Gender budgeting', 'Gender equality']);
    const found = await session.call('search.query', { text: `theme:${into.replace(/^theme:/, '')}`, language: 'en' });
    expect(found.total).toBe(2);
  });

  it('retires a theme and brings it back', async () => {
    await addTheme('Telecentres');
    const page = await openManager();
    await filterBox(page).fill('telecentres');
    await termButton(page, 'Telecentres').click();
    await details(page).getByRole('button', { name: 'Retire' }).click();
    await eventually(() => status(page).textContent()).toBe(
      '“\u2068Telecentres\u2069” retired: items keep it, pickers no longer offer it.',
    );
    await eventually(() => termButtons(page).count()).toBe(0);

    await page.getByLabel('Show retired terms').check();
    await eventually(() => termButton(page, 'Telecentres').textContent()).toBe('TelecentresRetired');
    await termButton(page, 'Telecentres').click();
    await details(page).getByRole('button', { name: 'Bring back' }).click();
    await eventually(() => status(page).textContent()).toBe('“\u2068Telecentres\u2069” is back in use.');
    const themes = await session.call('vocabularies.list', { vocabulary: 'themes' });
    expect(themes.find((term) => term.labels.en === 'Telecentres')?.isRetired).toBe(false);
  });

  it('shows an official list read-only, reached with the arrow keys, and filters it ignoring accents', async () => {
    const page = await openManager();
    await page.getByRole('tab', { name: 'Themes' }).focus();
    for (let presses = 0; presses < 3; presses += 1) await page.keyboard.press('ArrowRight');
    await eventually(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Countries');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Countries');
    await eventually(() => page.locator('.vocabulary-note').textContent()).toContain('Countries is an official list');
    expect(await page.getByRole('button', { name: /Add/ }).count()).toBe(0);
    expect(await page.getByLabel('Show retired terms').count()).toBe(0);

    await filterBox(page).fill('CÔTE D');
    await eventually(() => termButtons(page).allTextContents()).toEqual(["Cote d'Ivoire"]);
    await filterBox(page).fill('تونس');
    await eventually(() => termButtons(page).allTextContents()).toEqual(['Tunisia']);
    await termButtons(page).first().click();
    await eventually(() => details(page).getByRole('heading').textContent()).toBe('Tunisia');
    expect(await details(page).getByRole('button').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has no serious accessibility violations with a term open and while merging', async () => {
    const page = await openManager();
    await termButtons(page).first().click();
    await details(page).getByRole('heading').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await details(page).getByRole('button', { name: 'Merge into…' }).click();
    await details(page).getByRole('combobox').fill('a');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
