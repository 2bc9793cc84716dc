import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../api/errors';
import { packPaths, type PackItem, type PackManifest } from '../../api/packFormat';
import type { ItemContent } from '../../api/types';
import { canonicalContent, contentHash } from '../items/canonicalContent';
import type { Library } from '../library/library';
import { tempDir, testLibrary } from '../library/testLibrary';
import { exportPack } from './exportPack';
import { importPack, previewImport } from './importPack';
import { must, readZip, workshopLibrary, writeEntries } from './packTestKit';
import { verifyPack } from './verifyPack';

// Each hostile pack is built here from a sound export, changed in one way. Each must be refused with the error
// that names its problem (rich text with a script is refused too), and the receiving library's folder must be
// byte for byte as it was.

type Entries = Array<{ name: string; bytes: Buffer; mode?: number }>;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const json = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);

/** Every file under a folder with its hash: what "unchanged" means for a library. */
function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else state[relative(dir, path)] = sha256(readFileSync(path));
    }
  };
  walk(dir);
  return state;
}

/** Lists a changed data file in the manifest again with its new size and hash, as a careful forger would. */
function relist(entries: Entries, path: string): void {
  const manifestEntry = entries.find((entry) => entry.name === packPaths.manifest);
  const changed = entries.find((entry) => entry.name === path);
  if (!manifestEntry || !changed) throw new Error(`no ${path}`);
  const manifest = JSON.parse(manifestEntry.bytes.toString()) as PackManifest;
  manifest.files = manifest.files.map((file) =>
    file.path === path ? { path, size: changed.bytes.length, sha256: sha256(changed.bytes) } : file,
  );
  manifestEntry.bytes = json(manifest);
}

async function soundPack(): Promise<{ dir: string; entries: Entries; lib: Library }> {
  const dir = tempDir();
  const source = testLibrary();
  await workshopLibrary(source, dir);
  must(await exportPack(source, { selection: { collection: 'Atelier Sfax' }, out: join(dir, 'sound.zip'), language: 'en', sign: false }));
  const lib = testLibrary();
  return { dir, entries: await readZip(join(dir, 'sound.zip')), lib };
}

/** Imports a pack into `lib`, expecting the refusal, and checks that nothing changed. */
async function expectRefused(lib: Library, path: string, expected: AppError): Promise<void> {
  const before = folderState(lib.dir);
  const check = await verifyPack(path);
  check.pack?.zip.close();
  expect(check.problems).toContainEqual(expected);
  expect(await previewImport(lib, { path })).toEqual({ ok: false, error: expect.objectContaining({ code: expected.code }) });
  expect(await importPack(lib, { path })).toEqual({ ok: false, error: expect.objectContaining({ code: expected.code }) });
  expect(folderState(lib.dir)).toEqual(before);
}

/** Writes entries with a placeholder name, then puts the real name's bytes in its place: yazl refuses to write unsafe names. */
async function writeWithRawName(path: string, entries: Entries, placeholder: string, rawName: string): Promise<void> {
  if (placeholder.length !== rawName.length) throw new Error('names must have the same length');
  await writeEntries(path, entries);
  const bytes = readFileSync(path);
  const from = Buffer.from(placeholder);
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1)) Buffer.from(rawName).copy(bytes, at);
  writeFileSync(path, bytes);
}

describe('hostile packs', () => {
  it.each([
    ['path traversal', 'zz/evil.txt', '../evil.txt'],
    ['an absolute path', 'Xtmp/evil.txt', '/tmp/evil.txt'],
    ['a drive path', 'CX/evil.txt', 'C:/evil.txt'],
    ['a backslash', 'packXevil.txt', 'pack\\evil.txt'],
  ])('refuses %s', async (_case, placeholder, rawName) => {
    const { dir, entries, lib } = await soundPack();
    const path = join(dir, 'hostile.zip');
    await writeWithRawName(path, [...entries, { name: placeholder, bytes: Buffer.from('pwned') }], placeholder, rawName);
    await expectRefused(lib, path, { code: 'pack.unsafePath', params: { path: rawName } });
  });

  it('refuses a symbolic link', async () => {
    const { dir, entries, lib } = await soundPack();
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, [...entries, { name: 'viewer/link.js', bytes: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    await expectRefused(lib, path, { code: 'pack.link', params: { path: 'viewer/link.js' } });
  });

  it('refuses an entry larger than it declares', async () => {
    const { dir, entries, lib } = await soundPack();
    const path = join(dir, 'hostile.zip');
    const vocabularies = entries.find((entry) => entry.name === packPaths.vocabularies);
    if (!vocabularies) throw new Error('no vocabularies');
    await writeEntries(path, entries);
    // Declares one byte less in both headers (the 4-byte uncompressed size follows the compressed one).
    const bytes = readFileSync(path);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(vocabularies.bytes.length);
    const smaller = Buffer.alloc(4);
    smaller.writeUInt32LE(vocabularies.bytes.length - 1);
    const name = Buffer.from(packPaths.vocabularies);
    for (let at = bytes.indexOf(name); at !== -1; at = bytes.indexOf(name, at + 1)) {
      const isCentral = bytes.readUInt32LE(at - 46) === 0x02014b50;
      const sizeAt = isCentral ? at - 46 + 24 : at - 30 + 22;
      if (bytes.subarray(sizeAt, sizeAt + 4).equals(size)) smaller.copy(bytes, sizeAt);
    }
    writeFileSync(path, bytes);
    await expectRefused(lib, path, { code: 'pack.sizeMismatch', params: { path: packPaths.vocabularies } });
  });

  it('refuses a compression bomb', async () => {
    const { dir, entries, lib } = await soundPack();
    const bomb = Buffer.alloc(30 * 1024 ** 2);
    const name = packPaths.attachment(sha256(bomb));
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, [...entries, { name, bytes: bomb }]);
    await expectRefused(lib, path, { code: 'pack.compressionRatio', params: { path: name, ratio: expect.any(Number) as number } });
  });

  it('refuses a compression bomb made of many entries, each under the size checked alone', async () => {
    const { dir, entries, lib } = await soundPack();
    const pieces = Array.from({ length: 40 }, (_, index) => Buffer.alloc(900 * 1024, index));
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, [...entries, ...pieces.map((bytes) => ({ name: packPaths.attachment(sha256(bytes)), bytes }))]);
    await expectRefused(lib, path, { code: 'pack.compressionRatio', params: { path, ratio: expect.any(Number) as number } });
  });

  it('refuses duplicate entry names', async () => {
    const { dir, entries, lib } = await soundPack();
    const path = join(dir, 'hostile.zip');
    const manifest = entries.find((entry) => entry.name === packPaths.manifest);
    await writeEntries(path, [...entries, { name: packPaths.manifest, bytes: manifest?.bytes ?? Buffer.alloc(0) }]);
    await expectRefused(lib, path, { code: 'pack.duplicateEntry', params: { path: packPaths.manifest } });
  });

  it('refuses malformed JSON', async () => {
    const { dir, entries, lib } = await soundPack();
    const vocabularies = entries.find((entry) => entry.name === packPaths.vocabularies);
    if (vocabularies) vocabularies.bytes = Buffer.from('{"terms": [');
    relist(entries, packPaths.vocabularies);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    await expectRefused(lib, path, { code: 'pack.badJson', params: { path: packPaths.vocabularies } });
  });

  it('refuses an unknown format version', async () => {
    const { dir, entries, lib } = await soundPack();
    const manifest = entries.find((entry) => entry.name === packPaths.manifest);
    if (manifest) manifest.bytes = json({ ...(JSON.parse(manifest.bytes.toString()) as object), formatVersion: 7 });
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    await expectRefused(lib, path, { code: 'pack.formatTooNew', params: { version: 7, supported: 1 } });
  });

  it('refuses a wrong checksum', async () => {
    const { dir, entries, lib } = await soundPack();
    const attachment = entries.find((entry) => entry.name.startsWith('pack/attachments/'));
    if (!attachment) throw new Error('no attachment');
    attachment.bytes = Buffer.from(attachment.bytes.toString().replace('stand-in', 'STAND-IN'));
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    await expectRefused(lib, path, { code: 'pack.checksum', params: { path: attachment.name } });
  });

  it('refuses a listed file that is missing, and a file the manifest does not list', async () => {
    const { dir, entries, lib } = await soundPack();
    const attachment = entries.find((entry) => entry.name.startsWith('pack/attachments/'));
    const missing = join(dir, 'missing.zip');
    await writeEntries(
      missing,
      entries.filter((entry) => entry !== attachment),
    );
    await expectRefused(lib, missing, { code: 'pack.missingFile', params: { path: attachment?.name ?? '' } });

    const extra = packPaths.attachment(sha256(Buffer.from('smuggled')));
    const unlisted = join(dir, 'unlisted.zip');
    await writeEntries(unlisted, [...entries, { name: extra, bytes: Buffer.from('smuggled') }]);
    await expectRefused(lib, unlisted, { code: 'pack.unlistedFile', params: { path: extra } });
  });

  it('refuses a file outside the layout', async () => {
    const { dir, entries, lib } = await soundPack();
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, [...entries, { name: 'autorun.inf', bytes: Buffer.from('[autorun]') }]);
    await expectRefused(lib, path, { code: 'pack.unexpectedEntry', params: { path: 'autorun.inf' } });
  });

  it('refuses a signature that does not verify', async () => {
    const { dir, entries, lib } = await soundPack();
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, [
      ...entries,
      { name: packPaths.signature, bytes: Buffer.from(`${Buffer.alloc(64, 7).toString('base64')}\n`) },
    ]);
    await expectRefused(lib, path, { code: 'pack.badSignature', params: {} });
  });

  it.each([
    ['a javascript: link', { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
    ['a script node', { type: 'script', text: 'alert(1)' }],
    ['an event handler', { type: 'image', attrs: { src: 'x.png', onerror: 'alert(1)' } }],
  ])('refuses an item whose rich text holds %s', async (_case, node) => {
    const { dir, entries, lib } = await soundPack();
    const itemEntry = entries.find((entry) => entry.name.startsWith('pack/items/'));
    if (!itemEntry) throw new Error('no item');
    const item = JSON.parse(itemEntry.bytes.toString()) as PackItem;
    const content = { ...item.content, body: { type: 'doc', content: [{ type: 'paragraph', content: [node] }] } } as unknown as ItemContent;
    // The forger even gives the item a matching revision hash.
    itemEntry.bytes = json({ ...item, content, revision: contentHash(canonicalContent(content)) });
    relist(entries, itemEntry.name);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    await expectRefused(lib, path, { code: 'pack.unsafeContent', params: { path: itemEntry.name, field: 'body' } });
  });

  it('keeps markup in plain-text fields as text', async () => {
    const { dir, entries, lib } = await soundPack();
    const itemEntry = entries.find((entry) => entry.name.startsWith('pack/items/'));
    if (!itemEntry) throw new Error('no item');
    const item = JSON.parse(itemEntry.bytes.toString()) as PackItem;
    const content = { ...item.content, title: '<img src=x onerror=alert(1)>' } as unknown as ItemContent;
    itemEntry.bytes = json({ ...item, content, revision: contentHash(canonicalContent(content)) });
    relist(entries, itemEntry.name);
    const path = join(dir, 'markup.zip');
    await writeEntries(path, entries);
    must(await importPack(lib, { path }));
    const row = lib.read.prepare('SELECT title, body_html FROM items WHERE id = ?').get(item.content.id) as {
      title: string;
      body_html: string;
    };
    expect(row.title).toBe('<img src=x onerror=alert(1)>');
    expect(row.body_html).not.toMatch(/onerror|<script/);
  });

  it('refuses a pack that adds to an official list', async () => {
    const { dir, entries, lib } = await soundPack();
    const vocabularies = entries.find((entry) => entry.name === packPaths.vocabularies);
    if (!vocabularies) throw new Error('no vocabularies');
    const { terms } = JSON.parse(vocabularies.bytes.toString()) as { terms: Array<{ id: string; code: string | null }> };
    const sdg = terms.find((term) => term.id === 'sdg:5.c');
    if (!sdg) throw new Error('no SDG 5.c');
    sdg.id = 'sdg:5.z';
    sdg.code = '5.z';
    vocabularies.bytes = json({ terms });
    relist(entries, packPaths.vocabularies);
    const itemEntry = entries.find((entry) => entry.bytes.toString().includes('"5.c"') && entry.name.startsWith('pack/items/'));
    if (!itemEntry) throw new Error('no item with SDG 5.c');
    const item = JSON.parse(itemEntry.bytes.toString()) as PackItem;
    const content = { ...item.content, sdgs: ['11', '5.z'] } as unknown as ItemContent;
    itemEntry.bytes = json({ ...item, content, revision: contentHash(canonicalContent(content)) });
    relist(entries, itemEntry.name);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    const before = folderState(lib.dir);
    const expected = { ok: false, error: { code: 'pack.unknownTerm', params: { path: packPaths.vocabularies, term: 'sdg:5.z' } } };
    expect(await previewImport(lib, { path })).toEqual(expected);
    expect(await importPack(lib, { path })).toEqual(expected);
    expect(folderState(lib.dir)).toEqual(before);
  });

  it('refuses a term whose id belongs to another vocabulary', async () => {
    const { dir, entries, lib } = await soundPack();
    const vocabularies = entries.find((entry) => entry.name === packPaths.vocabularies);
    if (!vocabularies) throw new Error('no vocabularies');
    const { terms } = JSON.parse(vocabularies.bytes.toString()) as { terms: Array<{ id: string; vocabulary: string }> };
    const index = terms.findIndex((term) => term.id === 'sdg:5.c');
    (terms[index] as { vocabulary: string }).vocabulary = 'themes';
    vocabularies.bytes = json({ terms });
    relist(entries, packPaths.vocabularies);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    await expectRefused(lib, path, { code: 'pack.invalid', params: { path: packPaths.vocabularies, field: `terms[${index}].id` } });
  });

  it('refuses an attachment stored under another file’s hash', async () => {
    const { dir, entries, lib } = await soundPack();
    const manifestEntry = entries.find((entry) => entry.name === packPaths.manifest);
    if (!manifestEntry) throw new Error('no manifest');
    const manifest = JSON.parse(manifestEntry.bytes.toString()) as PackManifest;
    const listed = manifest.files.find((file) => file.path.startsWith('pack/attachments/'));
    if (!listed) throw new Error('no attachment');
    const other = Buffer.from('another file');
    const otherPath = packPaths.attachment(sha256(other));
    const renamed = entries.map((entry) => (entry.name === listed.path ? { name: otherPath, bytes: entry.bytes } : entry));
    manifest.files = manifest.files.map((file) => (file === listed ? { ...file, path: otherPath } : file));
    (renamed.find((entry) => entry.name === packPaths.manifest) as { bytes: Buffer }).bytes = json(manifest);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, renamed);
    await expectRefused(lib, path, { code: 'pack.checksum', params: { path: otherPath } });
  });

  it('refuses an attached file that no item uses', async () => {
    const { dir, entries, lib } = await soundPack();
    const unused = Buffer.from('%PDF-1.4 nobody attached this');
    const name = packPaths.attachment(sha256(unused));
    const withUnused = [...entries, { name, bytes: unused }];
    const manifestEntry = withUnused.find((entry) => entry.name === packPaths.manifest) as { bytes: Buffer };
    const manifest = JSON.parse(manifestEntry.bytes.toString()) as PackManifest;
    manifest.files.push({ path: name, size: unused.length, sha256: sha256(unused) });
    manifest.counts.attachments += 1;
    manifestEntry.bytes = json(manifest);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, withUnused);
    await expectRefused(lib, path, { code: 'pack.unexpectedEntry', params: { path: name } });
  });

  it('refuses rich text nested thousands of levels deep, without overflowing the stack', async () => {
    const { dir, entries, lib } = await soundPack();
    const itemEntry = entries.find((entry) => entry.name.startsWith('pack/items/'));
    if (!itemEntry) throw new Error('no item');
    const item = JSON.parse(itemEntry.bytes.toString()) as PackItem;
    // Written as text: JSON.stringify itself would overflow at this depth.
    const levels = 5000;
    const body = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels)}{"type":"paragraph"}${']}'.repeat(levels)}]}`;
    const { body: _body, ...rest } = item.content;
    itemEntry.bytes = Buffer.from(JSON.stringify({ ...item, content: { ...rest, body: '@body' } }).replace('"@body"', body));
    relist(entries, itemEntry.name);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    await expectRefused(lib, path, { code: 'pack.itemInvalid', params: { path: itemEntry.name, field: 'body' } });
  });

  it('refuses an item changed after export', async () => {
    const { dir, entries, lib } = await soundPack();
    const itemEntry = entries.find((entry) => entry.name.startsWith('pack/items/'));
    if (!itemEntry) throw new Error('no item');
    const item = JSON.parse(itemEntry.bytes.toString()) as PackItem;
    itemEntry.bytes = json({ ...item, content: { ...item.content, title: 'Quietly changed' } });
    relist(entries, itemEntry.name);
    const path = join(dir, 'hostile.zip');
    await writeEntries(path, entries);
    await expectRefused(lib, path, { code: 'pack.revisionMismatch', params: { path: itemEntry.name } });
  });

  it('refuses a file that is not a zip, and an empty file', async () => {
    const { dir, lib } = await soundPack();
    const notZip = join(dir, 'report.zip');
    writeFileSync(notZip, '%PDF-1.7 this is a PDF renamed to .zip');
    await expectRefused(lib, notZip, { code: 'pack.notAZip', params: { path: notZip } });
    const empty = join(dir, 'empty.zip');
    writeFileSync(empty, '');
    await expectRefused(lib, empty, { code: 'pack.empty', params: { path: empty } });
  });

  it('takes back stored attachments when the import fails after storing them', async () => {
    const { dir, lib } = await soundPack();
    const before = folderState(lib.dir);
    const failing: Library = {
      ...lib,
      write: () => {
        throw new Error('disk full');
      },
    };
    await expect(importPack(failing, { path: join(dir, 'sound.zip') })).rejects.toThrow('disk full');
    expect(folderState(lib.dir)).toEqual(before);
  });
});
