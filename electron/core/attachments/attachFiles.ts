import { basename } from 'node:path';
import mime from 'mime-types';
import { fail, ok, type Result } from '../../api/errors';
import type { Item, ItemContent } from '../../api/types';
import { getItem } from '../items/getItem';
import { readItemRow } from '../items/itemRow';
import { saveItem } from '../items/saveItem';
import type { Library } from '../library/library';
import { loadRichText, type RichText } from '../richText/loadRichText';
import type { WriteTx } from '../db/handles';
import { removeNewBlobs, storeFile, type StoredBlob } from './attachmentStore';

/**
 * Attaches files to an item: each stored once in the attachment store, then listed on the item in one new
 * revision. A file the item already has is not listed twice. If anything fails, the files stored by this call
 * are taken back.
 */
export async function attachFiles(lib: Library, input: { id: string; paths: readonly string[] }): Promise<Result<Item>> {
  const richText = await loadRichText();
  const stored: Array<StoredBlob & { name: string }> = [];
  for (const path of input.paths) {
    try {
      stored.push({ ...(await storeFile(lib.dir, path)), name: basename(path) });
    } catch (cause) {
      await removeNewBlobs(lib.dir, stored);
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return fail('file.notFound', { path });
      if (code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') return fail('file.unreadable', { path });
      throw cause;
    }
  }
  const written = reviseItem(lib, { id: input.id, richText }, (tx, content) => {
    const attachments = [...(content.attachments ?? [])];
    const addBlob = tx.prepare('INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (?, ?, ?)');
    for (const blob of stored) {
      addBlob.run(blob.sha256, blob.size, lib.now());
      if (attachments.some((attachment) => attachment.sha256 === blob.sha256)) continue;
      const mediaType = mime.lookup(blob.name) || 'application/octet-stream';
      attachments.push({ sha256: blob.sha256, name: blob.name, mediaType, size: blob.size });
    }
    return ok({ ...content, attachments });
  });
  if (!written.ok) await removeNewBlobs(lib.dir, stored);
  return written;
}

/** Takes a file off an item (a new revision); `sha256` may be a unique prefix of at least 6 characters. The file stays in the store. */
export async function detachFile(lib: Library, input: { id: string; sha256: string }): Promise<Result<Item>> {
  const richText = await loadRichText();
  return reviseItem(lib, { id: input.id, richText }, (_tx, content) => {
    const prefix = input.sha256.toLowerCase();
    const matches = (content.attachments ?? []).filter((attachment) => prefix.length >= 6 && attachment.sha256.startsWith(prefix));
    if (matches.length !== 1) return fail('attachment.notFound', { field: 'sha256', sha256: input.sha256 });
    return ok({ ...content, attachments: (content.attachments ?? []).filter((attachment) => attachment !== matches[0]) });
  });
}

/** Saves a new revision of an item (not in the trash) made from its current content, in one transaction. */
function reviseItem(
  lib: Library,
  options: { id: string; richText: RichText },
  change: (tx: WriteTx, content: ItemContent) => Result<ItemContent>,
): Result<Item> {
  return lib.write((tx) => {
    const row = readItemRow(tx, options.id);
    if (!row) return fail('item.notFound', { id: options.id });
    if (row.deleted_at !== null) return fail('item.inTrash', { id: options.id });
    const changed = change(tx, JSON.parse(row.content) as ItemContent);
    if (!changed.ok) return changed;
    saveItem(tx, changed.value, {
      author: lib.author,
      now: lib.now(),
      provenance: { origin: row.origin, libraryId: row.origin_library_id },
      richText: options.richText,
    });
    return getItem(tx, options);
  });
}
