import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../api/ids';
import { createItems } from '../items/createItems';
import { getItem } from '../items/getItem';
import { listRevisions, restoreRevision } from '../items/history';
import { deleteItem, restoreItem } from '../items/trash';
import { updateItem } from '../items/updateItem';
import type { Library } from '../library/library';
import { testLibrary } from '../library/testLibrary';
import { addTerm } from './addTerm';
import { renameTerm, retireTerm } from './editTerms';
import { listTerms } from './listTerms';
import { mergeTerms } from './mergeTerms';

async function addItem(lib: Library, themes: string[]): Promise<ItemId> {
  const created = await createItems(lib, [{ kind: 'practice', title: `Item ${themes.join(' ')}`, language: 'en', themes }]);
  if (!created.ok) throw new Error(created.error.code);
  return created.value[0] as ItemId;
}

function addTheme(lib: Library, en: string): string {
  const added = lib.write((tx) => addTerm(tx, { vocabulary: 'themes', labels: { en, fr: `${en} (fr)` } }, lib.now()));
  if (!added.ok) throw new Error(added.error.code);
  return added.value.id;
}

const themesOf = (lib: Library, id: ItemId) => {
  const item = getItem(lib.read, { id });
  return item.ok ? item.value.themes : undefined;
};

describe('vocabulary edits', () => {
  it('adds a theme, filling missing languages with the label given', () => {
    const lib = testLibrary();
    const added = lib.write((tx) => addTerm(tx, { vocabulary: 'themes', labels: { en: 'Night-time economy' } }, lib.now()));
    expect(added).toMatchObject({
      ok: true,
      value: {
        vocabulary: 'themes',
        labels: { fr: 'Night-time economy', en: 'Night-time economy', es: 'Night-time economy', ar: 'Night-time economy' },
      },
    });
    expect(lib.write((tx) => addTerm(tx, { vocabulary: 'themes', labels: { es: 'night-time ECONOMY' } }, lib.now()))).toMatchObject({
      ok: false,
      error: { code: 'vocabulary.labelTaken' },
    });
  });

  it('renames a term: items keep pointing at it and show the new label', async () => {
    const lib = testLibrary();
    const theme = addTheme(lib, 'Street lighting');
    const id = await addItem(lib, ['Street lighting']);
    expect(renameTerm(lib, { id: theme, labels: { en: 'Public lighting', ar: 'الإنارة العمومية' } })).toMatchObject({
      ok: true,
      value: { labels: { en: 'Public lighting', fr: 'Street lighting (fr)', ar: 'الإنارة العمومية' }, itemCount: 1 },
    });
    expect(themesOf(lib, id)).toEqual([theme]);
    expect(listRevisions(lib.read, { id })).toMatchObject({ ok: true, value: [{ number: 1 }] });
    // The new label now finds the term when cataloguing.
    expect(themesOf(lib, await addItem(lib, ['public lighting']))).toEqual([theme]);
  });

  it('refuses to rename an official term', () => {
    const lib = testLibrary();
    expect(renameTerm(lib, { id: 'country:TN', labels: { en: 'Tunisie' } })).toEqual({
      ok: false,
      error: { code: 'vocabulary.readOnly', params: { vocabulary: 'countries' } },
    });
  });

  it('retires a term: items keep it, pickers stop listing it, and it can come back', async () => {
    const lib = testLibrary();
    const theme = addTheme(lib, 'Telecentres');
    const id = await addItem(lib, [theme]);
    expect(retireTerm(lib, { id: theme, isRetired: true })).toMatchObject({ ok: true, value: { isRetired: true } });
    expect(themesOf(lib, id)).toEqual([theme]);
    const listed = (includeRetired: boolean) => {
      const terms = listTerms(lib.read, { vocabulary: 'themes', includeRetired });
      return terms.ok ? terms.value.some((term) => term.id === theme) : undefined;
    };
    expect(listed(false)).toBe(false);
    expect(listed(true)).toBe(true);
    // An edit of the item keeps the retired term.
    expect((await updateItem(lib, { id, changes: { title: 'Edited' } })).ok).toBe(true);
    expect(themesOf(lib, id)).toEqual([theme]);
    retireTerm(lib, { id: theme, isRetired: false });
    expect(listed(false)).toBe(true);
  });

  it('merges a term into another: every item moves, with a new revision, and the old term is retired', async () => {
    const lib = testLibrary();
    const duplicate = addTheme(lib, 'Gender mainstreaming');
    const both = await addItem(lib, [duplicate, 'theme:gender-equality']);
    const onlyDuplicate = await addItem(lib, [duplicate]);
    const trashed = await addItem(lib, [duplicate, 'theme:youth']);
    deleteItem(lib, { id: trashed });
    const untouched = await addItem(lib, ['theme:youth']);

    const merged = await mergeTerms(lib, { from: duplicate, into: 'theme:gender-equality' });
    expect(merged).toMatchObject({ ok: true, value: { movedItems: 3, term: { id: 'theme:gender-equality', itemCount: 3 } } });
    expect(themesOf(lib, both)).toEqual(['theme:gender-equality']);
    expect(themesOf(lib, onlyDuplicate)).toEqual(['theme:gender-equality']);
    expect(themesOf(lib, trashed)).toEqual(['theme:gender-equality', 'theme:youth']);
    expect(listRevisions(lib.read, { id: onlyDuplicate })).toMatchObject({
      ok: true,
      value: [{ number: 2, changedFields: ['themes'] }, { number: 1 }],
    });
    expect(listRevisions(lib.read, { id: untouched })).toMatchObject({ ok: true, value: [{ number: 1 }] });
    restoreItem(lib, { id: trashed });
    expect(lib.read.prepare('SELECT COUNT(*) FROM item_terms WHERE term_id = ?').pluck().get(duplicate)).toBe(0);
    expect(lib.read.prepare('SELECT is_retired, merged_into FROM terms WHERE id = ?').get(duplicate)).toEqual({
      is_retired: 1,
      merged_into: 'theme:gender-equality',
    });
    const listed = listTerms(lib.read, { vocabulary: 'themes', includeRetired: true });
    expect(listed.ok && listed.value.find((term) => term.id === duplicate)).toMatchObject({
      isRetired: true,
      mergedInto: 'theme:gender-equality',
      itemCount: 0,
    });
  });

  it('refuses to merge a term into itself or across vocabularies', async () => {
    const lib = testLibrary();
    expect(await mergeTerms(lib, { from: 'theme:youth', into: 'theme:youth' })).toEqual({
      ok: false,
      error: { code: 'vocabulary.mergeSameTerm', params: { id: 'theme:youth' } },
    });
    const organisation = lib.write((tx) => addTerm(tx, { vocabulary: 'organisations', labels: { en: 'Youth council' } }, lib.now()));
    if (!organisation.ok) throw new Error(organisation.error.code);
    expect(await mergeTerms(lib, { from: 'theme:youth', into: organisation.value.id })).toMatchObject({
      ok: false,
      error: { code: 'vocabulary.mergeAcrossVocabularies' },
    });
  });

  it('leads a merged term to the one it was merged into, refuses a retired target, and restores old revisions onto it', async () => {
    const lib = testLibrary();
    const duplicate = addTheme(lib, 'Women in politics');
    const id = await addItem(lib, [duplicate]);
    await updateItem(lib, { id, changes: { title: 'Edited' } });
    await mergeTerms(lib, { from: duplicate, into: 'theme:gender-equality' });
    expect(themesOf(lib, await addItem(lib, ['Women in politics']))).toEqual(['theme:gender-equality']);
    expect(await mergeTerms(lib, { from: 'theme:youth', into: duplicate })).toEqual({
      ok: false,
      error: { code: 'vocabulary.mergeIntoRetired', params: { into: duplicate } },
    });
    const first = listRevisions(lib.read, { id });
    const oldest = first.ok ? first.value.at(-1) : undefined;
    const restored = await restoreRevision(lib, { id, hash: oldest?.hash ?? '' });
    expect(restored).toMatchObject({ ok: true, value: { title: expect.stringContaining('Item'), themes: ['theme:gender-equality'] } });
  });

  it('refuses a rename that gives no label', () => {
    const lib = testLibrary();
    expect(renameTerm(lib, { id: 'theme:youth', labels: {} })).toEqual({
      ok: false,
      error: { code: 'input.required', params: { field: 'labels' } },
    });
  });
});
