import { createPublicKey, verify } from 'node:crypto';
import type { z } from 'zod';
import type { AppError } from '../../api/errors';
import {
  packCollectionSchema,
  packFormatName,
  packFormatVersion,
  packItemSchema,
  packManifestSchema,
  packPaths,
  packVocabulariesSchema,
  type PackCollection,
  type PackItem,
  type PackManifest,
  type PackTerm,
} from '../../api/packFormat';
import type { RichTextDoc } from '../../api/types';
import { loadRichText } from '../richText/loadRichText';
import { checkPackItem, isKeptAsIs, isNestedDeeper, maxRichTextDepth } from './checkPackItem';
import { openPackZip, type PackZip } from './openPackZip';
import { hashEntry, parseJson, parseJsonText, readEntry } from './packEntries';
import { packLimits, type PackLimits } from './packLimits';
import type { WorkControl } from './workControl';

/** A pack that passed every check, its data read and its attachments still in the zip. */
export interface VerifiedPack {
  readonly manifest: PackManifest;
  readonly isSigned: boolean;
  readonly items: readonly PackItem[];
  readonly terms: readonly PackTerm[];
  readonly collection: PackCollection | null;
  readonly zip: PackZip;
}

/** The outcome of checking a pack: every problem found, and the pack when there were none. */
export type PackCheck =
  { readonly pack: VerifiedPack; readonly problems: readonly [] } | { readonly pack: null; readonly problems: readonly AppError[] };

/**
 * Checks a pack before anything of it is stored: the zip's entries (openPackZip), the manifest's schema and format
 * version, that every file is listed with its size and SHA-256 and nothing else is there, the signature when there
 * is one, and every item by the core's own rules. Reads attachments only to hash them.
 */
export async function verifyPack(path: string, options: WorkControl & { limits?: PackLimits } = {}): Promise<PackCheck> {
  const opened = await openPackZip(path, options.limits ?? packLimits);
  if ('problems' in opened) return { pack: null, problems: opened.problems };
  const { zip } = opened;
  try {
    const problems: AppError[] = [];
    const checked = await checkContents(zip, problems, options);
    if (checked && problems.length === 0) return { pack: { ...checked, zip }, problems: [] };
    zip.close();
    return { pack: null, problems };
  } catch (cause) {
    zip.close();
    throw cause;
  }
}

async function checkContents(zip: PackZip, problems: AppError[], control: WorkControl): Promise<Omit<VerifiedPack, 'zip'> | null> {
  const manifestEntry = zip.entries.get(packPaths.manifest);
  if (!manifestEntry) {
    problems.push({ code: 'pack.notAPack', params: {} });
    return null;
  }
  const manifestBytes = await readEntry(zip, packPaths.manifest, problems);
  if (!manifestBytes) return null;
  const manifest = parseManifest(manifestBytes, problems);
  if (!manifest) return null;

  const sound = await hashListedFiles(zip, manifest, problems, control);
  const isSigned = await checkSignature(zip, manifest, manifestBytes, problems);
  const read = async <S extends z.ZodType>(path: string, schema: S): Promise<z.output<S> | null> => {
    const bytes = sound.has(path) ? await readEntry(zip, path, problems) : null;
    return bytes ? parseJson(path, bytes, schema, problems) : null;
  };

  if (!manifest.files.some((file) => file.path === packPaths.vocabularies)) {
    problems.push({ code: 'pack.missingFile', params: { path: packPaths.vocabularies } });
  }
  const vocabularies = await read(packPaths.vocabularies, packVocabulariesSchema);
  const collection = zip.entries.has(packPaths.collection) ? await read(packPaths.collection, packCollectionSchema) : null;
  const richText = await loadRichText();
  const termIds = new Set(vocabularies?.terms.map((term) => term.id));
  const attachments = new Map(
    manifest.files.filter((file) => file.path.startsWith('pack/attachments/')).map((file) => [file.sha256, file.size] as const),
  );
  const items: PackItem[] = [];
  for (const file of manifest.files.filter((listed) => listed.path.startsWith('pack/items/'))) {
    const item = await read(file.path, packItemSchema);
    if (!item) continue;
    if (file.path !== packPaths.item(item.content.id)) {
      problems.push({ code: 'pack.invalid', params: { path: file.path, field: 'content.id' } });
      continue;
    }
    const problem = checkPackItem(file.path, item, { termIds, attachments, richText });
    if (problem) problems.push(problem);
    else items.push(item);
  }
  if (collection) checkCollection(collection, new Set(items.map((item) => item.content.id)), problems, richText);
  // A file no item attaches would be stored and never used: a way to fill a disk, not to share material.
  const attached = new Set(
    items.flatMap((item) => ((item.content.attachments ?? []) as Array<{ sha256: string }>).map((file) => file.sha256)),
  );
  for (const [sha256] of attachments) {
    if (!attached.has(sha256)) problems.push({ code: 'pack.unexpectedEntry', params: { path: packPaths.attachment(sha256) } });
  }
  const counts = { items: items.length, terms: vocabularies?.terms.length ?? 0, attachments: attachments.size };
  for (const [name, count] of Object.entries(counts)) {
    if (manifest.counts[name as keyof typeof counts] !== count)
      problems.push({ code: 'pack.invalid', params: { path: packPaths.manifest, field: `counts.${name}` } });
  }
  if (!vocabularies) return null;
  return { manifest, isSigned, items, terms: vocabularies.terms, collection };
}

function parseManifest(bytes: Buffer, problems: AppError[]): PackManifest | null {
  const raw = parseJsonText(packPaths.manifest, bytes, problems);
  if (raw === undefined) return null;
  const { format, formatVersion } = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (format !== packFormatName) {
    problems.push({ code: 'pack.notAPack', params: {} });
    return null;
  }
  if (typeof formatVersion === 'number' && formatVersion > packFormatVersion) {
    problems.push({ code: 'pack.formatTooNew', params: { version: formatVersion, supported: packFormatVersion } });
    return null;
  }
  return parseJson(packPaths.manifest, bytes, packManifestSchema, problems, raw);
}

/**
 * Every listed file is there with its size and hash, an attachment is named by its hash, and every data file is
 * listed. Returns the paths of the files that matched.
 */
async function hashListedFiles(zip: PackZip, manifest: PackManifest, problems: AppError[], control: WorkControl): Promise<Set<string>> {
  const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  const matched = new Set<string>();
  const listed = new Set(manifest.files.map((file) => file.path));
  for (const name of zip.entries.keys()) {
    const isData = name.startsWith('pack/') && name !== packPaths.manifest && name !== packPaths.signature;
    if (isData && !listed.has(name)) problems.push({ code: 'pack.unlistedFile', params: { path: name } });
  }
  for (const file of manifest.files) {
    control.signal?.throwIfAborted();
    done += file.size;
    control.onProgress?.(done, total);
    const entry = zip.entries.get(file.path);
    if (file.path.startsWith('pack/attachments/') && file.path !== packPaths.attachment(file.sha256)) {
      problems.push({ code: 'pack.checksum', params: { path: file.path } });
      continue;
    }
    if (!entry) {
      problems.push({ code: 'pack.missingFile', params: { path: file.path } });
      continue;
    }
    if (entry.uncompressedSize !== file.size) {
      problems.push({ code: 'pack.sizeMismatch', params: { path: file.path } });
      continue;
    }
    const hash = await hashEntry(zip, entry).catch(() => null);
    if (hash === null) problems.push({ code: 'pack.sizeMismatch', params: { path: file.path } });
    else if (hash !== file.sha256) problems.push({ code: 'pack.checksum', params: { path: file.path } });
    else matched.add(file.path);
  }
  return matched;
}

async function checkSignature(zip: PackZip, manifest: PackManifest, manifestBytes: Buffer, problems: AppError[]): Promise<boolean> {
  if (!zip.entries.has(packPaths.signature)) return false;
  const bytes = await readEntry(zip, packPaths.signature, problems);
  if (!bytes) return false;
  let isValid: boolean;
  try {
    const key = createPublicKey({ key: Buffer.from(manifest.publisher.publicKey, 'base64'), format: 'der', type: 'spki' });
    isValid = key.asymmetricKeyType === 'ed25519' && verify(null, manifestBytes, key, Buffer.from(bytes.toString('utf8').trim(), 'base64'));
  } catch {
    isValid = false;
  }
  if (!isValid) problems.push({ code: 'pack.badSignature', params: {} });
  return isValid;
}

function checkCollection(
  collection: PackCollection,
  itemIds: ReadonlySet<string>,
  problems: AppError[],
  richText: Awaited<ReturnType<typeof loadRichText>>,
): void {
  if (isNestedDeeper(collection.description, maxRichTextDepth) || !isKeptAsIs(collection.description as RichTextDoc, richText)) {
    problems.push({ code: 'pack.unsafeContent', params: { path: packPaths.collection, field: 'description' } });
  }
  const listed = new Set<string>();
  for (const [index, entry] of collection.entries.entries()) {
    if (entry.type !== 'item') continue;
    const isRepeated = listed.has(entry.itemId);
    listed.add(entry.itemId);
    if (isRepeated || !itemIds.has(entry.itemId)) {
      problems.push({ code: 'pack.invalid', params: { path: packPaths.collection, field: `entries[${index}].itemId` } });
    }
  }
}
