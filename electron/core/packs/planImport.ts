import { createHash } from 'node:crypto';
import { asCollectionId, asItemId, asTermId } from '../../api/ids';
import type { PackCollection, PackItem, PackTerm } from '../../api/packFormat';
import type { ImportItemLine, ImportPreview } from '../../api/types';
import { uiLanguages } from '../../api/vocabularyCodes';
import { readEntries, type EntryRow } from '../collections/entries';
import type { Db, WriteTx } from '../db/handles';
import { readItemRow } from '../items/itemRow';
import type { TermRow } from '../vocabularies/termRow';
import type { VerifiedPack } from './verifyPack';

/** How one incoming item meets the library (see ImportPreview.items). */
type ItemOutcome = 'new' | 'updated' | 'unchanged' | 'conflicting';

/** What an import will do: the preview, and the details applying it needs. */
export interface ImportPlan {
  readonly preview: ImportPreview;
  readonly outcomes: ReadonlyMap<string, ItemOutcome>;
  readonly newTerms: readonly PackTerm[];
  /** Existing terms with empty labels that the pack fills. */
  readonly labelledTerms: readonly PackTerm[];
  /** Attachments the library does not hold yet. */
  readonly newAttachments: ReadonlyArray<{ readonly sha256: string; readonly size: number }>;
  /** The collection as it will be written, with the name it gets here; null when it is left as it is. */
  readonly collectionToWrite: { readonly name: string; readonly entries: readonly EntryRow[]; readonly stateHash: string } | null;
}

/**
 * Compares a verified pack with the library, by revision history: the same revision, or one the library's history
 * already holds, changes nothing; one whose ancestors include the library's current revision updates it; anything
 * else diverged and becomes a conflict (unless that very conflict is already recorded).
 */
export function planImport(db: Db, pack: VerifiedPack): ImportPlan {
  const outcomes = new Map<string, ItemOutcome>();
  const lines: Record<ItemOutcome, ImportItemLine[]> = { new: [], updated: [], unchanged: [], conflicting: [] };
  for (const item of pack.items) {
    const outcome = itemOutcome(db, item);
    outcomes.set(item.content.id, outcome);
    lines[outcome].push({ id: asItemId(item.content.id), title: String(item.content.title ?? '') });
  }
  const readTerm = db.prepare('SELECT * FROM terms WHERE id = ?');
  const newTerms: PackTerm[] = [];
  const labelledTerms: PackTerm[] = [];
  for (const term of pack.terms) {
    const local = readTerm.get(term.id) as TermRow | undefined;
    if (!local) newTerms.push(term);
    else if (uiLanguages.some((language) => local[`label_${language}`] === '' && term.labels[language] !== '')) labelledTerms.push(term);
  }
  const blobExists = db.prepare('SELECT 1 FROM attachments WHERE sha256 = ?').pluck();
  const newAttachments = pack.manifest.files
    .filter((file) => file.path.startsWith('pack/attachments/') && blobExists.get(file.sha256) === undefined)
    .map(({ sha256, size }) => ({ sha256, size }));
  const collection = pack.collection ? planCollection(db, pack.collection) : null;
  const { manifest } = pack;
  // Anyone can copy a public key into a manifest: only a valid signature shows the pack is that publisher's.
  const isKnown =
    pack.isSigned && db.prepare('SELECT 1 FROM publishers WHERE public_key = ?').get(manifest.publisher.publicKey) !== undefined;
  const termLine = (term: PackTerm) => ({ id: asTermId(term.id), vocabulary: term.vocabulary, labels: term.labels });
  return {
    outcomes,
    newTerms,
    labelledTerms,
    newAttachments,
    collectionToWrite: collection?.write ?? null,
    preview: {
      pack: {
        id: manifest.id,
        title: manifest.title,
        description: manifest.description,
        created: manifest.created,
        languages: manifest.languages,
        counts: manifest.counts,
      },
      publisher: { ...manifest.publisher, isKnown },
      signature: pack.isSigned ? 'valid' : 'absent',
      items: lines,
      newTerms: newTerms.map(termLine),
      labelledTerms: labelledTerms.map(termLine),
      collection: collection?.line ?? null,
      attachments: { new: newAttachments.length, newBytes: newAttachments.reduce((sum, file) => sum + file.size, 0) },
      hasChanges:
        (pack.isSigned && !isKnown) ||
        lines.new.length + lines.updated.length + lines.conflicting.length > 0 ||
        newTerms.length + labelledTerms.length + newAttachments.length > 0 ||
        collection?.write !== undefined,
    },
  };
}

/** Every revision hash this library knows for an item: its own revisions and those its imports brought. */
export function knownHashes(db: Db, itemId: string): Set<string> {
  const local = db.prepare('SELECT hash FROM revisions WHERE item_id = ?').pluck().all(itemId) as string[];
  const known = db.prepare('SELECT hash FROM known_revisions WHERE item_id = ?').pluck().all(itemId) as string[];
  return new Set([...local, ...known]);
}

/** Records revision hashes from another library's history of an item, so that they count as its past here. */
export function rememberRevisions(tx: WriteTx, itemId: string, hashes: readonly string[]): void {
  const known = knownHashes(tx, itemId);
  const remember = tx.prepare('INSERT OR IGNORE INTO known_revisions (item_id, hash) VALUES (?, ?)');
  for (const hash of hashes) if (!known.has(hash)) remember.run(itemId, hash);
}

function itemOutcome(db: Db, item: PackItem): ItemOutcome {
  const row = readItemRow(db, item.content.id);
  if (!row) return 'new';
  if (knownHashes(db, row.id).has(item.revision)) return 'unchanged';
  if (item.ancestors.includes(row.revision)) return 'updated';
  const recorded = db.prepare('SELECT revision FROM item_conflicts WHERE item_id = ?').pluck().get(row.id);
  return recorded === item.revision ? 'unchanged' : 'conflicting';
}

/**
 * A collection is written when it is new here, or when it is still as the last import left it; changes made here
 * since are kept, and the pack's version is then not applied.
 */
function planCollection(
  db: Db,
  incoming: PackCollection,
): { line: NonNullable<ImportPreview['collection']>; write?: NonNullable<ImportPlan['collectionToWrite']> } {
  const name = collectionName(db, incoming.id, incoming.name);
  const entries: EntryRow[] = incoming.entries.map((entry) =>
    entry.type === 'item'
      ? { item_id: entry.itemId, heading: null, note: entry.note }
      : { item_id: null, heading: entry.heading, note: '' },
  );
  const stateHash = collectionState(name, JSON.stringify(incoming.description), entries);
  const line = { id: asCollectionId(incoming.id), name };
  const write = { name, entries, stateHash };
  const local = db.prepare('SELECT name, description FROM collections WHERE id = ?').get(incoming.id) as
    { name: string; description: string } | undefined;
  if (!local) return { line: { ...line, status: 'new' }, write };
  const localHash = collectionState(local.name, local.description, readEntries(db, incoming.id));
  if (localHash === stateHash) return { line: { ...line, status: 'unchanged' } };
  const lastImported = db.prepare('SELECT state_hash FROM collection_imports WHERE collection_id = ?').pluck().get(incoming.id);
  return localHash === lastImported ? { line: { ...line, status: 'updated' }, write } : { line: { ...line, status: 'keptLocal' } };
}

/** A hash of what a collection shows: its name, its description (JSON text as stored) and its entries in order. */
function collectionState(name: string, description: string, entries: readonly EntryRow[]): string {
  const state = JSON.stringify([name, JSON.parse(description), entries.map((entry) => [entry.item_id, entry.heading, entry.note])]);
  return createHash('sha256').update(state).digest('hex');
}

/** The pack's name for its collection, numbered when another collection of this library already has that name. */
function collectionName(db: Db, id: string, name: string): string {
  const taken = db.prepare('SELECT 1 FROM collections WHERE name = ? COLLATE NOCASE AND id <> ?').pluck();
  let candidate = name;
  for (let number = 2; taken.get(candidate, id) !== undefined; number += 1) candidate = `${name} (${number})`;
  return candidate;
}
