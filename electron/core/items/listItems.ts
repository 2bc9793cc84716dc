import { ok, type Result } from '../../api/errors';
import type { ItemSummary } from '../../api/types';
import type { ItemKind } from '../../api/vocabularyCodes';
import type { Db } from '../db/handles';
import { summaryColumns, summaryFromRow, type ItemRow } from './itemRow';

/** Items outside the trash, most recently changed first. */
export function listItems(
  db: Db,
  input: { kind?: ItemKind | undefined; limit: number; offset?: number | undefined },
): Result<ItemSummary[]> {
  const rows = db
    .prepare(
      `SELECT ${summaryColumns} FROM items
       WHERE deleted_at IS NULL AND (@kind IS NULL OR kind = @kind)
       ORDER BY updated_at DESC, id LIMIT @limit OFFSET @offset`,
    )
    .all({ kind: input.kind ?? null, limit: input.limit, offset: input.offset ?? 0 }) as ItemRow[];
  return ok(rows.map(summaryFromRow));
}
