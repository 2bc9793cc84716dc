import type { ItemContent, Provenance } from '../../api/types';
import type { WriteTx } from '../db/handles';
import type { RichText } from '../richText/loadRichText';
import { indexItem } from '../search/indexItem';
import { canonicalContent, contentHash, serializeContent } from './canonicalContent';
import { readItemRow } from './itemRow';
import { termReferences } from './termReferences';

/** Who saves, when, and for a new item where it came from. */
export interface SaveContext {
  readonly author: string;
  readonly now: string;
  readonly provenance: Provenance;
  readonly richText: RichText;
  /** The revision this one follows, when it is not the current one: an imported revision names its own parent. */
  readonly parentHash?: string | null;
}

/**
 * The one write path for item content: stores it, records a revision whose parent is the previous one, and
 * refreshes the item's term references. Content identical to the current revision changes nothing.
 * Returns whether anything was written.
 */
export function saveItem(tx: WriteTx, content: ItemContent, context: SaveContext): boolean {
  const canonical = canonicalContent(content);
  const hash = contentHash(canonical);
  const current = readItemRow(tx, canonical.id);
  if (current?.revision === hash) return false;

  const body = canonical.body;
  const row = {
    id: canonical.id,
    kind: canonical.kind,
    title: canonical.title,
    language: canonical.language,
    status: canonical.status,
    content: serializeContent(canonical),
    bodyText: body ? context.richText.richTextToText(body) : '',
    bodyHtml: body ? context.richText.richTextToHtml(body) : '',
    revision: hash,
    now: context.now,
  };
  if (current) {
    tx.prepare(
      `UPDATE items SET kind = @kind, title = @title, language = @language, status = @status, content = @content,
         body_text = @bodyText, body_html = @bodyHtml, revision = @revision, updated_at = @now WHERE id = @id`,
    ).run(row);
  } else {
    tx.prepare(
      `INSERT INTO items (id, kind, title, language, status, content, body_text, body_html, revision, origin,
         origin_library_id, created_at, updated_at)
       VALUES (@id, @kind, @title, @language, @status, @content, @bodyText, @bodyHtml, @revision, @origin, @libraryId, @now, @now)`,
    ).run({ ...row, origin: context.provenance.origin, libraryId: context.provenance.libraryId });
  }
  tx.prepare(
    `INSERT INTO revisions (item_id, number, hash, parent_hash, content, author, created_at)
     VALUES (@id, (SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE item_id = @id), @revision, @parent, @content, @author, @now)`,
  ).run({ ...row, parent: context.parentHash !== undefined ? context.parentHash : (current?.revision ?? null), author: context.author });
  writeTermReferences(tx, canonical);
  writeAttachmentReferences(tx, canonical);
  indexItem(tx, canonical.id, { currentYear: new Date(context.now).getUTCFullYear() });
  return true;
}

function writeAttachmentReferences(tx: WriteTx, content: ItemContent): void {
  tx.prepare('DELETE FROM item_attachments WHERE item_id = ?').run(content.id);
  const insert = tx.prepare('INSERT INTO item_attachments (item_id, position, sha256) VALUES (?, ?, ?)');
  for (const [position, attachment] of (content.attachments ?? []).entries()) insert.run(content.id, position, attachment.sha256);
}

function writeTermReferences(tx: WriteTx, content: ItemContent): void {
  tx.prepare('DELETE FROM item_terms WHERE item_id = ?').run(content.id);
  const insert = tx.prepare('INSERT OR IGNORE INTO item_terms (item_id, term_id, field, role) VALUES (?, ?, ?, ?)');
  for (const { termId, field, role } of termReferences(content)) insert.run(content.id, termId, field, role);
}
