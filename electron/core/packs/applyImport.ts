import type { PackItem, PackTerm } from '../../api/packFormat';
import type { ItemContent, RichTextDoc } from '../../api/types';
import { rewriteEntries } from '../collections/entries';
import type { WriteTx } from '../db/handles';
import { serializeContent } from '../items/canonicalContent';
import { saveItem } from '../items/saveItem';
import type { RichText } from '../richText/loadRichText';
import { knownHashes, rememberRevisions, type ImportPlan } from './planImport';
import type { VerifiedPack } from './verifyPack';

interface ApplyContext {
  readonly now: string;
  readonly richText: RichText;
}

/** Writes what a plan says, inside the import's one transaction; the attachments are already in the store. */
export function applyImport(tx: WriteTx, pack: VerifiedPack, plan: ImportPlan, context: ApplyContext): void {
  const { publisher } = pack.manifest;
  // An unsigned pack only claims its publisher: nothing is recorded under that key.
  const publisherKey = pack.isSigned ? publisher.publicKey : '';
  if (pack.isSigned) {
    tx.prepare('INSERT OR IGNORE INTO publishers (public_key, name, organisation, library_id, first_seen_at) VALUES (?, ?, ?, ?, ?)').run(
      publisher.publicKey,
      publisher.name,
      publisher.organisation,
      publisher.libraryId,
      context.now,
    );
  }
  addTerms(tx, plan.newTerms, context.now);
  fillLabels(tx, plan.labelledTerms, context.now);
  const addBlob = tx.prepare('INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (?, ?, ?)');
  for (const attachment of plan.newAttachments) addBlob.run(attachment.sha256, attachment.size, context.now);

  for (const item of pack.items) {
    const outcome = plan.outcomes.get(item.content.id);
    const source = { packId: pack.manifest.id, publisherName: publisher.name, publisherKey };
    if (outcome === 'new' || outcome === 'updated') saveIncoming(tx, item, { ...context, ...source });
    if (outcome === 'conflicting') {
      tx.prepare(
        `INSERT OR REPLACE INTO item_conflicts (item_id, revision, ancestors, content, pack_id, publisher_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        item.content.id,
        item.revision,
        JSON.stringify(item.ancestors),
        serializeContent(item.content as unknown as ItemContent),
        source.packId,
        publisherKey,
        context.now,
      );
    }
  }
  if (pack.collection && plan.collectionToWrite) {
    writeCollection(
      tx,
      { id: pack.collection.id, description: pack.collection.description as RichTextDoc, ...plan.collectionToWrite },
      context,
    );
  }
}

/** Stores an incoming revision as the item's current one, with the history it came with. */
function saveIncoming(
  tx: WriteTx,
  item: PackItem,
  context: ApplyContext & { packId: string; publisherName: string; publisherKey: string },
): void {
  const id = item.content.id;
  saveItem(tx, item.content as unknown as ItemContent, {
    author: context.publisherName,
    now: context.now,
    provenance: { origin: 'pack', libraryId: item.originLibraryId },
    richText: context.richText,
    parentHash: item.ancestors.at(-1) ?? null,
  });
  rememberRevisions(tx, id, item.ancestors);
  tx.prepare('INSERT OR IGNORE INTO item_sources (item_id, revision, pack_id, publisher_key, imported_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    item.revision,
    context.packId,
    context.publisherKey,
    context.now,
  );
  // A conflict recorded earlier is settled once its revision is part of this item's history.
  const conflict = tx.prepare('SELECT revision FROM item_conflicts WHERE item_id = ?').pluck().get(id) as string | undefined;
  if (conflict !== undefined && knownHashes(tx, id).has(conflict)) tx.prepare('DELETE FROM item_conflicts WHERE item_id = ?').run(id);
}

/** Adds the pack's terms this library lacks; a term's parent is linked once both exist. */
function addTerms(tx: WriteTx, terms: readonly PackTerm[], now: string): void {
  const insert = tx.prepare(
    `INSERT INTO terms (id, vocabulary, code, label_fr, label_en, label_es, label_ar, organisation_type, country, created_at, updated_at)
     VALUES (@id, @vocabulary, @code, @fr, @en, @es, @ar, @organisationType, @country, @now, @now)`,
  );
  for (const term of terms) insert.run({ ...term, ...term.labels, now });
  const linkParent = tx.prepare('UPDATE terms SET parent_id = ? WHERE id = ? AND EXISTS (SELECT 1 FROM terms WHERE id = ?)');
  for (const term of terms) if (term.parentId) linkParent.run(term.parentId, term.id, term.parentId);
}

/** Fills the labels a term has left empty here; labels it has are never replaced. */
function fillLabels(tx: WriteTx, terms: readonly PackTerm[], now: string): void {
  const fill = tx.prepare(
    `UPDATE terms SET label_fr = IIF(label_fr = '', @fr, label_fr), label_en = IIF(label_en = '', @en, label_en),
       label_es = IIF(label_es = '', @es, label_es), label_ar = IIF(label_ar = '', @ar, label_ar), updated_at = @now WHERE id = @id`,
  );
  for (const term of terms) fill.run({ id: term.id, ...term.labels, now });
}

function writeCollection(
  tx: WriteTx,
  collection: { id: string; description: RichTextDoc } & NonNullable<ImportPlan['collectionToWrite']>,
  context: ApplyContext,
): void {
  const description = JSON.stringify(collection.description);
  const descriptionText = context.richText.richTextToText(collection.description);
  tx.prepare(
    `INSERT INTO collections (id, name, description, description_text, created_at, updated_at) VALUES (@id, @name, @description, @descriptionText, @now, @now)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
       description_text = excluded.description_text, updated_at = excluded.updated_at`,
  ).run({ id: collection.id, name: collection.name, description, descriptionText, now: context.now });
  rewriteEntries(tx, collection.id, collection.entries);
  tx.prepare(
    'INSERT INTO collection_imports (collection_id, state_hash) VALUES (?, ?) ON CONFLICT(collection_id) DO UPDATE SET state_hash = excluded.state_hash',
  ).run(collection.id, collection.stateHash);
}
