import { asItemId, asRevisionHash } from '../../api/ids';
import type { Item, ItemContent, ItemSummary, Provenance } from '../../api/types';
import type { Db } from '../db/handles';

/** A row of the items table. */
export interface ItemRow {
  id: string;
  kind: Item['kind'];
  title: string;
  language: string;
  status: Item['status'];
  content: string;
  body_text: string;
  body_html: string;
  revision: string;
  origin: Provenance['origin'];
  origin_library_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** One item row, in or out of the trash. */
export function readItemRow(db: Db, id: string): ItemRow | undefined {
  return db.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined;
}

/** The stored item as the API shows it. */
export function itemFromRow(row: ItemRow): Item {
  return {
    ...(JSON.parse(row.content) as ItemContent),
    revision: asRevisionHash(row.revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    provenance: { origin: row.origin, libraryId: row.origin_library_id },
    bodyText: row.body_text,
    bodyHtml: row.body_html,
  };
}

/** The columns a list of items needs. */
export const summaryColumns = 'id, kind, title, language, status, updated_at, deleted_at';

/** A list line from a row of `summaryColumns`. */
export function summaryFromRow(
  row: Pick<ItemRow, 'id' | 'kind' | 'title' | 'language' | 'status' | 'updated_at' | 'deleted_at'>,
): ItemSummary {
  return {
    id: asItemId(row.id),
    kind: row.kind,
    title: row.title,
    language: row.language,
    status: row.status,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
