import { fail, ok, type Result } from '../../api/errors';
import type { PackItem, PackTerm } from '../../api/packFormat';
import { packPaths } from '../../api/packFormat';
import { editableVocabularies } from '../../api/vocabularyCodes';
import type { ImportPreview, ItemContent, RichTextDoc } from '../../api/types';
import { BlobMismatch, removeNewBlobs, storeBlob, type StoredBlob } from '../attachments/attachmentStore';
import type { WriteTx } from '../db/handles';
import { serializeContent } from '../items/canonicalContent';
import { saveItem } from '../items/saveItem';
import type { Library } from '../library/library';
import { loadRichText, type RichText } from '../richText/loadRichText';
import { collectionName, knownHashes, planImport, type ImportPlan } from './planImport';
import { verifyPack, type VerifiedPack } from './verifyPack';
import type { WriteControl } from './writeZip';

/** Checks a pack and tells what importing it would do, writing nothing. */
export async function previewImport(lib: Library, input: { path: string }, control: WriteControl = {}): Promise<Result<ImportPreview>> {
  return withVerifiedPack(input.path, control, async (pack) => {
    const plan = planImport(lib.read, pack, pack.manifest.publisher.publicKey);
    return officialTermProblem(plan) ?? ok(plan.preview);
  });
}

// The official lists (SDGs, countries, regions) come with Compendium: a pack may use their terms, never add to them.
function officialTermProblem(plan: ImportPlan): Result<never> | null {
  const unknown = plan.newTerms.find((term) => !editableVocabularies.includes(term.vocabulary));
  return unknown ? fail('pack.unknownTerm', { path: packPaths.vocabularies, term: unknown.id }) : null;
}

/**
 * Imports a pack: checked entirely first, then its new attachments stored (temporary file, fsync, rename), then
 * everything else in one transaction. A failure at any point takes back the attachments it stored, so the library
 * is as it was. A pack already imported writes nothing.
 */
export async function importPack(lib: Library, input: { path: string }, control: WriteControl = {}): Promise<Result<ImportPreview>> {
  const richText = await loadRichText();
  return withVerifiedPack(input.path, control, async (pack) => {
    const publicKey = pack.manifest.publisher.publicKey;
    const before = planImport(lib.read, pack, publicKey);
    const problem = officialTermProblem(before);
    if (problem) return problem;
    if (!before.preview.hasChanges) return ok(before.preview);

    const stored: StoredBlob[] = [];
    try {
      const total = before.newAttachments.reduce((sum, file) => sum + file.size, 0);
      let done = 0;
      for (const attachment of before.newAttachments) {
        const entry = pack.zip.entries.get(packPaths.attachment(attachment.sha256));
        if (!entry) return fail('pack.missingFile', { path: packPaths.attachment(attachment.sha256) });
        stored.push(await storeBlob(lib.dir, await pack.zip.open(entry), { expected: attachment, signal: control.signal }));
        done += attachment.size;
        control.onProgress?.(done, total);
      }
      const applied = lib.write((tx) => {
        // Planned again inside the transaction: another process may have written since the first look.
        const plan = planImport(tx, pack, publicKey);
        applyPlan(tx, pack, plan, { now: lib.now(), richText });
        return ok(plan.preview);
      });
      if (!applied.ok) await removeNewBlobs(lib.dir, stored);
      return applied;
    } catch (cause) {
      await removeNewBlobs(lib.dir, stored);
      if (control.signal?.aborted) return fail('pack.cancelled');
      if (cause instanceof BlobMismatch) return fail('pack.checksum', { path: 'pack/attachments/' });
      throw cause;
    }
  });
}

async function withVerifiedPack<T>(
  path: string,
  control: WriteControl,
  work: (pack: VerifiedPack) => Promise<Result<T>>,
): Promise<Result<T>> {
  let check;
  try {
    check = await verifyPack(path, { signal: control.signal });
  } catch (cause) {
    if (control.signal?.aborted) return fail('pack.cancelled');
    throw cause;
  }
  if (!check.pack) {
    const first = check.problems[0];
    return first ? fail(first.code, first.params) : fail('internal');
  }
  try {
    return await work(check.pack);
  } finally {
    check.pack.zip.close();
  }
}

function applyPlan(tx: WriteTx, pack: VerifiedPack, plan: ImportPlan, context: { now: string; richText: RichText }): void {
  const { publisher } = pack.manifest;
  tx.prepare('INSERT OR IGNORE INTO publishers (public_key, name, organisation, library_id, first_seen_at) VALUES (?, ?, ?, ?, ?)').run(
    publisher.publicKey,
    publisher.name,
    publisher.organisation,
    publisher.libraryId,
    context.now,
  );
  mergeTerms(tx, pack.terms, plan.newTerms, context.now);
  const addBlob = tx.prepare('INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (?, ?, ?)');
  for (const attachment of plan.newAttachments) addBlob.run(attachment.sha256, attachment.size, context.now);

  for (const item of pack.items) {
    const outcome = plan.outcomes.get(item.content.id);
    if (outcome === 'new' || outcome === 'updated') saveIncoming(tx, item, { ...context, packId: pack.manifest.id, publisher });
    if (outcome === 'conflicting') {
      tx.prepare(
        `INSERT OR REPLACE INTO item_conflicts (item_id, revision, ancestors, content, pack_id, publisher_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        item.content.id,
        item.revision,
        JSON.stringify(item.ancestors),
        serializeContent(item.content as unknown as ItemContent),
        pack.manifest.id,
        publisher.publicKey,
        context.now,
      );
    }
  }
  if (pack.collection && plan.preview.collection?.status !== 'unchanged') writeCollection(tx, pack.collection, context);
}

/** Stores an incoming revision as the item's current one, with the history it came with. */
function saveIncoming(
  tx: WriteTx,
  item: PackItem,
  context: { now: string; richText: RichText; packId: string; publisher: { name: string; publicKey: string } },
): void {
  const id = item.content.id;
  saveItem(tx, item.content as unknown as ItemContent, {
    author: context.publisher.name,
    now: context.now,
    provenance: { origin: 'pack', libraryId: item.originLibraryId },
    richText: context.richText,
    parentHash: item.ancestors.at(-1) ?? null,
  });
  const known = knownHashes(tx, id);
  const remember = tx.prepare('INSERT OR IGNORE INTO known_revisions (item_id, hash) VALUES (?, ?)');
  for (const hash of item.ancestors) if (!known.has(hash)) remember.run(id, hash);
  tx.prepare('INSERT OR IGNORE INTO item_sources (item_id, revision, pack_id, publisher_key, imported_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    item.revision,
    context.packId,
    context.publisher.publicKey,
    context.now,
  );
  // A conflict recorded earlier is settled once its revision is part of this item's history.
  const conflict = tx.prepare('SELECT revision FROM item_conflicts WHERE item_id = ?').pluck().get(id) as string | undefined;
  if (conflict !== undefined && knownHashes(tx, id).has(conflict)) tx.prepare('DELETE FROM item_conflicts WHERE item_id = ?').run(id);
}

/** Adds the pack's terms this library lacks, and fills labels it has left empty; a term's parent is linked once both exist. */
function mergeTerms(tx: WriteTx, terms: readonly PackTerm[], newTerms: readonly PackTerm[], now: string): void {
  const insert = tx.prepare(
    `INSERT INTO terms (id, vocabulary, code, label_fr, label_en, label_es, label_ar, organisation_type, country, created_at, updated_at)
     VALUES (@id, @vocabulary, @code, @fr, @en, @es, @ar, @organisationType, @country, @now, @now)`,
  );
  for (const term of newTerms) insert.run({ ...term, ...term.labels, now });
  const linkParent = tx.prepare('UPDATE terms SET parent_id = ? WHERE id = ? AND EXISTS (SELECT 1 FROM terms WHERE id = ?)');
  for (const term of newTerms) if (term.parentId) linkParent.run(term.parentId, term.id, term.parentId);
  for (const term of terms) {
    for (const [language, label] of Object.entries(term.labels)) {
      if (!label) continue;
      tx.prepare(`UPDATE terms SET label_${language} = ?, updated_at = ? WHERE id = ? AND label_${language} = ''`).run(label, now, term.id);
    }
  }
}

function writeCollection(
  tx: WriteTx,
  collection: NonNullable<VerifiedPack['collection']>,
  context: { now: string; richText: RichText },
): void {
  const name = collectionName(tx, collection.id, collection.name);
  const description = JSON.stringify(collection.description);
  const descriptionText = context.richText.richTextToText(collection.description as RichTextDoc);
  tx.prepare(
    `INSERT INTO collections (id, name, description, description_text, created_at, updated_at) VALUES (@id, @name, @description, @descriptionText, @now, @now)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
       description_text = excluded.description_text, updated_at = excluded.updated_at`,
  ).run({ id: collection.id, name, description, descriptionText, now: context.now });
  tx.prepare('DELETE FROM collection_entries WHERE collection_id = ?').run(collection.id);
  const insert = tx.prepare('INSERT INTO collection_entries (collection_id, position, item_id, heading, note) VALUES (?, ?, ?, ?, ?)');
  for (const [position, entry] of collection.entries.entries()) {
    if (entry.type === 'item') insert.run(collection.id, position, entry.itemId, null, entry.note);
    else insert.run(collection.id, position, null, entry.heading, '');
  }
}
