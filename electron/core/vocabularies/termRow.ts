import { foldLabel } from '../../api/foldLabel';
import { asTermId } from '../../api/ids';
import type { Term } from '../../api/types';
import type { Vocabulary } from '../../api/vocabularyCodes';
import type { Db } from '../db/handles';

/** A row of the terms table. */
export interface TermRow {
  id: string;
  vocabulary: Vocabulary;
  code: string | null;
  label_fr: string;
  label_en: string;
  label_es: string;
  label_ar: string;
  parent_id: string | null;
  organisation_type: Term['organisationType'];
  country: string | null;
  is_retired: number;
  merged_into: string | null;
}

/** A term row as the API shows it. */
export function termFromRow(row: TermRow, itemCount: number): Term {
  return {
    id: asTermId(row.id),
    vocabulary: row.vocabulary,
    code: row.code,
    labels: { fr: row.label_fr, en: row.label_en, es: row.label_es, ar: row.label_ar },
    parentId: row.parent_id === null ? null : asTermId(row.parent_id),
    isRetired: row.is_retired === 1,
    mergedInto: row.merged_into === null ? null : asTermId(row.merged_into),
    organisationType: row.organisation_type,
    country: row.country,
    itemCount,
  };
}

/** One term by id, or undefined. */
export function readTermRow(db: Db, id: string): TermRow | undefined {
  return db.prepare('SELECT * FROM terms WHERE id = ?').get(id) as TermRow | undefined;
}

/**
 * Finds a term of `vocabulary` from what a person typed: its id (`theme:youth`), its code (`5.2`, `tn`, `015`) or
 * one of its labels in any language, ignoring case and accents. A term merged into another leads to that other.
 */
export function findTerm(db: Db, vocabulary: Vocabulary, value: string): TermRow | undefined {
  const found = findTermAsWritten(db, vocabulary, value);
  return found && followMerges(db, found);
}

/** The term a merged term now lives on (itself when it was never merged). */
export function followMerges(db: Db, row: TermRow): TermRow {
  let current = row;
  // Merging refuses retired targets, so chains are short; the bound only guards against a damaged library.
  for (let hops = 0; current.merged_into !== null && hops < 50; hops += 1) {
    const next = readTermRow(db, current.merged_into);
    if (!next) break;
    current = next;
  }
  return current;
}

function findTermAsWritten(db: Db, vocabulary: Vocabulary, value: string): TermRow | undefined {
  const byId = readTermRow(db, value.trim());
  if (byId?.vocabulary === vocabulary) return byId;
  const byCode = db.prepare('SELECT * FROM terms WHERE vocabulary = ? AND code = ? COLLATE NOCASE').get(vocabulary, value.trim()) as
    TermRow | undefined;
  if (byCode) return byCode;
  const wanted = foldLabel(value);
  const rows = db.prepare('SELECT * FROM terms WHERE vocabulary = ? ORDER BY is_retired, id').all(vocabulary) as TermRow[];
  return rows.find((row) => [row.label_fr, row.label_en, row.label_es, row.label_ar].some((label) => foldLabel(label) === wanted));
}

/** Terms of `vocabulary` with a label containing `value` in any language, ignoring case and accents. */
export function findTermsContaining(db: Db, vocabulary: Vocabulary, value: string): TermRow[] {
  const wanted = foldLabel(value);
  if (wanted === '') return [];
  const rows = db.prepare('SELECT * FROM terms WHERE vocabulary = ? ORDER BY id').all(vocabulary) as TermRow[];
  return rows.filter((row) => [row.label_fr, row.label_en, row.label_es, row.label_ar].some((label) => foldLabel(label).includes(wanted)));
}
