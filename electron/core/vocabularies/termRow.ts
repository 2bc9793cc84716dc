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
    organisationType: row.organisation_type,
    country: row.country,
    itemCount,
  };
}

/** One term by id, or undefined. */
export function readTermRow(db: Db, id: string): TermRow | undefined {
  return db.prepare('SELECT * FROM terms WHERE id = ?').get(id) as TermRow | undefined;
}

/** Lower case without accents or Arabic short vowels, so that `egalite de genre` matches `Égalité de genre`. */
function foldLabel(label: string): string {
  return label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Finds a term of `vocabulary` from what a person typed: its id (`theme:youth`), its code (`5.2`, `tn`, `015`) or
 * one of its labels in any language, ignoring case and accents.
 */
export function findTerm(db: Db, vocabulary: Vocabulary, value: string): TermRow | undefined {
  const byId = readTermRow(db, value.trim());
  if (byId?.vocabulary === vocabulary) return byId;
  const byCode = db.prepare('SELECT * FROM terms WHERE vocabulary = ? AND code = ? COLLATE NOCASE').get(vocabulary, value.trim()) as
    TermRow | undefined;
  if (byCode) return byCode;
  const wanted = foldLabel(value);
  const rows = db.prepare('SELECT * FROM terms WHERE vocabulary = ? ORDER BY is_retired, id').all(vocabulary) as TermRow[];
  return rows.find((row) => [row.label_fr, row.label_en, row.label_es, row.label_ar].some((label) => foldLabel(label) === wanted));
}
