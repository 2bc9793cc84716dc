import { ok, type Result } from '../../api/errors';
import type { Term } from '../../api/types';
import type { Vocabulary } from '../../api/vocabularyCodes';
import type { Db } from '../db/handles';
import { termFromRow, type TermRow } from './termRow';

/** The terms of one vocabulary in code or label order, each with how many items (outside the trash) use it. */
export function listTerms(db: Db, input: { vocabulary: Vocabulary; includeRetired?: boolean | undefined }): Result<Term[]> {
  const rows = db
    .prepare(
      `SELECT t.*, (SELECT COUNT(DISTINCT r.item_id) FROM item_terms r JOIN items i ON i.id = r.item_id
                    WHERE r.term_id = t.id AND i.deleted_at IS NULL) AS item_count
       FROM terms t WHERE t.vocabulary = @vocabulary AND (@includeRetired OR t.is_retired = 0)`,
    )
    .all({ vocabulary: input.vocabulary, includeRetired: input.includeRetired ? 1 : 0 }) as Array<TermRow & { item_count: number }>;
  const terms = rows.map((row) => termFromRow(row, row.item_count));
  // SDG targets sort as 5.2 before 5.10, regions by code, themes and organisations by their English label.
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return ok(terms.sort((a, b) => collator.compare(a.code ?? a.labels.en, b.code ?? b.labels.en)));
}
