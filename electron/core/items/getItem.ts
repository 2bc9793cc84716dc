import { fail, ok, type Result } from '../../api/errors';
import type { Item } from '../../api/types';
import type { Db } from '../db/handles';
import { itemFromRow, readItemRow } from './itemRow';

/** One item, also from the trash (its `deletedAt` says so). */
export function getItem(db: Db, input: { id: string }): Result<Item> {
  const row = readItemRow(db, input.id);
  return row ? ok(itemFromRow(row)) : fail('item.notFound', { id: input.id });
}
