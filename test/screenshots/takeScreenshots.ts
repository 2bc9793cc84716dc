import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { UiLanguage } from '../../electron/api/vocabularyCodes';
import { generateItems } from '../bench/corpus';
import { launchChromium } from '../e2e/useBrowser';
import { apiOf, serveLibrary, type ServedLibrary } from '../e2e/serveLibrary';

// Screenshots of the main screens at a realistic size, for a person to look at (they assert nothing):
//   npx tsx test/screenshots/takeScreenshots.ts [--out DIR] [--items N]
// A starter library grows by N generated items (default 2,000) in the four languages, with a workshop collection
// of sections and notes; a second library exports a signed 40-item pack, whose import preview is shown.

const { values: options } = parseArgs({
  options: { out: { type: 'string', default: 'screenshots' }, items: { type: 'string', default: '2000' } },
});
const outDir = resolve(options.out);
const itemCount = Number(options.items);
const root = resolve(import.meta.dirname, '../..');
const resourcesDir = join(root, 'resources');
const bin = join(root, 'electron/cli/bin.mjs');
const languages: UiLanguage[] = ['fr', 'ar', 'en', 'es'];
const locales: Record<UiLanguage, string> = { fr: 'fr-FR', ar: 'ar-TN', en: 'en-GB', es: 'es-ES' };

/** A signed pack of 40 generated items, made by another library through the CLI. */
function makePack(folder: string): string {
  const library = join(folder, 'other-library');
  const cli = (...args: string[]) => execFileSync(process.execPath, [bin, '--library', library, ...args], { encoding: 'utf8' });
  cli('init', '--empty');
  const itemsFile = join(folder, 'pack-items.json');
  writeFileSync(itemsFile, JSON.stringify([...generateItems({ resourcesDir, from: 500_000, to: 500_040 })]));
  const ids = JSON.parse(cli('add', '--json', itemsFile)) as string[];
  cli('publisher', '--name', 'Amina Trabelsi', '--organisation', 'Réseau des communes du Sud');
  cli('collection', 'create', 'Atelier budgets sensibles au genre');
  cli('collection', 'add', 'Atelier budgets sensibles au genre', ...ids);
  const pack = join(folder, 'Atelier budgets sensibles au genre.zip');
  cli('export', '--collection', 'Atelier budgets sensibles au genre', '--out', pack, '--sign', '--lang', 'fr');
  return pack;
}

/** The starter library plus generated items, and a workshop collection with two sections and notes. */
async function seed(server: ServedLibrary): Promise<{ itemId: string; collectionId: string }> {
  const call = apiOf(server);
  for (let from = 0; from < itemCount; from += 1000) {
    await call('items.createMany', { items: [...generateItems({ resourcesDir, from, to: Math.min(itemCount, from + 1000) })] });
  }
  const starter = await call('items.list', { limit: 50 });
  const generated = await call('search.query', { text: 'kind:toolkit', limit: 8, language: 'fr' });
  const collection = await call('collections.create', {
    name: 'Atelier : budgets participatifs et genre',
    description: 'Une journée pour les élues et les agents des finances : lire un budget communal sous l’angle du genre.',
  });
  const ids = [...starter.filter((item) => item.status !== 'draft').map((item) => item.id), ...generated.results.map((r) => r.id)];
  await call('collections.addItems', { ref: collection.id, itemIds: ids.slice(0, 12) });
  await call('collections.addSection', { ref: collection.id, heading: 'Matinée : comprendre les enjeux', position: 1 });
  await call('collections.addSection', { ref: collection.id, heading: 'Après-midi : passer à la pratique', position: 7 });
  await call('collections.setNote', {
    ref: collection.id,
    position: 2,
    note: 'Commencer par ce cas : il pose les questions du jour.',
  });
  await call('collections.setNote', { ref: collection.id, position: 4, note: 'Distribuer la fiche avant la pause.' });
  const arabic = starter.find((item) => item.language === 'ar') ?? starter[0];
  if (!arabic) throw new Error('the starter library has items');
  return { itemId: arabic.id, collectionId: collection.id };
}

async function open(browser: Browser, server: ServedLibrary, language: UiLanguage, place = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: locales[language] });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('#search-input').waitFor();
  if (place) await page.evaluate(`window.location.hash = ${JSON.stringify(place)}`);
  await page.waitForTimeout(800);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
  process.stdout.write(`${join(outDir, `${name}.png`)}\n`);
  await page.context().close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const folder = mkdtempSync(join(tmpdir(), 'compendium-shots-'));
  const server = await serveLibrary();
  const browser = await launchChromium();
  try {
    const pack = makePack(folder);
    const { itemId, collectionId } = await seed(server);
    for (const language of languages) {
      await shoot(await open(browser, server, language, `#q=budget&item=${itemId}`), `search-${language}`);
    }
    for (const language of ['fr', 'ar'] as const) {
      await shoot(await open(browser, server, language, `#item=${itemId}&edit`), `editor-${language}`);
      await shoot(await open(browser, server, language, `#view=collection&collection=${collectionId}`), `collection-${language}`);
      await shoot(await open(browser, server, language, '#view=vocabularies'), `vocabularies-${language}`);
      const page = await open(browser, server, language);
      await page.locator('.sidebar input[type="file"]').setInputFiles(pack);
      await page.getByRole('dialog').getByRole('button').last().waitFor();
      await page.waitForTimeout(1500);
      await shoot(page, `import-preview-${language}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
