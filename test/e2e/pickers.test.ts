import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBrowserSkipped } from './chromiumPath';
import { seriousViolations } from './seriousViolations';
import { e2eTimeout, eventually, useBrowser } from './useBrowser';

// A string, not a function: the tests compile without the DOM's types.
const focusedName = (page: Page) =>
  page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''");
const chips = (page: Page, field: string) =>
  page
    .locator('.picker', { has: page.getByRole('combobox', { name: field, exact: true }) })
    .locator('.picker-chip-label')
    .allTextContents();
// The result list beside the editor has options too: look only in the picker's own list.
const option = (page: Page, field: string, name: string | RegExp) =>
  page.getByRole('listbox', { name: field, exact: true }).getByRole('option', { name });
const editable = (page: Page) => page.getByRole('textbox', { name: 'Body' });

// A fragment as Word puts it on the clipboard: Office namespaces, mso- styles, classes, fonts, conditional comments,
// a list written as styled paragraphs with their bullets as text, and empty paragraphs.
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head>
<body lang=FR><!--StartFragment--><p class=MsoNormal style='mso-margin-top-alt:auto'><b><span style='font-family:"Calibri",sans-serif;mso-bidi-font-family:Arial'>Budget participatif</span></b><span style='mso-spacerun:yes'> </span>des jeunes<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Diagnostic<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Vote<o:p></o:p></p>
<p class=MsoNormal><font face="Arial" color="red"><a href="javascript:alert(1)">piège</a> et <a href="https://uclg.org">CGLU</a></font><img src="file:///C:/Users/x/image001.png"></p>
<!--EndFragment--></body></html>`;

describe.skipIf(isBrowserSkipped)('the editor’s pickers and rich-text editor', { timeout: e2eTimeout * 2 }, () => {
  const session = useBrowser();
  let id = '';
  beforeAll(async () => {
    await session.call('items.create', {
      kind: 'practice',
      language: 'fr',
      title: 'Budget sensible au genre à Sfax',
      tags: ['budget genre', 'jeunesse'],
    });
    await session.call('items.create', { kind: 'policy', language: 'fr', title: 'Charte des quartiers', tags: ['budget genre'] });
    id = await session.call('items.create', { kind: 'practice', language: 'fr', title: 'Jardins partagés', body: 'Un texte court.' });
  }, e2eTimeout);

  async function openEditor(page: Page): Promise<void> {
    await page.evaluate(`location.hash = 'item=${id}&edit'`);
    await page.getByRole('combobox', { name: 'Themes', exact: true }).waitFor();
  }

  it('chooses a theme by its Arabic label, an SDG target by code, a tag suggestion and a related item, by keyboard', async () => {
    const page = await session.openApp();
    await openEditor(page);

    await page.getByRole('combobox', { name: 'Themes', exact: true }).focus();
    await page.keyboard.type('المساواة');
    await option(page, 'Themes', /Gender equality/).waitFor();
    await page.keyboard.press('Enter');
    await eventually(() => chips(page, 'Themes')).toEqual(['Gender equality']);

    await page.keyboard.press('Tab');
    await page.keyboard.type('5.2');
    await option(page, 'SDGs', /^5\.2 /).waitFor();
    await page.keyboard.press('Enter');
    await eventually(() => chips(page, 'SDGs')).toEqual([expect.stringMatching(/^\u20685\.2\u2069 Eliminate all forms of violence/)]);

    await page.getByRole('combobox', { name: 'Tags', exact: true }).focus();
    await page.keyboard.type('genr');
    await option(page, 'Tags', /^budget genre/).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('ateliers,');
    await eventually(() => chips(page, 'Tags')).toEqual(['budget genre', 'ateliers']);
    // Backspace in the empty input takes the last chip away.
    await page.keyboard.press('Backspace');
    await eventually(() => chips(page, 'Tags')).toEqual(['budget genre']);

    await page.getByRole('combobox', { name: 'Related items', exact: true }).focus();
    await page.keyboard.type('Charte');
    await option(page, 'Related items', /Charte des quartiers/).waitFor();
    await page.keyboard.press('Enter');
    await eventually(() => chips(page, 'Related items')).toEqual(['Charte des quartiers']);

    expect(await seriousViolations(page)).toEqual([]);
  });

  it('cleans Word’s HTML on paste, counts words and is driven from its toolbar by keyboard', async () => {
    const page = await session.openApp();
    await openEditor(page);
    await eventually(() => page.locator('.rich-text-count').textContent()).toBe('3 words');

    await editable(page).click();
    await page.keyboard.press('Control+End');
    await page.evaluate(
      `(() => {
        const data = new DataTransfer();
        data.setData('text/html', ${JSON.stringify(wordHtml)});
        data.setData('text/plain', 'Budget participatif des jeunes');
        document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      })()`,
    );
    await eventually(() => editable(page).innerHTML()).toContain('CGLU');
    const html = await editable(page).innerHTML();
    expect(html).not.toMatch(/mso-|class="Mso|<o:p|<font|<span|javascript:|file:|<img|Symbol|·/);
    expect(html).toContain('<strong>Budget participatif</strong> des jeunes');
    expect(html).toMatch(/<ul><li><p>Diagnostic<\/p><\/li><li><p>Vote<\/p><\/li><\/ul>/);
    expect(html).toMatch(/<a [^>]*href="https:\/\/uclg\.org"[^>]*>CGLU<\/a>/);
    expect(await page.locator('.rich-text-content p').filter({ hasText: /^$/ }).count()).toBe(0);
    await eventually(() => page.locator('.rich-text-count').textContent()).toBe('12 words');

    // Alt+F10 reaches the toolbar; arrows move along it; Enter applies and goes back to the text.
    await page.keyboard.press('Alt+F10');
    expect(await focusedName(page)).toBe('Heading');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Subheading');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Bold');
    await page.keyboard.press('End');
    expect(await focusedName(page)).toBe('Redo');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await eventually(() => editable(page).locator('h2').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Heading', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // The link dialog refuses what the core would strip, and links the selected words.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Voir aussi');
    // The editor has taken in the last letter before the selection starts, as it would between a person's keys.
    await eventually(() => page.locator('.rich-text-count').textContent()).toBe('14 words');
    for (let step = 0; step < 'Voir aussi'.length; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    // ProseMirror reads a selection made with the keys from the page's selectionchange events, which arrive a
    // moment after the key: a person's next key comes later than Playwright's.
    await page.waitForTimeout(150);
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Add a link' });
    await dialog.waitFor();
    await page.keyboard.type('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('uclg.org/fr');
    await page.keyboard.press('Enter');
    await eventually(() => dialog.isVisible()).toBe(false);
    expect(await editable(page).locator('a[href="https://uclg.org/fr"]').textContent()).toBe('Voir aussi');

    expect(await seriousViolations(page)).toEqual([]);
  });
});
