import { fail, ok, type Result } from '../../api/errors';
import type { Term } from '../../api/types';
import { editableVocabularies, uiLanguages, type Labels } from '../../api/vocabularyCodes';
import type { WriteTx } from '../db/handles';
import type { Library } from '../library/library';
import { indexItem } from '../search/indexItem';
import { findTerm, readTermRow, termFromRow, type TermRow } from './termRow';

// SDGs, countries and regions are official lists: their terms change only with the data Compendium ships.
function editableTerm(lib: Library, id: string): Result<TermRow> {
  const row = readTermRow(lib.read, id);
  if (!row) return fail('vocabulary.termNotFound', { id });
  if (!editableVocabularies.includes(row.vocabulary)) return fail('vocabulary.readOnly', { vocabulary: row.vocabulary });
  return ok(row);
}

function readTerm(tx: WriteTx, id: string): Result<Term> {
  const count = tx.prepare('SELECT COUNT(DISTINCT item_id) FROM item_terms WHERE term_id = ?').pluck().get(id) as number;
  return ok(termFromRow(readTermRow(tx, id) as TermRow, count));
}

/** Changes a term's labels in the languages given; items keep pointing at it by id. */
export function renameTerm(lib: Library, input: { id: string; labels: Partial<Labels> }): Result<Term> {
  const found = editableTerm(lib, input.id);
  if (!found.ok) return found;
  if (uiLanguages.every((language) => input.labels[language] === undefined)) return fail('input.required', { field: 'labels' });
  for (const language of uiLanguages) {
    const label = input.labels[language]?.trim();
    if (label === undefined) continue;
    if (label === '') return fail('input.empty', { field: `labels.${language}` });
    const taken = findTerm(lib.read, found.value.vocabulary, label);
    if (taken && taken.id !== input.id) return fail('vocabulary.labelTaken', { label, id: taken.id });
  }
  return lib.write((tx) => {
    tx.prepare(
      `UPDATE terms SET label_fr = COALESCE(@fr, label_fr), label_en = COALESCE(@en, label_en),
         label_es = COALESCE(@es, label_es), label_ar = COALESCE(@ar, label_ar), updated_at = @now WHERE id = @id`,
    ).run({
      id: input.id,
      now: lib.now(),
      ...Object.fromEntries(uiLanguages.map((language) => [language, input.labels[language]?.trim() ?? null])),
    });
    // The index holds every label of an item's terms: items with this term are indexed again.
    const itemIds = tx.prepare('SELECT DISTINCT item_id FROM item_terms WHERE term_id = ?').pluck().all(input.id) as string[];
    for (const itemId of itemIds) indexItem(tx, itemId, { currentYear: new Date(lib.now()).getUTCFullYear() });
    return readTerm(tx, input.id);
  });
}

/** Retires a term: it stays on the items that have it, and pickers stop offering it. `isRetired: false` brings it back. */
export function retireTerm(lib: Library, input: { id: string; isRetired: boolean }): Result<Term> {
  const found = editableTerm(lib, input.id);
  if (!found.ok) return found;
  return lib.write((tx) => {
    tx.prepare('UPDATE terms SET is_retired = ?, updated_at = ? WHERE id = ?').run(input.isRetired ? 1 : 0, lib.now(), input.id);
    return readTerm(tx, input.id);
  });
}
