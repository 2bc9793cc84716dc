import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real command-line tool, as a user runs it, on a library in a temporary folder.
const bin = join(import.meta.dirname, '../electron/cli/bin.mjs');
let home: string;
let library: string;

function compendium(args: string[], options: { lang?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, COMPENDIUM_LIBRARY: library, LANG: options.lang ?? 'en_GB.UTF-8', LC_ALL: '', COMPENDIUM_AUTHOR: 'cli-test' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(args: string[]): T {
  const result = compendium([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

function file(name: string, content: unknown): string {
  const path = join(home, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'compendium-cli-'));
  library = join(home, 'library');
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('compendium CLI', () => {
  it('prints help and exits 0', () => {
    const help = compendium(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('restore-revision');
  });

  it('tells a newcomer to run init when there is no library yet', () => {
    const result = compendium(['list']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `Error: There is no library in ${library}. Create one with: compendium init\n` });
  });

  it('creates a library with the starter pack', () => {
    expect(compendium(['init']).code).toBe(0);
    const stats = json<{ items: number; hasStarter: boolean; collections: number }>(['stats']);
    expect(stats).toMatchObject({ hasStarter: true, collections: 1 });
    expect(stats.items).toBeGreaterThanOrEqual(5);
    expect(compendium(['init']).code).toBe(1);
  });

  let ids: string[] = [];

  it('adds items from a JSON file and prints their ids', () => {
    const items = [
      {
        kind: 'practice',
        title: 'Mobile town hall in rural districts',
        language: 'en',
        themes: ['public services'],
        sdgs: ['16.6'],
        countries: ['SN'],
      },
      { kind: 'policy', title: 'Stratégie nationale de décentralisation', language: 'fr', documentType: 'strategy', level: 'national' },
    ];
    const added = compendium(['add', '--json', file('items.json', items)]);
    expect(added.code).toBe(0);
    ids = JSON.parse(added.stdout) as string[];
    expect(ids).toHaveLength(2);
    const shown = json<{ title: string; themes: string[]; revision: string }>(['show', ids[0] as string]);
    expect(shown).toMatchObject({ title: 'Mobile town hall in rural districts', themes: ['theme:public-services'] });
  });

  it('adds an item from flags and from standard input', () => {
    const added = compendium([
      'add',
      '--kind',
      'toolkit',
      '--title',
      'دليل المساواة',
      '--language',
      'ar',
      '--sdg',
      '5.5',
      '--tag',
      'تدريب',
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added [0-9a-f-]{36}\n$/);
    const fromStdin = compendium(['add', '--json', '-'], {
      input: JSON.stringify({ kind: 'practice', title: 'From stdin', language: 'es' }),
    });
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toHaveLength(1);
  });

  it('edits an item, lists its history and restores a revision', () => {
    const id = ids[0] as string;
    const edit = compendium(['edit', id, '--json', file('edit.json', { title: 'Mobile town hall', tags: ['civil registry'] })]);
    expect(edit.code).toBe(0);
    expect(edit.stdout).toMatch(/^Saved .* as revision [0-9a-f]{12}\.\n$/);
    const history = json<Array<{ number: number; hash: string; author: string; changedFields: string[] }>>(['history', id]);
    expect(history.map((revision) => [revision.number, revision.author, revision.changedFields])).toEqual([
      [2, 'cli-test', ['tags', 'title']],
      [1, 'cli-test', []],
    ]);
    const first = history[1]?.hash as string;
    expect(compendium(['restore-revision', id, first.slice(0, 10)]).code).toBe(0);
    expect(json<{ revision: string; title: string }>(['show', id])).toMatchObject({
      revision: first,
      title: 'Mobile town hall in rural districts',
    });
    expect(json<unknown[]>(['history', id])).toHaveLength(3);
  });

  it('moves an item to the trash and back', () => {
    const id = ids[1] as string;
    expect(compendium(['delete', id]).code).toBe(0);
    expect(json<Array<{ id: string }>>(['trash'])).toMatchObject([{ id }]);
    expect(json<Array<{ id: string }>>(['list', '--limit', '100']).some((item) => item.id === id)).toBe(false);
    expect(compendium(['trash', 'restore', id]).code).toBe(0);
    expect(json<unknown[]>(['trash', 'list'])).toEqual([]);
  });

  it('builds a collection in order with a section and a note', () => {
    expect(compendium(['collection', 'create', 'Atelier Dakar', '--description', 'Deux jours.']).code).toBe(0);
    compendium(['collection', 'add', 'Atelier Dakar', ids[0] as string, ids[1] as string]);
    compendium(['collection', 'section', 'Atelier Dakar', 'Jour 1', '--at', '1']);
    compendium(['collection', 'note', 'Atelier Dakar', '3', 'Lire avant']);
    compendium(['collection', 'move', 'Atelier Dakar', '3', '2']);
    const collection = json<{ entries: unknown[] }>(['collection', 'show', 'Atelier Dakar']);
    expect(collection.entries).toEqual([
      { type: 'section', position: 1, heading: 'Jour 1' },
      { type: 'item', position: 2, itemId: ids[1], title: 'Stratégie nationale de décentralisation', note: 'Lire avant', isInTrash: false },
      { type: 'item', position: 3, itemId: ids[0], title: 'Mobile town hall in rural districts', note: '', isInTrash: false },
    ]);
  });

  it('adds and merges vocabulary terms', () => {
    const added = json<{ id: string }>(['vocab', 'add', 'themes', 'Civil registration', '--fr', 'État civil']);
    expect(added.id).toMatch(/^theme:/);
    const id = ids[0] as string;
    compendium(['edit', id, '--json', file('theme.json', { themes: ['État civil'] })]);
    const merged = json<{ movedItems: number }>(['vocab', 'merge', added.id, 'theme:public-services']);
    expect(merged.movedItems).toBe(1);
    expect(json<{ themes: string[] }>(['show', id]).themes).toEqual(['theme:public-services']);
    const themes = json<Array<{ id: string }>>(['vocab', 'list', 'themes']);
    expect(themes.some((term) => term.id === added.id)).toBe(false);
  });

  it('searches with filters and prints results with facets as JSON', () => {
    const page = json<{
      total: number;
      results: Array<{ id: string; title: string; kind: string; language: string; score: number; snippet: string }>;
      facets: { kind: Record<string, number> };
    }>(['search', 'town', 'hall', 'kind:practice']);
    expect(page.total).toBe(1);
    expect(page.results[0]).toMatchObject({ id: ids[0], kind: 'practice', language: 'en' });
    expect(page.facets.kind).toEqual({ practice: 1 });
    const human = compendium(['search', 'kind:toolkit', '--sort', 'title'], { lang: 'fr_FR.UTF-8' });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^\d+ résultats, par titre\n/);
    expect(human.stdout).toContain('Types\u00a0: Boîte à outils');
    expect(json<{ total: number }>(['search', 'town', 'hall', '-kind:policy']).total).toBe(1);
    const warned = compendium(['search', 'year:abc', 'town']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe('“year:abc” is not a year or a range such as 2019..2023; it was ignored.\n');
  });

  it('keeps, runs and deletes saved searches', () => {
    expect(compendium(['saved-search', 'add', 'Town halls', 'town', 'hall']).code).toBe(0);
    expect(json<Array<{ name: string; query: string }>>(['saved-search', 'list'])).toEqual([
      expect.objectContaining({ name: 'Town halls', query: 'town hall', sort: null }),
    ]);
    expect(json<{ total: number }>(['saved-search', 'run', 'town halls']).total).toBe(1);
    expect(compendium(['saved-search', 'delete', 'Town halls']).code).toBe(0);
    expect(compendium(['saved-search', 'run', 'Town halls']).code).toBe(1);
  });

  it('rebuilds the index on demand', () => {
    const result = json<{ items: number }>(['reindex']);
    expect(result.items).toBeGreaterThan(5);
    expect(json<{ total: number }>(['search', 'town', 'hall', 'kind:practice']).total).toBe(1);
  });

  it('removes the starter pack in one command', () => {
    expect(compendium(['starter', 'remove']).code).toBe(0);
    const stats = json<{ items: number; hasStarter: boolean; collections: number }>(['stats']);
    expect(stats).toMatchObject({ items: 4, hasStarter: false, collections: 1 });
  });

  it('reports errors in the user’s language with exit code 1, and usage errors with 2', () => {
    expect(compendium(['show', '00000000-0000-4000-8000-000000000000'], { lang: 'fr_FR.UTF-8' })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Erreur\u00a0: Aucune fiche n’a l’identifiant 00000000-0000-4000-8000-000000000000.\n',
    });
    const invalid = compendium(['add', '--json', file('bad.json', '{\n  "kind": "practice",\n  "title": \n}')], { lang: 'es_ES.UTF-8' });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('línea 4');
    const field = compendium(['add', '--kind', 'practice', '--title', 'x', '--language', 'fr', '--country', 'ZZ'], { lang: 'ar' });
    expect(field.code).toBe(1);
    expect(field.stderr).toContain('countries[0]');
    const usage = compendium(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('frobnicate');
    expect(compendium(['add', '--json', 'x.json', '--title', 'y']).code).toBe(2);
  });
});
