import { basename } from 'node:path';
import mime from 'mime-types';
import { fail, type Result } from '../../api/errors';
import type { Item, ItemContent } from '../../api/types';
import { getItem } from '../items/getItem';
import { readItemRow } from '../items/itemRow';
import { saveItem } from '../items/saveItem';
import type { Library } from '../library/library';
import { loadRichText } from '../richText/loadRichText';
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
  const written = lib.write((tx) => {
    const row = readItemRow(tx, input.id);
    if (!row) return fail('item.notFound', { id: input.id });
    if (row.deleted_at !== null) return fail('item.inTrash', { id: input.id });
    const content = JSON.parse(row.content) as ItemContent;
    const attachments = [...(content.attachments ?? [])];
    const addBlob = tx.prepare('INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (?, ?, ?)');
    for (const blob of stored) {
      addBlob.run(blob.sha256, blob.size, lib.now());
      if (attachments.some((attachment) => attachment.sha256 === blob.sha256)) continue;
      attachments.push({
        sha256: blob.sha256,
        name: blob.name,
        mediaType: mime.lookup(blob.name) || 'application/octet-stream',
        size: blob.size,
      });
    }
    saveItem(
      tx,
      { ...content, attachments },
      {
        author: lib.author,
        now: lib.now(),
        provenance: { origin: row.origin, libraryId: row.origin_library_id },
        richText,
      },
    );
    return getItem(tx, input);
  });
  if (!written.ok) await removeNewBlobs(lib.dir, stored);
  return written;
}

/** Takes a file off an item (a new revision); `sha256` may be a unique prefix of at least 6 characters. The file stays in the store. */
export async function detachFile(lib: Library, input: { id: string; sha256: string }): Promise<Result<Item>> {
  const richText = await loadRichText();
  return lib.write((tx) => {
    const row = readItemRow(tx, input.id);
    if (!row) return fail('item.notFound', { id: input.id });
    if (row.deleted_at !== null) return fail('item.inTrash', { id: input.id });
    const content = JSON.parse(row.content) as ItemContent;
    const prefix = input.sha256.toLowerCase();
    const matches = (content.attachments ?? []).filter((attachment) => prefix.length >= 6 && attachment.sha256.startsWith(prefix));
    if (matches.length !== 1) return fail('attachment.notFound', { field: 'sha256', sha256: input.sha256 });
    const attachments = (content.attachments ?? []).filter((attachment) => attachment !== matches[0]);
    saveItem(
      tx,
      { ...content, attachments },
      {
        author: lib.author,
        now: lib.now(),
        provenance: { origin: row.origin, libraryId: row.origin_library_id },
        richText,
      },
    );
    return getItem(tx, input);
  });
}
