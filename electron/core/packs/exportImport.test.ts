import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packPaths, type PackManifest } from '../../api/packFormat';
import type { ItemContent } from '../../api/types';
import { blobPath } from '../attachments/attachmentStore';
import { addSection, setNote } from '../collections/editEntries';
import { getCollection } from '../collections/getCollection';
import { getItem } from '../items/getItem';
import { listRevisions } from '../items/history';
import { deleteItem } from '../items/trash';
import { updateItem } from '../items/updateItem';
import type { Library } from '../library/library';
import { tempDir, testLibrary } from '../library/testLibrary';
import { listConflicts, resolveConflict } from './conflicts';
import { exportPack } from './exportPack';
import { importPack, previewImport } from './importPack';
import { must, readZip, workshopLibrary, writeEntries } from './packTestKit';
import { verifyPack } from './verifyPack';

const exportCollection = (lib: Library, out: string, sign = false) =>
  exportPack(lib, { selection: { collection: 'Atelier Sfax' }, out, language: 'fr', sign });

/** Everything an import may change, read back for comparison. */
function snapshot(lib: Library) {
  const tables = [
    'items',
    'revisions',
    'item_terms',
    'terms',
    'collections',
    'collection_entries',
    'attachments',
    'item_attachments',
    'known_revisions',
    'item_conflicts',
    'publishers',
    'item_sources',
  ];
  return Object.fromEntries(tables.map((table) => [table, lib.read.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}

function contentOf(lib: Library, id: string): ItemContent {
  const {
    revision: _r,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    provenance: _p,
    bodyText: _t,
    bodyHtml: _h,
    ...content
  } = must(getItem(lib.read, { id }));
  return content as ItemContent;
}

describe('pack export and import', () => {
  it('carries items, terms, attachments and the collection order from one library to another', async () => {
    const dir = tempDir();
    const a = testLibrary();
    const { ids, attachment } = await workshopLibrary(a, dir);
    const out = join(dir, 'atelier.zip');
    const summary = must(await exportCollection(a, out, true));
    expect(summary).toMatchObject({ items: 3, attachments: 1, isSigned: true });

    const b = testLibrary();
    const preview = must(await previewImport(b, { path: out }));
    expect(preview.signature).toBe('valid');
    expect(preview.publisher).toMatchObject({ isKnown: false, libraryId: a.id });
    expect(preview.items.new.map((item) => item.id).sort()).toEqual([...ids].sort());
    expect(preview.newTerms.map((term) => term.vocabulary)).toEqual(['organisations']);
    expect(snapshot(b).items).toEqual([]);

    must(await importPack(b, { path: out }));
    for (const id of ids) {
      expect(contentOf(b, id)).toEqual(contentOf(a, id));
      expect(must(getItem(b.read, { id })).revision).toBe(must(getItem(a.read, { id })).revision);
      expect(must(getItem(b.read, { id })).provenance).toEqual({ origin: 'pack', libraryId: a.id });
    }
    const organisation = contentOf(a, ids[0] as string).organisations?.[0]?.id as string;
    expect(b.read.prepare('SELECT label_fr FROM terms WHERE id = ?').pluck().get(organisation)).toBe('Réseau des élues locales');
    const sha = contentOf(b, ids[0] as string).attachments?.[0]?.sha256 as string;
    expect(readFileSync(blobPath(b.dir, sha))).toEqual(readFileSync(attachment));
    const outline = (lib: Library) =>
      must(getCollection(lib.read, { ref: 'Atelier Sfax' })).entries.map((entry) =>
        entry.type === 'section' ? entry.heading : `${entry.itemId} ${entry.note}`,
      );
    expect(outline(b)).toEqual(outline(a));
    expect(must(getCollection(b.read, { ref: 'Atelier Sfax' })).descriptionText).toBe('Deux jours sur le budget.');
  });

  it('changes nothing when the same pack is imported twice', async () => {
    const dir = tempDir();
    const a = testLibrary();
    await workshopLibrary(a, dir);
    const out = join(dir, 'atelier.zip');
    must(await exportCollection(a, out));
    const b = testLibrary();
    must(await importPack(b, { path: out }));
    const before = snapshot(b);
    const again = must(await importPack(b, { path: out }));
    expect(again.hasChanges).toBe(false);
    expect(again.items.unchanged).toHaveLength(3);
    expect(snapshot(b)).toEqual(before);
  });

  it('knows a publisher again only from a signed pack', async () => {
    const dir = tempDir();
    const a = testLibrary();
    await workshopLibrary(a, dir);
    const b = testLibrary();
    must(await importPack(b, { path: must(await exportCollection(a, join(dir, 'signed.zip'), true)).path }));
    // Anyone could copy the key into an unsigned manifest.
    const unsigned = must(await previewImport(b, { path: must(await exportCollection(a, join(dir, 'unsigned.zip'))).path }));
    expect(unsigned).toMatchObject({ signature: 'absent', publisher: { isKnown: false } });
    const signedAgain = must(await previewImport(b, { path: join(dir, 'signed.zip') }));
    expect(signedAgain).toMatchObject({ signature: 'valid', publisher: { isKnown: true }, hasChanges: false });
  });

  it('updates a collection left as the last import made it, and keeps one changed here', async () => {
    const dir = tempDir();
    const a = testLibrary();
    await workshopLibrary(a, dir);
    const b = testLibrary();
    must(await importPack(b, { path: must(await exportCollection(a, join(dir, 'first.zip'))).path }));
    must(addSection(a, { ref: 'Atelier Sfax', heading: 'Jour 3' }));
    const second = must(await importPack(b, { path: must(await exportCollection(a, join(dir, 'second.zip'))).path }));
    expect(second.collection?.status).toBe('updated');
    // Positions count from 1, as every collection command expects.
    must(setNote(b, { ref: 'Atelier Sfax', position: 3, note: 'Ma note' }));
    const outline = () =>
      must(getCollection(b.read, { ref: 'Atelier Sfax' })).entries.map((entry) => (entry.type === 'section' ? entry.heading : entry.note));
    expect(outline()).toEqual(['Jour 1', 'Lire avant la séance', 'Ma note', 'Jour 2', '', 'Jour 3']);
    must(addSection(a, { ref: 'Atelier Sfax', heading: 'Jour 4' }));
    const third = must(await importPack(b, { path: must(await exportCollection(a, join(dir, 'third.zip'))).path }));
    expect(third.collection?.status).toBe('keptLocal');
    expect(outline()).toEqual(['Jour 1', 'Lire avant la séance', 'Ma note', 'Jour 2', '', 'Jour 3']);
  });

  it('writes the same manifest for the same content, apart from its date', async () => {
    const dir = tempDir();
    const a = testLibrary();
    await workshopLibrary(a, dir);
    const manifest = async (name: string) => {
      must(await exportCollection(a, join(dir, name)));
      const entry = (await readZip(join(dir, name))).find((file) => file.name === packPaths.manifest);
      const { created: _created, ...rest } = JSON.parse(entry?.bytes.toString() ?? '{}') as PackManifest;
      return rest;
    };
    expect(await manifest('one.zip')).toEqual(await manifest('two.zip'));
  });

  it('leaves no file behind when the export is cancelled', async () => {
    const dir = tempDir();
    const a = testLibrary();
    await workshopLibrary(a, dir);
    const controller = new AbortController();
    const exported = await exportPack(
      a,
      { selection: { collection: 'Atelier Sfax' }, out: join(dir, 'cancelled.zip'), language: 'en', sign: false },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    expect(exported).toEqual({ ok: false, error: { code: 'export.cancelled', params: {} } });
    expect(readdirSync(dir).sort()).toEqual(['guide.pdf']);
  });

  it('stops with a clear error, and no file, when an attached file was damaged in the store', async () => {
    const dir = tempDir();
    const a = testLibrary();
    const { ids } = await workshopLibrary(a, dir);
    const sha = contentOf(a, ids[0] as string).attachments?.[0]?.sha256 as string;
    writeFileSync(blobPath(a.dir, sha), 'damaged by a failing disk');
    const exported = await exportCollection(a, join(dir, 'damaged.zip'));
    expect(exported).toEqual({ ok: false, error: { code: 'attachment.corrupt', params: { sha256: sha } } });
    expect(readdirSync(dir).sort()).toEqual(['guide.pdf']);
  });

  it('leaves out the items of a collection that are in the trash', async () => {
    const dir = tempDir();
    const a = testLibrary();
    const { ids } = await workshopLibrary(a, dir);
    must(deleteItem(a, { id: ids[2] as string }));
    const out = join(dir, 'without-trash.zip');
    expect(must(await exportCollection(a, out)).items).toBe(2);
    const b = testLibrary();
    must(await importPack(b, { path: out }));
    expect(
      must(getCollection(b.read, { ref: 'Atelier Sfax' })).entries.map((entry) =>
        entry.type === 'section' ? entry.heading : entry.position,
      ),
    ).toEqual(['Jour 1', 2, 3, 'Jour 2']);
  });

  it('verifies a signed pack, and refuses it once a byte of its manifest changed', async () => {
    const dir = tempDir();
    const a = testLibrary();
    await workshopLibrary(a, dir);
    const out = join(dir, 'signed.zip');
    must(await exportCollection(a, out, true));
    const check = await verifyPack(out);
    check.pack?.zip.close();
    expect(check).toMatchObject({ problems: [], pack: { isSigned: true } });

    const entries = await readZip(out);
    const manifest = entries.find((entry) => entry.name === packPaths.manifest);
    if (!manifest) throw new Error('no manifest');
    manifest.bytes = Buffer.from(manifest.bytes.toString().replace('"Atelier Sfax"', '"Atelier Sfay"'));
    await writeEntries(join(dir, 'tampered.zip'), entries);
    expect((await verifyPack(join(dir, 'tampered.zip'))).problems).toEqual([{ code: 'pack.badSignature', params: {} }]);
  });
});

describe('merging by revision history', () => {
  async function shared() {
    const dir = tempDir();
    const a = testLibrary();
    const { ids } = await workshopLibrary(a, dir);
    const id = ids[2] as string;
    const b = testLibrary();
    let count = 0;
    const exportFrom = async (lib: Library) => {
      const out = join(dir, `pack-${(count += 1)}.zip`);
      must(await exportPack(lib, { selection: { itemIds: [id] }, out, language: 'en', sign: false }));
      return out;
    };
    const first = await exportFrom(a);
    must(await importPack(b, { path: first }));
    return { a, b, id, first, exportFrom };
  }

  it('updates an item from a revision that descends from the local one, keeping the history', async () => {
    const { a, b, id, exportFrom } = await shared();
    const before = must(getItem(b.read, { id })).revision;
    must(await updateItem(a, { id, changes: { title: 'Gender audit checklist, 2nd edition' } }));
    const preview = must(await importPack(b, { path: await exportFrom(a) }));
    expect(preview.items.updated.map((item) => item.id)).toEqual([id]);
    expect(contentOf(b, id).title).toBe('Gender audit checklist, 2nd edition');
    const history = must(listRevisions(b.read, { id }));
    expect(history.map((revision) => revision.parentHash)).toEqual([before, null]);
  });

  it('changes nothing for a revision the library has already moved past, or the same one', async () => {
    const { b, id, first, exportFrom } = await shared();
    must(await updateItem(b, { id, changes: { title: 'Checklist, local edition' } }));
    const older = must(await importPack(b, { path: first }));
    expect(older.items.unchanged.map((item) => item.id)).toEqual([id]);
    expect(older.hasChanges).toBe(false);
    const same = must(await importPack(b, { path: await exportFrom(b) }));
    expect(same.items.unchanged.map((item) => item.id)).toEqual([id]);
    expect(contentOf(b, id).title).toBe('Checklist, local edition');
  });

  it('keeps both sides of a diverged item as a conflict, then merges cleanly once it is resolved', async () => {
    const { a, b, id, exportFrom } = await shared();
    must(await updateItem(a, { id, changes: { title: 'Their title' } }));
    must(await updateItem(b, { id, changes: { title: 'My title' } }));
    const theirs = await exportFrom(a);
    const preview = must(await importPack(b, { path: theirs }));
    expect(preview.items.conflicting.map((item) => item.id)).toEqual([id]);
    expect(contentOf(b, id).title).toBe('My title');
    const [conflict] = must(listConflicts(b.read));
    expect(conflict).toMatchObject({ itemId: id, mine: { content: { title: 'My title' } }, theirs: { content: { title: 'Their title' } } });
    expect(must(await importPack(b, { path: theirs })).hasChanges).toBe(false);

    must(await resolveConflict(b, { id, keep: 'theirs' }));
    expect(contentOf(b, id).title).toBe('Their title');
    expect(must(listConflicts(b.read))).toEqual([]);
    must(await updateItem(b, { id, changes: { summary: 'Checked by both' } }));
    const back = must(await importPack(a, { path: await exportFrom(b) }));
    expect(back.items.updated.map((item) => item.id)).toEqual([id]);
    expect(contentOf(a, id)).toEqual(contentOf(b, id));
  });

  it('merges a conflict field by field: the fields chosen from theirs, the rest mine, as a new revision after mine', async () => {
    const { a, b, id, exportFrom } = await shared();
    must(await updateItem(a, { id, changes: { title: 'Their title', summary: 'Their summary' } }));
    must(await updateItem(b, { id, changes: { title: 'My title', summary: 'My summary' } }));
    const theirs = await exportFrom(a);
    must(await importPack(b, { path: theirs }));
    const mine = must(getItem(b.read, { id })).revision;
    must(await resolveConflict(b, { id, keep: 'merged', theirsFields: ['summary'] }));
    expect(contentOf(b, id)).toMatchObject({ title: 'My title', summary: 'Their summary' });
    expect(must(listRevisions(b.read, { id }))[0]?.parentHash).toBe(mine);
    expect(must(listConflicts(b.read))).toEqual([]);
    expect(must(await importPack(b, { path: theirs })).hasChanges).toBe(false);
    expect(must(await importPack(a, { path: await exportFrom(b) })).items.updated.map((item) => item.id)).toEqual([id]);
    expect(contentOf(a, id)).toEqual(contentOf(b, id));
  });

  it('refuses a merge that names the id, and keeps the conflict', async () => {
    const { a, b, id, exportFrom } = await shared();
    must(await updateItem(a, { id, changes: { title: 'Their title' } }));
    must(await updateItem(b, { id, changes: { title: 'My title' } }));
    must(await importPack(b, { path: await exportFrom(a) }));
    expect(await resolveConflict(b, { id, keep: 'merged', theirsFields: ['id'] })).toMatchObject({
      ok: false,
      error: { code: 'input.notAllowed' },
    });
    expect(must(listConflicts(b.read))).toHaveLength(1);
  });

  it('after keeping mine, the pack changes nothing and my next pack updates theirs', async () => {
    const { a, b, id, exportFrom } = await shared();
    must(await updateItem(a, { id, changes: { title: 'Their title' } }));
    must(await updateItem(b, { id, changes: { title: 'My title' } }));
    const theirs = await exportFrom(a);
    must(await importPack(b, { path: theirs }));
    must(await resolveConflict(b, { id, keep: 'mine' }));
    expect(must(await importPack(b, { path: theirs })).hasChanges).toBe(false);
    expect(must(await importPack(a, { path: await exportFrom(b) })).items.updated.map((item) => item.id)).toEqual([id]);
    expect(contentOf(a, id).title).toBe('My title');
  });
});
