import { asCollectionId, asItemId, asTermId } from '../../api/ids';
import type { PackItem, PackTerm } from '../../api/packFormat';
import type { ImportItemLine, ImportPreview } from '../../api/types';
import type { Db } from '../db/handles';
import { readItemRow } from '../items/itemRow';
import type { VerifiedPack } from './verifyPack';

/** How one incoming item meets the library (see ImportPreview.items). */
type ItemOutcome = 'new' | 'updated' | 'unchanged' | 'conflicting';

/** What an import will do: the preview, and the details applying it needs. */
export interface ImportPlan {
  readonly preview: ImportPreview;
  readonly outcomes: ReadonlyMap<string, ItemOutcome>;
  readonly newTerms: readonly PackTerm[];
  /** Attachments the library does not hold yet. */
  readonly newAttachments: ReadonlyArray<{ readonly sha256: string; readonly size: number }>;
}

/**
 * Compares a verified pack with the library, by revision history: the same revision, or one the library's history
 * already holds, changes nothing; one whose ancestors include the library's current revision updates it; anything
 * else diverged and becomes a conflict (unless that very conflict is already recorded).
 */
export function planImport(db: Db, pack: VerifiedPack, publicKey: string): ImportPlan {
  const outcomes = new Map<string, ItemOutcome>();
  const lines: Record<ItemOutcome, ImportItemLine[]> = { new: [], updated: [], unchanged: [], conflicting: [] };
  for (const item of pack.items) {
    const outcome = itemOutcome(db, item);
    outcomes.set(item.content.id, outcome);
    lines[outcome].push({ id: asItemId(item.content.id), title: String(item.content.title ?? '') });
  }
  const termExists = db.prepare('SELECT 1 FROM terms WHERE id = ?').pluck();
  const newTerms = pack.terms.filter((term) => termExists.get(term.id) === undefined);
  const blobExists = db.prepare('SELECT 1 FROM attachments WHERE sha256 = ?').pluck();
  const newAttachments = pack.manifest.files
    .filter((file) => file.path.startsWith('pack/attachments/') && blobExists.get(file.sha256) === undefined)
    .map(({ sha256, size }) => ({ sha256, size }));
  const collection = collectionStatus(db, pack);
  const isKnown = db.prepare('SELECT 1 FROM publishers WHERE public_key = ?').get(publicKey) !== undefined;
  const { manifest } = pack;
  return {
    outcomes,
    newTerms,
    newAttachments,
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
      newTerms: newTerms.map((term) => ({ id: asTermId(term.id), vocabulary: term.vocabulary, labels: term.labels })),
      collection,
      attachments: { new: newAttachments.length, newBytes: newAttachments.reduce((sum, file) => sum + file.size, 0) },
      hasChanges:
        !isKnown ||
        lines.new.length + lines.updated.length + lines.conflicting.length + newTerms.length + newAttachments.length > 0 ||
        (collection !== null && collection.status !== 'unchanged'),
    },
  };
}

/** Every revision hash this library knows for an item: its own revisions and those its imports brought. */
export function knownHashes(db: Db, itemId: string): Set<string> {
  const local = db.prepare('SELECT hash FROM revisions WHERE item_id = ?').pluck().all(itemId) as string[];
  const known = db.prepare('SELECT hash FROM known_revisions WHERE item_id = ?').pluck().all(itemId) as string[];
  return new Set([...local, ...known]);
}

function itemOutcome(db: Db, item: PackItem): ItemOutcome {
  const row = readItemRow(db, item.content.id);
  if (!row) return 'new';
  if (knownHashes(db, row.id).has(item.revision)) return 'unchanged';
  if (item.ancestors.includes(row.revision)) return 'updated';
  const recorded = db.prepare('SELECT revision FROM item_conflicts WHERE item_id = ?').pluck().get(row.id);
  return recorded === item.revision ? 'unchanged' : 'conflicting';
}

function collectionStatus(db: Db, pack: VerifiedPack): ImportPreview['collection'] {
  const incoming = pack.collection;
  if (!incoming) return null;
  const existing = db.prepare('SELECT name, description FROM collections WHERE id = ?').get(incoming.id) as
    { name: string; description: string } | undefined;
  const line = { id: asCollectionId(incoming.id), name: collectionName(db, incoming.id, incoming.name) };
  if (!existing) return { ...line, status: 'new' };
  return { ...line, status: sameCollection(db, incoming, existing) ? 'unchanged' : 'updated' };
}

/** True when the library's copy of the collection already has the pack's name, description and entries. */
function sameCollection(
  db: Db,
  incoming: NonNullable<VerifiedPack['collection']>,
  existing: { name: string; description: string },
): boolean {
  const id = incoming.id;
  const entries = db
    .prepare('SELECT item_id, heading, note FROM collection_entries WHERE collection_id = ? ORDER BY position')
    .all(id) as Array<{ item_id: string | null; heading: string | null; note: string }>;
  const mine = entries.map((entry) =>
    entry.item_id === null ? { type: 'section', heading: entry.heading } : { type: 'item', itemId: entry.item_id, note: entry.note },
  );
  return (
    existing.name === collectionName(db, id, incoming.name) &&
    JSON.stringify(JSON.parse(existing.description)) === JSON.stringify(incoming.description) &&
    JSON.stringify(mine) === JSON.stringify(incoming.entries)
  );
}

/** The pack's name for its collection, numbered when another collection of this library already has that name. */
export function collectionName(db: Db, id: string, name: string): string {
  const taken = db.prepare('SELECT 1 FROM collections WHERE name = ? COLLATE NOCASE AND id <> ?').pluck();
  let candidate = name;
  for (let number = 2; taken.get(candidate, id) !== undefined; number += 1) candidate = `${name} (${number})`;
  return candidate;
}
