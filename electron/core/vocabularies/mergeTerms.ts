import { fail, ok, type Result } from '../../api/errors';
import { asTermId } from '../../api/ids';
import type { ItemContent, Term } from '../../api/types';
import type { WriteTx } from '../db/handles';
import { saveItem } from '../items/saveItem';
import { loadRichText, type RichText } from '../richText/loadRichText';
import type { Library } from '../library/library';
import { readTermRow, termFromRow, type TermRow } from './termRow';
import { editableVocabularies } from '../../api/vocabularyCodes';

/**
 * Merges term `from` into term `into`: every item that used `from` (in the trash too) now uses `into`, each as a
 * new revision, since its content changed. `from` is retired and remembers where it went, so that old revisions
 * and incoming packs that name it still resolve.
 */
export async function mergeTerms(lib: Library, input: { from: string; into: string }): Promise<Result<{ term: Term; movedItems: number }>> {
  if (input.from === input.into) return fail('vocabulary.mergeSameTerm', { id: input.from });
  const from = readTermRow(lib.read, input.from);
  if (!from) return fail('vocabulary.termNotFound', { id: input.from });
  const into = readTermRow(lib.read, input.into);
  if (!into) return fail('vocabulary.termNotFound', { id: input.into });
  if (!editableVocabularies.includes(from.vocabulary)) return fail('vocabulary.readOnly', { vocabulary: from.vocabulary });
  if (from.vocabulary !== into.vocabulary) return fail('vocabulary.mergeAcrossVocabularies', { from: from.id, into: into.id });
  if (into.is_retired === 1) return fail('vocabulary.mergeIntoRetired', { into: into.id });

  const richText = await loadRichText();
  return lib.write((tx) => {
    const itemIds = tx.prepare('SELECT DISTINCT item_id FROM item_terms WHERE term_id = ?').pluck().all(from.id) as string[];
    for (const itemId of itemIds) moveReferences(tx, lib, { itemId, from: from.id, into: into.id, richText });
    tx.prepare('UPDATE terms SET is_retired = 1, merged_into = ?, updated_at = ? WHERE id = ?').run(into.id, lib.now(), from.id);
    // Terms merged into `from` earlier now lead to `into` directly.
    tx.prepare('UPDATE terms SET merged_into = ? WHERE merged_into = ?').run(into.id, from.id);
    const count = tx.prepare('SELECT COUNT(DISTINCT item_id) FROM item_terms WHERE term_id = ?').pluck().get(into.id) as number;
    return ok({ term: termFromRow(readTermRow(tx, into.id) as TermRow, count), movedItems: itemIds.length });
  });
}

function moveReferences(tx: WriteTx, lib: Library, move: { itemId: string; from: string; into: string; richText: RichText }): void {
  const row = tx.prepare('SELECT content, origin, origin_library_id FROM items WHERE id = ?').get(move.itemId) as {
    content: string;
    origin: 'local' | 'starter' | 'pack';
    origin_library_id: string;
  };
  const content = JSON.parse(row.content) as ItemContent;
  const replace = (id: string) => asTermId(id === move.from ? move.into : id);
  const organisations = content.organisations?.map((organisation) => ({ ...organisation, id: replace(organisation.id) }));
  const updated: ItemContent = {
    ...content,
    themes: content.themes?.map(replace),
    // The same organisation may now appear twice with one role: keep the first.
    organisations: organisations?.filter(
      (organisation, index) =>
        organisations.findIndex((other) => other.id === organisation.id && other.role === organisation.role) === index,
    ),
  };
  saveItem(tx, updated, {
    author: lib.author,
    now: lib.now(),
    provenance: { origin: row.origin, libraryId: row.origin_library_id },
    richText: move.richText,
  });
}
