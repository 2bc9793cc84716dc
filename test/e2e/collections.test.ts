import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Collection } from '../../electron/api/types';
import { isBrowserSkipped } from './chromiumPath';
import { screenshot, shotsFolder } from './screenshot';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

// Messages set users' words apart with Unicode isolates; the tests read them without.
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');
const entries = (page: Page) => page.locator('#main-list .builder-entry');
const entry = (page: Page, text: string) => entries(page).filter({ hasText: text });
/** The builder's entries as shown: "§ heading" for a section, the title for an item, with " — note" if any. */
async function shownEntries(page: Page): Promise<string[]> {
  return entries(page).evaluateAll((elements) =>
    elements.map((element) => {
      const heading = element.querySelector('.builder-section-heading')?.textContent;
      if (heading) return `§ ${heading}`;
      const note = element.querySelector('.entry-note [dir="auto"]')?.textContent;
      return `${element.querySelector('.entry-title')?.textContent ?? ''}${note ? ` — ${note}` : ''}`;
    }),
  );
}
/** The same, read from the library. */
function storedEntries(collection: Collection): string[] {
  return collection.entries.map((entry) =>
    entry.type === 'section' ? `§ ${entry.heading}` : `${entry.title}${entry.note ? ` — ${entry.note}` : ''}`,
  );
}
const dndAnnouncement = (page: Page) => page.locator('[id^="DndLiveRegion"]').textContent();
const collectionStatus = (page: Page) => page.locator('.collection-status').textContent();

async function chooseFromEntryMenu(page: Page, text: string, choice: string): Promise<void> {
  await entry(page, text).locator('.entry-menu-button').click();
  await page.getByRole('menuitem', { name: choice }).click();
}

/** Lifts an entry with the keyboard, presses the arrows, and drops it: dnd-kit's keyboard sensor, as a user would. */
async function moveByKeyboard(page: Page, text: string, keys: readonly string[]): Promise<void> {
  await entry(page, text).locator('.entry-handle').focus();
  await page.keyboard.press('Space');
  await eventually(() => dndAnnouncement(page)).toContain('Lifted');
  // dnd-kit's keyboard sensor starts listening for the arrows in a timer after the lift; a person's next key comes
  // later than that, Playwright's may not on a busy machine.
  await page.waitForTimeout(200);
  for (const key of keys) {
    const before = await dndAnnouncement(page);
    await page.keyboard.press(key);
    await eventually(() => dndAnnouncement(page)).not.toBe(before);
  }
  await page.keyboard.press('Space');
  await eventually(() => dndAnnouncement(page)).toContain('moved to position');
}

/** Drags an entry by its handle with the mouse and drops it where another entry is. */
async function moveByMouse(page: Page, text: string, onto: string): Promise<void> {
  const from = await entry(page, text).locator('.entry-handle').boundingBox();
  const to = await entry(page, onto).locator('.entry-handle').boundingBox();
  if (!from || !to) throw new Error('the handles are on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
}

// A trainer's collection built through the interface alone, on the starter library (which has a "Workshop").
describe.skipIf(isBrowserSkipped)('the collection builder', { timeout: e2eTimeout * 3 }, () => {
  const session = useBrowser();

  it('creates a collection, adds items from an item and from ticked results, then arranges, annotates and trims it', async () => {
    const [reading, seeds, water] = ['Ferngully reading circle', 'Ferngully seed bank', 'Ferngully water board'];
    await session.call('items.createMany', {
      items: [reading, seeds, water].map((title) => ({ kind: 'practice' as const, language: 'en', title })),
    });
    const taken = (await session.call('collections.list', {}))[0]?.name.toUpperCase() ?? '';
    const page = await session.openApp();

    // Create, with a taken name first (names are compared ignoring case).
    await page.getByRole('button', { name: 'New collection' }).click();
    const dialog = page.getByRole('dialog', { name: 'New collection' });
    await dialog.getByLabel('Name').fill(taken);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await eventually(async () => plain(await dialog.locator('.field-error').textContent())).toBe(
      `A collection called “${taken}” already exists.`,
    );
    expect(await dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Name').fill('Ferngully workshop');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await eventually(() => page.locator('#main-list h2.pane-title').textContent()).toBe('Ferngully workshop');
    const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('collection') ?? '';
    await eventually(() => page.getByText('This collection is empty').isVisible()).toBe(true);

    // One item from the item view.
    await page.locator('#search-input').fill('ferngully');
    await eventually(() => page.locator('.result-row').count()).toBe(3);
    await page.locator('.result-row', { hasText: reading }).click();
    const toolbar = page.locator('.item-toolbar');
    await toolbar.getByRole('button', { name: 'Add to collection' }).click();
    await page.getByRole('menuitem', { name: 'Ferngully workshop' }).click();
    await eventually(async () => plain(await toolbar.getByRole('status').textContent())).toBe('Added to “Ferngully workshop”.');

    // Two at once, ticked in the results (one with the mouse, one with Space on the open result).
    await page.locator('.result-row', { hasText: seeds }).locator('.result-check').click();
    await page.locator('.result-row', { hasText: water }).click();
    await page.locator('.result-list').focus();
    await page.keyboard.press('Space');
    const bar = page.getByRole('region', { name: 'Ticked items' });
    await eventually(() => bar.locator('.selection-count').textContent()).toBe('2 selected');
    expect(await page.locator('.result-row', { hasText: water }).getAttribute('aria-checked')).toBe('true');
    await bar.getByRole('button', { name: 'Add to collection' }).click();
    await page.getByRole('menuitem', { name: 'Ferngully workshop' }).click();
    await eventually(async () => plain(await bar.getByRole('status').textContent())).toBe('2 items added to “Ferngully workshop”.');
    // All three again: nothing is added twice, and the message says so in words.
    await page.getByLabel('Select all shown').check();
    await eventually(() => bar.locator('.selection-count').textContent()).toBe('3 selected');
    await bar.getByRole('button', { name: 'Add to collection' }).click();
    await page.getByRole('menuitem', { name: 'Ferngully workshop' }).click();
    await eventually(async () => plain(await bar.getByRole('status').textContent())).toBe(
      'These 3 items are already in “Ferngully workshop”.',
    );
    await bar.getByRole('button', { name: 'Clear' }).click();
    await eventually(() => bar.count()).toBe(0);

    // Sections, notes, moves by keyboard and by mouse, and a removal.
    await page.getByRole('navigation').locator('.nav-entry', { hasText: 'Ferngully workshop' }).click();
    await eventually(() => shownEntries(page)).toEqual([reading, seeds, water]);
    await page.getByLabel('New section heading').fill('Morning');
    await page.getByRole('button', { name: 'Add the section' }).click();
    await eventually(() => shownEntries(page)).toEqual([reading, seeds, water, '§ Morning']);
    await moveByKeyboard(page, 'Morning', ['ArrowUp', 'ArrowUp', 'ArrowUp']);
    await eventually(() => shownEntries(page)).toEqual(['§ Morning', reading, seeds, water]);
    expect(plain(await dndAnnouncement(page))).toBe('the section “Morning” moved to position 1 of 4.');
    await eventually(() => page.evaluate<string>('document.activeElement?.className ?? ""')).toContain('entry-handle');

    await chooseFromEntryMenu(page, seeds, 'Add a section heading below');
    await entry(page, seeds).getByLabel('New section heading').fill('Afternoon');
    await entry(page, seeds).getByLabel('New section heading').press('Enter');
    await eventually(() => shownEntries(page)).toEqual(['§ Morning', reading, seeds, '§ Afternoon', water]);

    await chooseFromEntryMenu(page, water, 'Add a note');
    await entry(page, water)
      .getByRole('textbox', { name: new RegExp(`^Note on “.${water}.”$`) })
      .fill('Bring the river map.');
    await page.keyboard.press('Tab'); // leaving the field saves it
    await chooseFromEntryMenu(page, seeds, 'Add a note');
    await entry(page, seeds)
      .getByRole('textbox', { name: new RegExp(`^Note on “.${seeds}.”$`) })
      .fill('Ask who keeps seeds at home.');
    // Saved as it is typed, without leaving the field.
    await eventually(async () => storedEntries(await session.call('collections.get', { ref: id }))).toContain(
      `${seeds} — Ask who keeps seeds at home.`,
    );
    await page.keyboard.press('Escape');

    await moveByMouse(page, water, reading);
    await eventually(() => shownEntries(page)).toEqual([
      '§ Morning',
      `${water} — Bring the river map.`,
      reading,
      `${seeds} — Ask who keeps seeds at home.`,
      '§ Afternoon',
    ]);
    await moveByKeyboard(page, seeds, ['ArrowDown']);
    await chooseFromEntryMenu(page, reading, 'Remove from the collection');
    await eventually(async () => plain(await collectionStatus(page))).toBe(`“${reading}” removed from the collection.`);

    const expected = ['§ Morning', `${water} — Bring the river map.`, '§ Afternoon', `${seeds} — Ask who keeps seeds at home.`];
    await eventually(() => shownEntries(page)).toEqual(expected);
    await eventually(async () => storedEntries(await session.call('collections.get', { ref: id }))).toEqual(expected);
    await page.reload();
    await eventually(() => shownEntries(page)).toEqual(expected);

    // Rename in place; Escape first keeps the old name.
    await page.getByRole('button', { name: 'Rename the collection' }).click();
    await page.getByLabel('Name').fill('Never saved');
    await page.keyboard.press('Escape');
    await eventually(() => page.locator('#main-list h2.pane-title').textContent()).toBe('Ferngully workshop');
    await page.getByRole('button', { name: 'Rename the collection' }).click();
    await page.getByLabel('Name').fill('Ferngully workshop, day 1');
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('#main-list h2.pane-title').textContent()).toBe('Ferngully workshop, day 1');
    expect((await session.call('collections.get', { ref: id })).name).toBe('Ferngully workshop, day 1');
    await eventually(() => page.getByRole('navigation').locator('.nav-entry', { hasText: 'Ferngully workshop, day 1' }).count()).toBe(1);

    // Describe it in rich text: saved as it is typed, and shown as text once the editor is closed.
    await page.getByRole('button', { name: 'Add a description' }).click();
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.click();
    await page.keyboard.type('Two sessions on ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('water and seeds');
    await eventually(() => page.locator('.collection-save-state').textContent()).toBe('Saved');
    const described = await session.call('collections.get', { ref: id });
    expect(described.descriptionText).toBe('Two sessions on water and seeds');
    expect(JSON.stringify(described.description)).toContain('"type":"bold"');
    await page.getByRole('button', { name: 'Close the description' }).click();
    await eventually(() => page.locator('.collection-description').textContent()).toBe('Two sessions on water and seeds');
  });

  it('deletes a collection after saying its items stay in the library', async () => {
    const itemIds = await session.call('items.createMany', {
      items: [{ kind: 'practice', language: 'en', title: 'Marram dune walk' }],
    });
    const { id } = await session.call('collections.create', { name: 'Marram spare' });
    await session.call('collections.addItems', { ref: id, itemIds });
    const page = await session.openApp();
    await page.getByRole('navigation').locator('.nav-entry', { hasText: 'Marram spare' }).click();
    await eventually(() => shownEntries(page)).toEqual(['Marram dune walk']);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “\u2068Marram spare\u2069”?' });
    await eventually(() => dialog.textContent()).toContain('Its 1 item stays in the library.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await session.call('collections.list', {})).map((collection) => collection.name)).toContain('Marram spare');

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete the collection' }).click();
    await eventually(() => page.getByRole('navigation').locator('.nav-entry', { hasText: 'Marram spare' }).count()).toBe(0);
    expect((await session.call('collections.list', {})).map((collection) => collection.name)).not.toContain('Marram spare');
    expect((await session.call('items.get', { id: itemIds[0] ?? '' })).title).toBe('Marram dune walk');
  });

  it.each(['en', 'ar'])('finds no serious problem on the builder, its menus and its dialogs (%s)', async (language) => {
    const itemIds = await session.call('items.createMany', {
      items: ['Sorrel tenants’ forum', 'Sorrel budget school'].map((title) => ({ kind: 'practice' as const, language: 'en', title })),
    });
    const { id } = await session.call('collections.create', { name: `Sorrel ${language}` });
    await session.call('collections.addItems', { ref: id, itemIds });
    await session.call('collections.addSection', { ref: id, heading: 'Opening', position: 1 });
    await session.call('collections.setNote', { ref: id, position: 2, note: 'Start with this one.' });
    const page = await session.openApp();
    if (language === 'ar') {
      await page.getByRole('navigation').getByLabel('Interface language').selectOption('ar');
      await eventually(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    }
    await page
      .getByRole('navigation')
      .locator('.nav-entry', { hasText: `Sorrel ${language}` })
      .click();
    await eventually(() => entries(page).count()).toBe(3);
    await page.locator('.collection-item').first().click();
    await page.locator('.collection-description-toggle').click();
    await page.locator('.rich-text-editor [role="textbox"]').waitFor();
    await entries(page).nth(1).locator('.entry-menu-button').click();
    await page.locator('[role="menu"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('.item-toolbar .add-to-collection button').click();
    await page.locator('[role="menu"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('.sidebar-add-button').click();
    await page.locator('dialog.collection-dialog[open]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('.collection-actions .button-danger-quiet').click();
    await page.locator('dialog.confirm-dialog[open]:not(.collection-dialog)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('#search-input').fill('sorrel');
    await page.locator('.result-row').first().locator('.result-check').click();
    await page.locator('.selection-bar').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

// Screenshots of the builder at a realistic size, for a person to look at: COMPENDIUM_SHOTS=<folder> to take them.
describe.skipIf(isBrowserSkipped || !shotsFolder)('the collection builder, seen', { timeout: e2eTimeout * 2 }, () => {
  const session = useBrowser();

  async function seed(
    language: 'fr' | 'ar',
    plan: { name: string; description: string; sections: [string, string]; titles: string[]; notes: string[] },
  ) {
    const itemIds = await session.call('items.createMany', {
      items: plan.titles.map((title, index) => ({ kind: (['practice', 'policy', 'toolkit'] as const)[index % 3], language, title })),
    });
    const { id } = await session.call('collections.create', { name: plan.name, description: plan.description });
    await session.call('collections.addItems', { ref: id, itemIds });
    await session.call('collections.addSection', { ref: id, heading: plan.sections[0], position: 1 });
    await session.call('collections.addSection', { ref: id, heading: plan.sections[1], position: 7 });
    for (const [index, position] of [2, 4, 8, 10].entries()) {
      await session.call('collections.setNote', { ref: id, position, note: plan.notes[index] ?? '' });
    }
    await session.call('items.delete', { id: itemIds[8] ?? '' });
    return itemIds;
  }

  it.each(['fr', 'ar'] as const)('shows a collection of twelve entries (%s)', async (language) => {
    const plan =
      language === 'fr'
        ? {
            name: 'Atelier : budgets participatifs sensibles au genre',
            description:
              'Une journée pour les élues et les agents des finances : **lire** un budget communal sous l’angle du genre, puis proposer des indicateurs.',
            sections: ['Matinée : comprendre les enjeux', 'Après-midi : passer à la pratique'] as [string, string],
            titles: [
              'Budget participatif des quartiers de Porto Alegre',
              'Audit de genre des dépenses municipales à Kigali',
              'Guide de l’analyse budgétaire sensible au genre',
              'Loi organique relative aux lois de finances (Maroc)',
              'Cercles de femmes pour le suivi des marchés publics',
              'Boîte à outils : indicateurs sexospécifiques locaux',
              'Assemblées citoyennes de jeunes à Dakar',
              'Charte municipale de l’égalité femmes-hommes',
              'Formation des élues au contrôle budgétaire',
              'Fiches pédagogiques : animer un atelier budgétaire',
            ],
            notes: [
              'Commencer par ce cas : il pose les questions du jour.',
              'Distribuer la fiche 3 avant la pause.',
              'Travail en petits groupes, 30 minutes.',
              'Conclure avec les engagements de chaque commune.',
            ],
          }
        : {
            name: 'ورشة عمل: الموازنة التشاركية المراعية للنوع الاجتماعي',
            description: 'يوم للمنتخبات وموظفي المالية: **قراءة** موازنة البلدية من منظور النوع الاجتماعي، ثم اقتراح مؤشرات.',
            sections: ['الصباح: فهم الرهانات', 'بعد الظهر: التطبيق العملي'] as [string, string],
            titles: [
              'الموازنة التشاركية في أحياء بورتو أليغري',
              'تدقيق النوع الاجتماعي في الإنفاق البلدي في كيغالي',
              'دليل تحليل الموازنة المراعي للنوع الاجتماعي',
              'القانون التنظيمي لقانون المالية (المغرب)',
              'حلقات نسائية لمتابعة الصفقات العمومية',
              'عدة أدوات: مؤشرات محلية مصنفة حسب الجنس',
              'مجالس الشباب المواطنة في داكار',
              'الميثاق البلدي للمساواة بين النساء والرجال',
              'تدريب المنتخبات على الرقابة على الموازنة',
              'بطاقات تربوية: تنشيط ورشة عن الموازنة',
            ],
            notes: [
              'ابدأ بهذه الحالة: فهي تطرح أسئلة اليوم.',
              'وزّع البطاقة 3 قبل الاستراحة.',
              'عمل في مجموعات صغيرة، 30 دقيقة.',
              'اختتم بالتزامات كل بلدية.',
            ],
          };
    const itemIds = await seed(language, plan);
    const page = await session.openApp();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('navigation').getByLabel('Interface language').selectOption(language);
    await page.getByRole('navigation').locator('.nav-entry', { hasText: plan.name }).click();
    await eventually(() => entries(page).count()).toBe(12);
    await page.locator(`.collection-item[data-item-id="${itemIds[1] ?? ''}"]`).click();
    await page.locator('h2.item-title').waitFor();
    await page.locator('.builder-entry').nth(6).locator('.entry-menu-button').click();
    await page.locator('[role="menu"]').waitFor();
    await screenshot(page, `collections-builder-${language}`);
    await page.keyboard.press('Escape');
    await page.locator('.collection-description-toggle').click();
    await page.locator('.rich-text-editor [role="textbox"]').waitFor();
    await page.locator('.builder-entry').nth(3).locator('.entry-menu-button').click();
    await page.locator('[role="menuitem"]').nth(2).click();
    await page.locator('.entry-note-field textarea').waitFor();
    await screenshot(page, `collections-editing-${language}`);
    await page.keyboard.press('Escape');

    await page.locator('#search-input').fill(language === 'fr' ? 'budget' : 'الموازنة');
    // The words found are marked once the list answers this query, not the one before.
    await eventually(() => page.locator('.result-row').first().locator('mark').count()).toBeGreaterThan(0);
    await page.locator('.result-row').nth(0).locator('.result-check').click();
    await page.locator('.result-row').nth(2).locator('.result-check').click();
    await page.locator('.selection-bar .add-to-collection button').click();
    await page.locator('[role="menu"]').waitFor();
    await screenshot(page, `collections-selection-${language}`);
  });
});
