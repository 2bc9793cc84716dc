import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../electron/api/errors';
import type { Outputs } from '../../electron/api/operations';
import { isBrowserSkipped } from './chromiumPath';
import { screenshot } from './screenshot';
import { seriousViolations } from './seriousViolations';
import { apiOf, serveLibrary, type ServedLibrary } from './serveLibrary';
import { e2eTimeout, eventually, launchChromium } from './useBrowser';

/** A served library's real API, to seed it and to check what the interface did. */
const client = apiOf;

// Export a collection from one served library through the interface, import the zip into a second one (file input
// and drop), see the preview, apply, refuse a damaged pack, resolve conflicts side by side, re-index from the palette.
describe.skipIf(isBrowserSkipped)('packs in the interface', { timeout: e2eTimeout * 4 }, () => {
  let source: ServedLibrary;
  let target: ServedLibrary;
  let browser: Browser;
  const pageErrors: string[] = [];
  let zip: Buffer;
  const dir = mkdtempSync(join(tmpdir(), 'compendium-packs-ui-'));

  beforeAll(async () => {
    [source, target, browser] = await Promise.all([serveLibrary(), serveLibrary(), launchChromium()]);
  }, e2eTimeout);
  afterAll(async () => {
    await browser.close();
    await Promise.all([source.stop(), target.stop()]);
    rmSync(dir, { recursive: true, force: true });
    expect(pageErrors).toEqual([]);
  }, e2eTimeout);

  async function open(server: ServedLibrary, language?: 'fr' | 'ar'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US', acceptDownloads: true });
    context.setDefaultTimeout(e2eTimeout / 2);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.locator('#search-input').waitFor();
    if (language) await page.getByRole('navigation').getByLabel('Interface language').selectOption(language);
    return page;
  }

  async function titlesOfWorkshop(call: ReturnType<typeof client>) {
    const titles = Array.from({ length: 40 }, (_, index) =>
      index % 3 === 0
        ? `Atelier : ميزانية تراعي النوع الاجتماعي ${index + 1}`
        : `Atelier budgétisation sensible au genre, fiche ${index + 1}`,
    );
    const ids = await call('items.createMany', {
      items: titles.map((title, index) => ({
        kind: (['practice', 'policy', 'toolkit'] as const)[index % 3],
        language: index % 3 === 0 ? 'ar' : 'fr',
        title,
        summary: `Résumé ${index + 1}`,
      })),
    });
    await call('collections.create', { name: 'Atelier Sfax' });
    await call('collections.addItems', { ref: 'Atelier Sfax', itemIds: ids });
    return ids;
  }

  it('exports the current search through the dialog and the browser downloads the pack', async () => {
    await titlesOfWorkshop(client(source));
    const page = await open(source);
    await page.getByRole('searchbox').fill('Atelier');
    const dialogButton = page.getByRole('button', { name: 'Export…' });
    await dialogButton.click();
    const dialog = page.getByRole('dialog', { name: 'Export a pack' });
    await dialog.getByLabel('Title').fill('Atelier Sfax');
    await dialog.getByLabel('Description').fill('Pour la formation de mars.');
    await dialog.getByLabel('Your name').fill('Amina Trabelsi');
    await dialog.getByLabel('Sign the pack').check();
    expect(await seriousViolations(page)).toEqual([]);
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export and download' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('Atelier Sfax.zip');
    const path = join(dir, 'pack.zip');
    await download.saveAs(path);
    zip = readFileSync(path);
    const done = page.getByRole('dialog', { name: 'Pack exported' });
    await eventually(() => done.textContent()).toContain('40 items');
    expect(await done.textContent()).toContain('Signed');
    expect(await done.getByRole('button', { name: 'Show in folder' }).count()).toBe(0);
    await done.getByRole('button', { name: 'Close' }).click();
    expect(await client(source)('publisher.get', {})).toMatchObject({ name: 'Amina Trabelsi' });
  });

  it('imports the pack through the file input: the preview counts, then Apply', async () => {
    const page = await open(target);
    await page.getByTestId('pack-file-input').setInputFiles({ name: 'Atelier Sfax.zip', mimeType: 'application/zip', buffer: zip });
    const dialog = page.getByRole('dialog', { name: 'What this pack brings' });
    await eventually(() => dialog.textContent()).toContain('New: 40');
    const text = await dialog.textContent();
    expect(text).toContain('Amina Trabelsi');
    expect(text).toContain('Valid: the pack is exactly as its publisher made it.');
    expect(text).toContain('Already here: 0');
    expect(text).toContain('In conflict: 0');
    expect(await seriousViolations(page)).toEqual([]);
    // The preview of a pack of 40 items, before it is applied, in French and Arabic.
    for (const language of ['fr', 'ar'] as const) {
      const shown = await open(target, language);
      await shown.getByTestId('pack-file-input').setInputFiles({ name: 'Atelier Sfax.zip', mimeType: 'application/zip', buffer: zip });
      await shown.locator('.import-preview').waitFor();
      await shown.locator('.preview-lines summary').first().click();
      await screenshot(shown, `packs-preview-${language}`);
      await shown.context().close();
    }
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Pack imported' });
    await eventually(() => done.textContent()).toContain('“\u2068Atelier Sfax\u2069” is now in your library.');
    await done.getByRole('button', { name: 'Close' }).click();
    const found = await client(target)('search.query', { text: 'Atelier', language: 'en' });
    expect(found.total).toBe(40);
  });

  it('takes a pack dropped on the window, and says in plain words why a damaged one is refused', async () => {
    const page = await open(target);
    const drop = async (name: string, bytes: Buffer) => {
      // A string, as the tests compile without the DOM's types: a drop as a file manager would make it.
      await page.evaluate(`(() => {
        const data = Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], ${JSON.stringify(name)}, { type: 'application/zip' }));
        for (const type of ['dragenter', 'dragover', 'drop'])
          window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      })()`);
    };
    await drop('Atelier Sfax.zip', zip);
    const preview = page.getByRole('dialog', { name: 'What this pack brings' });
    await eventually(() => preview.textContent()).toContain('Already here: 40');
    expect(await preview.textContent()).toContain('importing it would change nothing');
    await preview.getByRole('button', { name: 'Cancel' }).click();

    // Damage the content of an item (import never reads the viewer's files, so damage there would pass).
    const damaged = Buffer.from(zip);
    const item = damaged.indexOf('pack/items/');
    damaged.fill(0x41, item + 80, item + 120);
    await drop('damaged.zip', damaged);
    const refused = page.getByRole('dialog', { name: 'This pack cannot be imported' });
    await eventually(() => refused.getByRole('alert').textContent()).toMatch(/damaged|not a zip|not valid|cannot read|size/);
    expect(await refused.textContent()).toContain('Nothing was changed in your library.');
    await drop('notes.zip', Buffer.from('not a zip at all'));
    await eventually(() => refused.getByRole('alert').textContent()).toBe(
      '\u2068notes.zip\u2069 is not a zip file, so it cannot be a Compendium pack.',
    );
  });

  it('resolves conflicts side by side: keep mine, take theirs, and a field-by-field merge', async () => {
    const [fromSource, fromTarget] = [client(source), client(target)];
    const ids = (await fromSource('collections.get', { ref: 'Atelier Sfax' })).entries.flatMap((entry) =>
      'itemId' in entry && entry.itemId ? [entry.itemId] : [],
    );
    const [keep = '', take = '', merge = ''] = ids;
    for (const id of [keep, take, merge]) {
      await fromSource('items.update', { id, changes: { title: `Theirs ${id.slice(0, 4)}`, summary: 'Their summary' } });
      await fromTarget('items.update', { id, changes: { title: `Mine ${id.slice(0, 4)}`, summary: 'My summary' } });
    }
    const out = join(dir, 'again.zip');
    await fromSource('packs.export', { selection: { itemIds: [keep, take, merge] }, out });
    await fromTarget('packs.import', { path: (await uploadTo(target, readFileSync(out))).path });
    expect((await fromTarget('conflicts.list', {})).length).toBe(3);

    for (const language of ['fr', 'ar'] as const) {
      const shown = await open(target, language);
      await shown
        .getByRole('navigation')
        .locator('.nav-entry', { hasText: language === 'fr' ? 'Conflits' : 'التعارضات' })
        .click();
      await shown.locator('.conflict-comparison').waitFor();
      await shown.locator('.conflict-actions button[aria-pressed]').click();
      await screenshot(shown, `packs-conflicts-${language}`);
      await shown.context().close();
    }

    const page = await open(target);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Conflicts/ })
      .click();
    const view = page.locator('.conflicts-view');
    await view.getByRole('heading', { name: 'Conflicts' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const choose = (id: string) =>
      view
        .locator('.conflict-entry', { hasText: id.slice(0, 4) })
        .first()
        .click();

    await choose(keep);
    await view.getByRole('button', { name: 'Keep mine' }).click();
    await eventually(async () => (await fromTarget('conflicts.list', {})).length).toBe(2);
    expect((await fromTarget('items.get', { id: keep })).title).toBe(`Mine ${keep.slice(0, 4)}`);

    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Conflicts/ })
      .click();
    await choose(take);
    await view.getByRole('button', { name: 'Take theirs' }).click();
    await eventually(async () => (await fromTarget('conflicts.list', {})).length).toBe(1);
    expect((await fromTarget('items.get', { id: take })).title).toBe(`Theirs ${take.slice(0, 4)}`);

    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Conflicts/ })
      .click();
    await choose(merge);
    await view.getByRole('button', { name: 'Edit a merge' }).click();
    await view.getByRole('group', { name: 'Version to keep for Summary' }).getByLabel('Theirs').check();
    await view.getByRole('button', { name: 'Save the merge' }).click();
    await eventually(async () => (await fromTarget('conflicts.list', {})).length).toBe(0);
    expect(await fromTarget('items.get', { id: merge })).toMatchObject({ title: `Mine ${merge.slice(0, 4)}`, summary: 'Their summary' });
    await eventually(() => page.locator('.item-pane h2').first().textContent()).toBe(`Mine ${merge.slice(0, 4)}`);
  });

  it('exports a collection from its header, and the other library gets it with its sections and notes in order', async () => {
    const [fromSource, fromTarget] = [client(source), client(target)];
    const ids = await fromSource('items.createMany', {
      items: ['Cartographie des services', 'خريطة الخدمات البلدية', 'Fiche d’évaluation'].map((title, index) => ({
        kind: 'toolkit',
        language: index === 1 ? 'ar' : 'fr',
        title,
      })),
    });
    const collection = await fromSource('collections.create', { name: 'Atelier Kairouan' });
    await fromSource('collections.addItems', { ref: collection.id, itemIds: ids });
    await fromSource('collections.addSection', { ref: collection.id, heading: 'Matin', position: 1 });
    await fromSource('collections.addSection', { ref: collection.id, heading: 'Après-midi', position: 4 });
    await fromSource('collections.setNote', { ref: collection.id, position: 3, note: 'À lire avant la séance.' });
    const page = await open(source);
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#view=collection&collection=${collection.id}`)}`);
    await page.getByRole('heading', { name: 'Atelier Kairouan' }).waitFor();
    await page.locator('.collection-view').getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export a pack' });
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Atelier Kairouan');
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export and download' }).click();
    const bytes = readFileSync(await (await downloaded).path());

    const importing = await open(target);
    await importing
      .getByTestId('pack-file-input')
      .setInputFiles({ name: 'Atelier Kairouan.zip', mimeType: 'application/zip', buffer: bytes });
    const preview = importing.getByRole('dialog', { name: 'What this pack brings' });
    await eventually(() => preview.textContent()).toContain('New: 3');
    expect(await preview.textContent()).toContain('“\u2068Atelier Kairouan\u2069” will be created.');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    const done = importing.getByRole('dialog', { name: 'Pack imported' });
    await done.getByRole('button', { name: 'Open “\u2068Atelier Kairouan\u2069”' }).click();
    await importing.locator('.collection-view').getByRole('heading', { name: 'Atelier Kairouan' }).waitFor();
    const shape = (entries: Outputs['collections.get']['entries']) =>
      entries.map((entry) => (entry.type === 'section' ? `§ ${entry.heading}` : `${entry.title}${entry.note ? ` — ${entry.note}` : ''}`));
    const expected = shape((await fromSource('collections.get', { ref: collection.id })).entries);
    expect(expected).toEqual([
      '§ Matin',
      'Cartographie des services',
      'خريطة الخدمات البلدية — À lire avant la séance.',
      '§ Après-midi',
      'Fiche d’évaluation',
    ]);
    expect(shape((await fromTarget('collections.get', { ref: 'Atelier Kairouan' })).entries)).toEqual(expected);
  });

  it('rebuilds the search index from the palette, with progress', async () => {
    const page = await open(target);
    await page.keyboard.press('Control+k');
    await page.getByRole('option', { name: 'Rebuild the search index' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rebuilding the search index' });
    await eventually(() => dialog.getByRole('status').textContent()).toMatch(/^Done: \d+ items indexed\.$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows the export dialog in French and Arabic', async () => {
    for (const language of ['fr', 'ar'] as const) {
      const exporting = await open(source, language);
      await exporting.locator('.results-header .pack-export-button').click();
      await exporting.locator('.pack-dialog').waitFor();
      await screenshot(exporting, `packs-export-${language}`);
      await exporting.context().close();
    }
  });
});

async function uploadTo(server: ServedLibrary, bytes: Buffer): Promise<{ path: string }> {
  const response = await fetch(`${server.origin}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}` },
    body: bytes,
  });
  const result = (await response.json()) as Result<{ path: string }>;
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}
