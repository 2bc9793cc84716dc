import { createHash, sign } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { fail, ok, type Result } from '../../api/errors';
import { packPaths } from '../../api/packFormat';
import type { ExportSummary } from '../../api/types';
import type { UiLanguage } from '../../api/vocabularyCodes';
import { blobPath } from '../attachments/attachmentStore';
import type { Library } from '../library/library';
import { loadRichText } from '../richText/loadRichText';
import { collectPack } from './collectPack';
import { buildManifest } from './buildManifest';
import { viewerPackOf } from './viewerPackOf';
import { findViewerDir, viewerFiles } from './findViewerDir';
import { buildPackIndex } from './buildPackIndex';
import { readPublisher } from './publisher';
import { loadPublisherKey } from './publisherKey';
import { selectPackItems, type PackSelection } from './selectPackItems';
import { progressPhases, type WorkControl } from './workControl';
import { writeZip, type ZipSource } from './writeZip';

/** What to export, where, and how the pack presents itself. */
export interface ExportOptions {
  readonly selection: PackSelection;
  /** The .zip to write; replaced only once the new pack is complete. */
  readonly out: string;
  /** Defaults to the collection's name, the query, or the first item's title. */
  readonly title?: string | undefined;
  /** Defaults to the collection's description. */
  readonly description?: string | undefined;
  /** The language the viewer opens in. */
  readonly language: UiLanguage;
  readonly sign: boolean;
}

/** A stored attachment whose content no longer matches its name. */
class CorruptBlob extends Error {
  constructor(readonly sha256: string) {
    super(`attachment ${sha256} does not match its hash`);
  }
}

/**
 * Writes a pack (PRODUCT.md, "Packs"): the items with their history, the terms they use, the collection, the
 * attachments, the manifest listing every file with its hash, an optional signature, and the offline viewer.
 */
export async function exportPack(lib: Library, options: ExportOptions, control: WorkControl = {}): Promise<Result<ExportSummary>> {
  const selected = selectPackItems(lib, options.selection);
  if (!selected.ok) return selected;
  if (selected.value.itemIds.length === 0) return fail('export.empty');
  const viewerDir = findViewerDir();
  if (!viewerDir) throw new Error('the pack viewer is not built: run npm run build');

  const richText = await loadRichText();
  const now = lib.now();
  const contents = lib.read.transaction(() =>
    collectPack(lib.read, { ...selected.value, now, htmlOf: (doc) => richText.richTextToHtml(doc) }),
  )();
  for (const attachment of contents.attachments) {
    if (!existsSync(blobPath(lib.dir, attachment.sha256))) return fail('attachment.notFound', { sha256: attachment.sha256, field: '' });
  }

  const dataFiles = [
    jsonFile(packPaths.vocabularies, { terms: contents.terms }),
    ...(contents.collection ? [jsonFile(packPaths.collection, contents.collection)] : []),
    ...contents.items.map((item) => jsonFile(packPaths.item(item.content.id), item)),
  ];
  const key = loadPublisherKey(lib.dir);
  const publisher = readPublisher(lib.read, lib.author);
  const title = options.title?.trim() || defaultTitle(options.selection, selected.value.collection?.name, contents.items[0]?.content.title);
  const manifest = buildManifest({
    title,
    description: options.description ?? contents.descriptionText,
    languages: [...contents.languages],
    publisher: { ...publisher, libraryId: lib.id, publicKey: key.publicKey },
    counts: { items: contents.items.length, terms: contents.terms.length, attachments: contents.attachments.length },
    files: [
      ...dataFiles.map(({ path, bytes }) => ({ path, size: bytes.length, sha256: sha256Of(bytes) })),
      ...contents.attachments.map(({ sha256, size }) => ({ path: packPaths.attachment(sha256), size, sha256 })),
    ],
    created: now,
  });
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);

  const viewerPack = viewerPackOf(contents, { title, language: options.language, created: now, publisher, isSigned: options.sign });
  // Indexing takes about as long as writing a pack of text; attachments make the writing the longer part.
  const phase = progressPhases(control, contents.attachments.length > 0 ? [0.2, 0.8] : [0.5, 0.5]);
  let searchIndex;
  try {
    searchIndex = await buildPackIndex(contents.searchDocs, phase(0));
  } catch (cause) {
    if (control.signal?.aborted) return fail('export.cancelled');
    throw cause;
  }
  const sources: ZipSource[] = [
    ...Object.entries(viewerFiles).map(([path, file]) => diskSource(path, join(viewerDir, file), true)),
    bufferSource('viewer/pack-data.js', classicScript('compendiumPack', viewerPack)),
    bufferSource('viewer/search-index.js', classicScript('compendiumSearchIndex', searchIndex)),
    bufferSource(packPaths.manifest, manifestBytes),
    ...(options.sign
      ? [bufferSource(packPaths.signature, Buffer.from(`${sign(null, manifestBytes, key.privateKey).toString('base64')}\n`))]
      : []),
    ...dataFiles.map(({ path, bytes }) => bufferSource(path, bytes)),
    ...contents.attachments.map(({ sha256, size }) => attachmentSource(lib.dir, sha256, size)),
  ];

  try {
    await writeZip(options.out, sources, { ...phase(1), mtime: new Date(now) });
  } catch (cause) {
    if (control.signal?.aborted) return fail('export.cancelled');
    if (cause instanceof CorruptBlob) return fail('attachment.corrupt', { sha256: cause.sha256 });
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== undefined && ['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'EBUSY'].includes(code)) {
      return fail('export.cannotWrite', { path: options.out, reason: code });
    }
    throw cause;
  }
  return ok({
    path: options.out,
    packId: manifest.id,
    title,
    items: contents.items.length,
    terms: contents.terms.length,
    attachments: contents.attachments.length,
    isSigned: options.sign,
    bytes: statSync(options.out).size,
  });
}

function defaultTitle(selection: PackSelection, collectionName: string | undefined, firstTitle: unknown): string {
  if (collectionName !== undefined) return collectionName;
  if ('query' in selection && selection.query.trim()) return selection.query.trim();
  return typeof firstTitle === 'string' ? firstTitle : 'Compendium';
}

function jsonFile(path: string, value: unknown): { path: string; bytes: Buffer } {
  return { path, bytes: Buffer.from(`${JSON.stringify(value)}\n`) };
}

// A page opened from file:// may not fetch its neighbours, but it may run them as classic scripts.
function classicScript(name: string, value: unknown): Buffer {
  return Buffer.from(`window.${name} = ${JSON.stringify(value)};\n`);
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function bufferSource(path: string, bytes: Buffer): ZipSource {
  return { path, size: bytes.length, compress: true, open: () => Readable.from([bytes]) };
}

function diskSource(path: string, file: string, compress: boolean): ZipSource {
  return { path, size: statSync(file).size, compress, open: () => createReadStream(file) };
}

// An attachment is streamed from the store and checked against its name on the way: a damaged file stops the export.
function attachmentSource(libraryDir: string, sha256: string, size: number): ZipSource {
  return {
    path: packPaths.attachment(sha256),
    size,
    compress: false,
    open() {
      const hash = createHash('sha256');
      const check = new Transform({
        transform(chunk: Buffer, _encoding, next) {
          hash.update(chunk);
          next(null, chunk);
        },
        flush(next) {
          next(hash.digest('hex') === sha256 ? null : new CorruptBlob(sha256));
        },
      });
      const file = createReadStream(blobPath(libraryDir, sha256));
      file.on('error', (cause) => check.destroy(cause));
      return file.pipe(check);
    },
  };
}
