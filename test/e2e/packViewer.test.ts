import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { exportedPack, type ExportedPack } from './exportedPack';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, launchChromium } from './useBrowser';

const frenchTitle = 'Budgétisation sensible au genre à Sfax';
const arabicTitle = 'ميثاق المساواة في البلديات';
const englishTitle = 'Gender audit checklist';

// The sidebar, its list and what it says of the list, in the English interface.
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Contents and search' });
const listedTitles = (page: Page) => sidebar(page).locator('.item-link-title').allTextContents();
const listStatus = (page: Page) => sidebar(page).getByRole('status').textContent();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search this pack' });
/** The facts of the open item: each label with the text of each line (list item) of its value. */
const facts = async (page: Page) => {
  const rows = await page
    .getByRole('main')
    .locator('.fact')
    .evaluateAll((all) =>
      all.map((row) => {
        const lines = [...row.querySelectorAll('dd li')].map((line) => line.textContent);
        return [row.querySelector('dt')?.textContent, lines.length > 0 ? lines : [row.querySelector('dd')?.textContent]];
      }),
    );
  // Without the marks that keep an SDG code left to right in an Arabic line.
  return JSON.parse(JSON.stringify(Object.fromEntries(rows)).replace(/[\u2066-\u2069]/g, '')) as Record<string, string[]>;
};
// A pack exported by the real core, extracted into a folder and opened from file:// in Chromium, as a trainer's
// participants would open it. Every test also fails when the page logged an error or asked for anything outside
// the pack's folder: the viewer must work offline.
describe.skipIf(isBrowserSkipped)('the offline viewer of an exported pack', { timeout: e2eTimeout }, () => {
  let pack: ExportedPack | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];
  let requestsOutside: string[] = [];

  beforeAll(async () => {
    // The pack opens in English, whatever the pack's items are written in; no test relies on a remembered choice.
    const [exported, launched] = await Promise.allSettled([exportedPack('en'), launchChromium()]);
    if (exported.status === 'fulfilled') pack = exported.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const outcome of [exported, launched]) if (outcome.status === 'rejected') throw outcome.reason;
  }, e2eTimeout);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const problems = { pageErrors, requestsOutside };
    pageErrors = [];
    requestsOutside = [];
    expect(problems).toEqual({ pageErrors: [], requestsOutside: [] });
  }, e2eTimeout);
  afterAll(async () => {
    await browser?.close();
    pack?.remove();
  }, e2eTimeout);

  function exported(): ExportedPack {
    if (!pack) throw new Error('the pack is exported in beforeAll');
    return pack;
  }

  /** Opens index.html of the extracted pack (or of a copy of it) once the page has loaded. */
  async function openPack(dir = exported().dir): Promise<Page> {
    if (!browser) throw new Error('the browser starts in beforeAll');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    contexts.push(context);
    context.setDefaultTimeout(e2eTimeout / 2);
    const page = await context.newPage();
    const folder = `${pathToFileURL(dir).href}/`;
    page.on('request', (request) => {
      if (!request.url().startsWith(folder)) requestsOutside.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${folder}index.html`);
    return page;
  }

  /** Opens the French item from the contents, as a reader would. */
  async function openFrenchItem(): Promise<Page> {
    const page = await openPack();
    await sidebar(page).getByRole('link', { name: frenchTitle }).click();
    await page.getByRole('heading', { level: 2, name: frenchTitle }).waitFor();
    return page;
  }

  it('lists the collection in its order, under its sections, with the trainer’s note', async () => {
    const page = await openPack();
    const rows = sidebar(page).locator('.contents-list > li');
    const texts = () =>
      rows.evaluateAll((all) =>
        all.map((row) => [...row.querySelectorAll('h3, .item-link-title, .contents-note')].map((part) => part.textContent)),
      );
    await eventually(texts).toEqual([['Jour 1'], [arabicTitle, 'Lire avant la séance'], [frenchTitle], ['Jour 2'], [englishTitle]]);
    expect(await listStatus(page)).toBe('3 items');
  });

  it('finds an item by a word typed without its accents', async () => {
    const page = await openPack();
    await searchBox(page).fill('egalite');
    await eventually(() => listedTitles(page)).toEqual([frenchTitle]);
    expect(await listStatus(page)).toBe('1 item matches');
  });

  it('finds items by another form of the words they hold', async () => {
    const page = await openPack();
    await searchBox(page).fill('politique');
    await eventually(() => listedTitles(page)).toEqual([frenchTitle]);
    await searchBox(page).fill('checklists');
    await eventually(() => listedTitles(page)).toEqual([englishTitle]);
  });

  it('narrows the list to the kind ticked in the filters', async () => {
    const page = await openPack();
    await sidebar(page).getByText('Filters', { exact: true }).click();
    await sidebar(page)
      .getByRole('checkbox', { name: /^Policy/ })
      .check();
    await eventually(() => listedTitles(page)).toEqual([arabicTitle]);
    expect(await listStatus(page)).toBe('1 item matches');
  });

  it('turns the page right to left when Arabic is chosen', async () => {
    const page = await openPack();
    await page.getByLabel('Language').selectOption('ar');
    const html = page.locator('html');
    await eventually(() => html.evaluate((root) => ({ dir: root.dir, lang: root.lang }))).toEqual({ dir: 'rtl', lang: 'ar' });
  });

  it('shows an opened item’s metadata, with the titles of its SDGs and the name of its organisation', async () => {
    const page = await openFrenchItem();
    expect(await facts(page)).toEqual({
      Kind: ['Practice'],
      Status: ['Draft'],
      Language: ['French'],
      Date: ['May 2023'],
      Organisations: ['Réseau des élues locales (lead)'],
      Themes: ['Gender equality'],
      SDGs: [
        '5.c — Adopt and strengthen sound policies and enforceable legislation for the promotion of gender equality and the empowerment of all women and girls at all levels',
        '11 — Sustainable cities and communities',
      ],
      Countries: ['Tunisia'],
    });
  });

  it('links an item’s attachment to its copy in the pack, named by its SHA-256', async () => {
    const page = await openFrenchItem();
    const link = page.getByRole('main').getByRole('link', { name: 'guide.pdf (opens in a new tab)' });
    const href = `pack/attachments/${exported().attachmentSha256}`;
    expect(await link.getAttribute('href')).toBe(href);
    expect(existsSync(join(exported().dir, href))).toBe(true);
  });

  it('has no serious accessibility problem on the front page', async () => {
    const page = await openPack();
    await page.getByRole('heading', { level: 2, name: 'In this pack' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has no serious accessibility problem with an item open in Arabic', async () => {
    const page = await openFrenchItem();
    await page.getByLabel('Language').selectOption('ar');
    await eventually(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks to extract the whole zip first when the pack’s data did not load', async () => {
    const dir = exported().copy('without-data');
    rmSync(join(dir, 'viewer', 'pack-data.js'));
    const page = await openPack(dir);
    await page.getByRole('heading', { name: 'Extract the pack before opening it' }).waitFor();
    expect(await page.locator('#app').innerHTML()).toBe('');
    // The one error is Chromium reporting the missing file, which is the point of this test.
    await eventually(() => pageErrors).toEqual(['Failed to load resource: net::ERR_FILE_NOT_FOUND']);
    pageErrors = [];
  });
});
