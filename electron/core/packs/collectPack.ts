import type { PackCollection, PackItem, PackTerm, ViewerEntry, ViewerItem } from '../../api/packFormat';
import type { ItemContent, RichTextDoc } from '../../api/types';
import { readEntries } from '../collections/entries';
import type { CollectionRow } from '../collections/findCollection';
import type { Db } from '../db/handles';
import { readItemRow, type ItemRow } from '../items/itemRow';
import { termReferences } from '../items/termReferences';
import { indexColumns } from '../search/indexItem';
import type { TermRow } from '../vocabularies/termRow';
import type { PackSearchDoc } from './packSearch';

/** Everything a pack holds, read from the library in one snapshot. */
export interface PackContents {
  readonly items: readonly PackItem[];
  readonly terms: readonly PackTerm[];
  readonly collection: PackCollection | null;
  /** The collection's description as plain text and sanitised HTML ('' without a collection). */
  readonly descriptionText: string;
  readonly descriptionHtml: string;
  /** Each stored file the items attach, once. */
  readonly attachments: ReadonlyArray<{ readonly sha256: string; readonly size: number }>;
  /** Content languages, most used first. */
  readonly languages: readonly string[];
  readonly viewerItems: readonly ViewerItem[];
  readonly viewerEntries: readonly ViewerEntry[];
  readonly searchDocs: readonly PackSearchDoc[];
}

/** Reads the items (in order), the terms they use, the collection and the attachments a pack needs. */
export function collectPack(
  db: Db,
  selection: { itemIds: readonly string[]; collection: CollectionRow | null; now: string; htmlOf: (doc: RichTextDoc) => string },
): PackContents {
  const rows = selection.itemIds.map((id) => readItemRow(db, id)).filter((row): row is ItemRow => row !== undefined);
  const contents = rows.map((row) => JSON.parse(row.content) as ItemContent);
  const currentYear = new Date(selection.now).getUTCFullYear();
  const collection = selection.collection ? packCollection(db, selection.collection, new Set(selection.itemIds)) : null;
  const description = selection.collection ? (JSON.parse(selection.collection.description) as RichTextDoc) : null;

  return {
    items: rows.map((row) => packItem(db, row)),
    terms: usedTerms(db, contents),
    collection,
    descriptionText: selection.collection?.description_text ?? '',
    descriptionHtml: description ? selection.htmlOf(description) : '',
    attachments: uniqueAttachments(contents),
    languages: byFrequency(contents.map((content) => content.language)),
    viewerItems: rows.map((row, index) => {
      const { body: _body, ...content } = contents[index] as ItemContent;
      return { ...content, bodyHtml: row.body_html };
    }),
    viewerEntries: collection ? collection.entries : rows.map((row) => ({ type: 'item', itemId: row.id, note: '' })),
    searchDocs: rows.map((row, index) => {
      const columns = indexColumns(db, contents[index] as ItemContent, { bodyText: row.body_text, currentYear });
      return { id: row.id, title: columns.title, summary: columns.summary, terms: columns.terms, body: columns.body };
    }),
  };
}

/** An item's record: its content, its revision and every earlier revision hash known here, oldest first. */
function packItem(db: Db, row: ItemRow): PackItem {
  const known = db.prepare('SELECT hash FROM known_revisions WHERE item_id = ? ORDER BY rowid').pluck().all(row.id) as string[];
  const local = db.prepare('SELECT hash FROM revisions WHERE item_id = ? ORDER BY number').pluck().all(row.id) as string[];
  const ancestors = [...new Set([...known, ...local])].filter((hash) => hash !== row.revision);
  return {
    revision: row.revision,
    ancestors,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    originLibraryId: row.origin_library_id,
    content: JSON.parse(row.content) as PackItem['content'],
  };
}

/** The collection's sections and the entries of the exported items (those in the trash stay behind). */
function packCollection(db: Db, row: CollectionRow, exported: ReadonlySet<string>): PackCollection {
  return {
    id: row.id,
    name: row.name,
    description: JSON.parse(row.description) as PackCollection['description'],
    entries: readEntries(db, row.id).flatMap((entry): PackCollection['entries'] => {
      if (entry.item_id === null) return [{ type: 'section', heading: entry.heading ?? '' }];
      return exported.has(entry.item_id) ? [{ type: 'item', itemId: entry.item_id, note: entry.note }] : [];
    }),
  };
}

/** The terms the items name, and the parents of those terms (an SDG target's goal, a country's regions). */
function usedTerms(db: Db, contents: readonly ItemContent[]): PackTerm[] {
  const read = db.prepare('SELECT * FROM terms WHERE id = ?');
  const found = new Map<string, TermRow>();
  const visit = (id: string) => {
    for (let next: string | null = id; next !== null && !found.has(next);) {
      const row = read.get(next) as TermRow | undefined;
      if (!row) return;
      found.set(next, row);
      next = row.parent_id;
    }
  };
  for (const content of contents) for (const { termId } of termReferences(content)) visit(termId);
  return [...found.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((row) => ({
      id: row.id,
      vocabulary: row.vocabulary,
      code: row.code,
      labels: { fr: row.label_fr, en: row.label_en, es: row.label_es, ar: row.label_ar },
      parentId: row.parent_id,
      organisationType: row.organisation_type,
      country: row.country,
    }));
}

function uniqueAttachments(contents: readonly ItemContent[]): Array<{ sha256: string; size: number }> {
  const bySha = new Map<string, number>();
  for (const attachment of contents.flatMap((content) => content.attachments ?? [])) bySha.set(attachment.sha256, attachment.size);
  return [...bySha].map(([sha256, size]) => ({ sha256, size }));
}

function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
}
