import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs through the real command-line tool: export from one library, verify, preview and import into another.
const bin = join(import.meta.dirname, '../electron/cli/bin.mjs');
let home: string;

function compendium(library: string, args: string[], lang = 'en_GB.UTF-8') {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COMPENDIUM_LIBRARY: join(home, library), LANG: lang, LC_ALL: '', COMPENDIUM_AUTHOR: 'cli-test' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(library: string, args: string[]): T {
  const result = compendium(library, [...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'compendium-packs-'));
  expect(compendium('a', ['init']).code).toBe(0);
  expect(compendium('b', ['init', '--empty']).code).toBe(0);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('compendium export, verify and import', () => {
  let collectionId = '';
  let itemIds: string[] = [];

  it('exports the starter collection with an attachment, signed', () => {
    const collections = json<Array<{ id: string; itemCount: number }>>('a', ['collection', 'list']);
    collectionId = collections[0]?.id ?? '';
    const collection = json<{ entries: Array<{ type: string; itemId?: string }> }>('a', ['collection', 'show', collectionId]);
    itemIds = collection.entries.flatMap((entry) => (entry.itemId ? [entry.itemId] : []));
    const guide = join(home, 'guide.txt');
    const text = 'Guide de formation : égalité femmes-hommes dans les budgets locaux.\n';
    writeFileSync(guide, text);
    const attached = json<{ attachments: Array<{ name: string; mediaType: string; size: number }> }>('a', [
      'attach',
      itemIds[0] ?? '',
      guide,
    ]);
    expect(attached.attachments).toEqual([
      { name: 'guide.txt', mediaType: 'text/plain', size: Buffer.byteLength(text), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);

    const out = join(home, 'workshop.zip');
    const exported = json<Record<string, unknown>>('a', [
      'export',
      '--collection',
      collectionId,
      '--out',
      out,
      '--sign',
      '--title',
      'Atelier',
      '--lang',
      'fr',
    ]);
    expect(exported).toEqual({
      path: out,
      packId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Atelier',
      items: itemIds.length,
      terms: expect.any(Number),
      attachments: 1,
      isSigned: true,
      bytes: expect.any(Number),
    });
    expect(readdirSync(home).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('verifies the pack', () => {
    const result = compendium('b', ['verify', join(home, 'workshop.zip')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('signature is valid');
    expect(json('b', ['verify', join(home, 'workshop.zip')])).toEqual({ ok: true, problems: [] });
  });

  it('shows a preview and changes nothing without --yes', () => {
    const preview = json<{ applied: boolean; hasChanges: boolean; signature: string; items: { new: unknown[] } }>('b', [
      'import',
      join(home, 'workshop.zip'),
    ]);
    expect(preview).toMatchObject({ applied: false, hasChanges: true, signature: 'valid' });
    expect(preview.items.new).toHaveLength(itemIds.length);
    expect(json<{ items: number }>('b', ['stats']).items).toBe(0);
    const text = compendium('b', ['import', join(home, 'workshop.zip'), '--dry-run']);
    expect(text.stdout).toContain('Nothing was changed yet');
  });

  it('imports with --yes, then changes nothing the second time', () => {
    const applied = json<{ applied: boolean }>('b', ['import', join(home, 'workshop.zip'), '--yes']);
    expect(applied.applied).toBe(true);
    expect(json<{ items: number }>('b', ['stats']).items).toBe(itemIds.length);
    const again = json<{ applied: boolean; hasChanges: boolean }>('b', ['import', join(home, 'workshop.zip'), '--yes']);
    expect(again).toMatchObject({ applied: false, hasChanges: false });
  });

  it('prints every problem of a broken pack and exits 1, in the user’s language', () => {
    const broken = join(home, 'broken.zip');
    writeFileSync(broken, 'not a zip at all');
    const result = compendium('b', ['verify', broken], 'fr_FR.UTF-8');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/zip/);
    expect(result.stdout).not.toContain('is not a zip file');
    const refused = compendium('b', ['import', broken, '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`Error: ${broken} is not a zip file, so it cannot be a Compendium pack.\n`);
  });

  it('refuses an export that names nothing, and one into a folder that does not exist', () => {
    expect(compendium('a', ['export', '--out', join(home, 'x.zip')])).toMatchObject({ code: 2 });
    const missing = join(home, 'no-such-folder', 'x.zip');
    const result = compendium('a', ['export', '--collection', collectionId, '--out', missing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(missing);
    expect(existsSync(join(home, 'no-such-folder'))).toBe(false);
  });

  it('lists and resolves a conflict', () => {
    const id = itemIds[1] ?? '';
    const change = (title: string) => {
      const path = join(home, `${title}.json`);
      writeFileSync(path, JSON.stringify({ title }));
      return path;
    };
    expect(compendium('a', ['edit', id, '--json', change('Titre de A')]).code).toBe(0);
    expect(compendium('b', ['edit', id, '--json', change('Titre de B')]).code).toBe(0);
    const out = join(home, 'diverged.zip');
    json('a', ['export', '--items', id, '--out', out]);
    const preview = json<{ items: { conflicting: Array<{ id: string }> } }>('b', ['import', out, '--yes']);
    expect(preview.items.conflicting.map((item) => item.id)).toEqual([id]);
    expect(json<Array<{ itemId: string }>>('b', ['conflicts']).map((conflict) => conflict.itemId)).toEqual([id]);
    expect(json<{ title: string }>('b', ['resolve', id, '--keep', 'theirs']).title).toBe('Titre de A');
    expect(json('b', ['conflicts'])).toEqual([]);
  });

  it('resolves a conflict by merging: the named fields from the pack, the others from this library', () => {
    const id = itemIds[2] ?? '';
    const change = (name: string, fields: object) => {
      const path = join(home, `${name}.json`);
      writeFileSync(path, JSON.stringify(fields));
      return path;
    };
    expect(compendium('a', ['edit', id, '--json', change('merge-a', { title: 'Titre de A', summary: 'Résumé de A' })]).code).toBe(0);
    expect(compendium('b', ['edit', id, '--json', change('merge-b', { title: 'Titre de B', summary: 'Résumé de B' })]).code).toBe(0);
    const out = join(home, 'to-merge.zip');
    json('a', ['export', '--items', id, '--out', out]);
    json('b', ['import', out, '--yes']);
    const merged = json<{ title: string; summary: string }>('b', ['resolve', id, '--keep', 'merged', '--theirs', 'summary']);
    expect(merged).toMatchObject({ title: 'Titre de B', summary: 'Résumé de A' });
    expect(json('b', ['conflicts'])).toEqual([]);
  });

  it('shows and sets the publisher written in packs', () => {
    expect(json('a', ['publisher'])).toEqual({ name: 'cli-test', organisation: '' });
    expect(json('a', ['publisher', '--name', 'Amina', '--organisation', 'Réseau des élues'])).toEqual({
      name: 'Amina',
      organisation: 'Réseau des élues',
    });
  });
});
