import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { screenshot } from './screenshot';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

const editor = (page: Page) => page.locator('.item-editor');
const status = (page: Page) => editor(page).locator('.save-status').textContent();
// A string, as the tests compile without the DOM's types.
const focusedText = (page: Page) => page.evaluate<string>('document.activeElement?.textContent ?? ""');
const placeParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 40 && (await focusedText(page)) !== text; presses += 1) await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe(text);
}

async function startNewItem(page: Page, kind: string): Promise<void> {
  await page.getByRole('button', { name: 'New item' }).click();
  await page.getByRole('list', { name: 'Kind of the new item' }).getByRole('button', { name: kind }).click();
  await eventually(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('editor-title');
}

// The editor on a new starter library, through `compendium serve`: every change goes through the real contract.
describe.skipIf(isBrowserSkipped)('the item editor', { timeout: 2 * e2eTimeout }, () => {
  const session = useBrowser();

  it('creates an item of each kind in Arabic, saves it, and shows it again after a reload', async () => {
    const page = await session.openApp();
    const kinds = [
      { label: 'Good practice', kind: 'practice', field: 'Context', value: 'بلدية صغيرة في الجنوب' },
      { label: 'Policy document', kind: 'policy', field: 'Issuing body', value: 'وزارة الداخلية' },
      { label: 'Toolkit or training material', kind: 'toolkit', field: 'Duration', value: 'يومان' },
    ] as const;
    for (const { label, kind, field, value } of kinds) {
      await startNewItem(page, label);
      expect(placeParams(page).get('new')).toBe(kind);
      await page.keyboard.type(`ميزانية تشاركية ${kind}`);
      await editor(page).getByLabel('Language', { exact: true }).selectOption('ar');
      await editor(page).getByLabel('Summary').fill('يقرر السكان كيف يُنفق جزء من الميزانية.');
      await editor(page).getByLabel(field, { exact: true }).fill(value);
      await eventually(() => status(page)).toMatch(/^Saved · last saved at /);
      const id = placeParams(page).get('item') ?? '';
      expect(placeParams(page).has('edit')).toBe(true);
      expect(placeParams(page).has('new')).toBe(false);
      // The created item keeps the same editor: what was typed, and where, is still there.
      expect(await editor(page).getByLabel('Title').inputValue()).toBe(`ميزانية تشاركية ${kind}`);

      const item = await session.call('items.get', { id });
      expect(item).toMatchObject({
        kind,
        title: `ميزانية تشاركية ${kind}`,
        language: 'ar',
        summary: 'يقرر السكان كيف يُنفق جزء من الميزانية.',
        status: 'draft',
        [kind === 'practice' ? 'context' : kind === 'policy' ? 'issuingBody' : 'duration']: value,
      });
      expect((await session.call('items.history', { id })).length).toBeGreaterThan(0);

      await page.reload();
      await eventually(() => editor(page).getByLabel('Title').inputValue()).toBe(`ميزانية تشاركية ${kind}`);
      expect(await editor(page).getByLabel('Summary').inputValue()).toBe('يقرر السكان كيف يُنفق جزء من الميزانية.');
      expect(await editor(page).getByLabel('Summary').getAttribute('lang')).toBe('ar');
      expect(await editor(page).getByLabel('Language', { exact: true }).inputValue()).toBe('ar');
    }
  });

  it('autosaves a second after the last change, each save a new revision', async () => {
    const id = await session.call('items.create', { kind: 'practice', language: 'en', title: 'Night buses' });
    const page = await session.openApp();
    await page.goto(`${page.url().split('#')[0]}#item=${id}&edit`);
    await editor(page).getByLabel('Summary').fill('Buses run all night on four lines.');
    await eventually(() => status(page)).toMatch(/^Saved/);
    expect((await session.call('items.get', { id })).summary).toBe('Buses run all night on four lines.');
    expect((await session.call('items.history', { id })).length).toBe(2);

    await editor(page).getByLabel('Summary').fill('');
    await eventually(async () => (await session.call('items.get', { id })).summary).toBeUndefined();
    expect((await session.call('items.history', { id }))[0]?.changedFields).toEqual(['summary']);
  });

  it('shows a refused value beside its field in the interface language, and saves nothing of it', async () => {
    const id = await session.call('items.create', { kind: 'policy', language: 'fr', title: 'Loi sur la décentralisation' });
    const page = await session.openApp();
    await page.getByLabel('Interface language').selectOption('fr');
    await page.goto(`${page.url().split('#')[0]}#item=${id}&edit`);
    await editor(page).getByLabel('Source', { exact: true }).fill('pas une adresse');
    await editor(page).getByLabel('Date d’adoption').fill('2021-13');
    await editor(page).getByLabel('Organisme émetteur').fill('Parlement');
    // French puts a narrow no-break space inside its quotation marks.
    await eventually(() => page.locator('#editor-sourceUrl-error').textContent()).toMatch(
      /^«\s?Source\s?» n’est pas au format attendu \(http\(s\):\/\/…\)\.$/u,
    );
    const source = editor(page).getByLabel('Source', { exact: true });
    expect(await source.getAttribute('aria-invalid')).toBe('true');
    expect(await source.getAttribute('aria-describedby')).toBe('editor-sourceUrl-error');
    expect(await page.locator('#editor-dateAdopted-error').textContent()).toContain('YYYY-MM');
    await eventually(() => status(page)).toMatch(/^Non enregistré/);
    // The valid field is saved; the refused ones are not sent.
    const item = await session.call('items.get', { id });
    expect(item).toMatchObject({ issuingBody: 'Parlement' });
    expect(item).not.toHaveProperty('sourceUrl');
    expect(item).not.toHaveProperty('dateAdopted');

    // Leaving asks first, and keeps the values in the form when the user stays.
    await page.getByRole('button', { name: 'Terminé' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quitter sans ces modifications ?' });
    await eventually(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await eventually(() => dialog.isVisible()).toBe(false);
    expect(await source.inputValue()).toBe('pas une adresse');

    await source.fill('https://example.org/loi');
    await editor(page).getByLabel('Date d’adoption').fill('2021-12');
    await eventually(() => status(page)).toMatch(/^Enregistré/);
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await session.call('items.get', { id })).toMatchObject({ sourceUrl: 'https://example.org/loi', dateAdopted: '2021-12' });
  });

  it('saves at once with Ctrl+S, and Escape then leaves for the item view', async () => {
    const id = await session.call('items.create', { kind: 'toolkit', language: 'en', title: 'Gender budgeting' });
    const page = await session.openApp();
    await page.goto(`${page.url().split('#')[0]}#item=${id}&edit`);
    await editor(page).getByLabel('Title').fill('Gender budgeting for councils');
    await page.keyboard.press('Control+S');
    await eventually(() => status(page), 'saved before the autosave delay').toMatch(/^Saved/);
    expect((await session.call('items.get', { id })).title).toBe('Gender budgeting for councils');

    await editor(page).locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Four sessions with the finance committee.');
    await eventually(async () => (await session.call('items.get', { id })).bodyText).toContain('Four sessions with the finance committee.');
    await editor(page).getByLabel('Duration').fill('Half a day');
    await page.keyboard.press('Escape');
    await eventually(() => page.locator('h2.item-title').textContent()).toBe('Gender budgeting for councils');
    expect(placeParams(page).has('edit')).toBe(false);
    expect(await session.call('items.get', { id })).toMatchObject({ duration: 'Half a day' });

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    await eventually(() => page.locator('h2.item-title').isVisible()).toBe(true);
  });

  it('creates an item by keyboard alone', async () => {
    const page = await session.openApp();
    await tabTo(page, 'New item');
    await page.keyboard.press('Enter');
    await eventually(() => focusedText(page)).toBe('Good practice');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('Policy document');
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('editor-title');
    await page.keyboard.type('Open council meetings');
    await eventually(() => status(page)).toMatch(/^Saved/);
    await page.keyboard.press('Escape');
    await eventually(() => page.locator('h2.item-title').textContent()).toBe('Open council meetings');
    const id = placeParams(page).get('item') ?? '';
    expect(await session.call('items.get', { id })).toMatchObject({ kind: 'policy', language: 'en', title: 'Open council meetings' });
  });

  it('has no serious accessibility violations, and looks right in French and Arabic', async () => {
    const id = await session.call('items.create', {
      kind: 'practice',
      language: 'ar',
      title: 'الموازنة التشاركية في بلديات الجنوب',
      summary: 'تجربة بلدية في إشراك السكان في تحديد أولويات الاستثمار المحلي، مع اهتمام خاص بمشاركة النساء والشباب.',
      themes: ['theme:local-democracy-participation', 'theme:gender-equality'],
      sdgs: ['5', '11.3', '16.7'],
      countries: ['TN'],
      regions: ['015'],
      tags: ['ميزانية', 'مشاركة'],
      period: { from: '2019-03', to: '2022' },
      authors: ['ليلى بن علي', 'Jean Dupont'],
      sourceUrl: 'https://example.org/budget',
      licence: 'CC BY 4.0',
      context: 'بلدية متوسطة الحجم تواجه ضعف ثقة السكان في المجلس المنتخب.',
      objectives: 'إشراك السكان في قرارات الاستثمار.',
      actions: 'جلسات في الأحياء، تصويت على المشاريع، لجنة متابعة.',
      resultsAndImpact: 'ارتفاع نسبة المشاركة في الجلسات إلى ثلاثة أضعاف.',
      lessonsLearned: 'التواصل المبكر مع الجمعيات المحلية ضروري.',
      status: 'published',
    });
    const page = await session.openApp();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(`${page.url().split('#')[0]}#item=${id}&edit`);
    await editor(page).getByLabel('Title').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New item' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    for (const language of ['fr', 'ar'] as const) {
      await page.getByLabel(language === 'fr' ? 'Interface language' : 'Langue de l’interface').selectOption(language);
      await eventually(() => page.evaluate<string>('document.documentElement.lang')).toBe(language);
      await page.evaluate("document.querySelector('.item-pane').scrollTop = 0");
      await screenshot(page, `editor-${language}`);
      await page.evaluate("document.querySelector('.item-pane').scrollTop = 1e6");
      await screenshot(page, `editor-${language}-end`);
    }
    expect(await seriousViolations(page)).toEqual([]);
    // The item pane as narrow as it gets: fields fall into one column.
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.evaluate("document.querySelector('.item-pane').scrollTop = 0");
    await screenshot(page, 'editor-ar-narrow');
  });
});
