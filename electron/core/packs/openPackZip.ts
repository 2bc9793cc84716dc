import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { AppError } from '../../api/errors';
import { checkEntryName } from './checkEntryName';
import type { PackLimits } from './packLimits';

/** An opened pack: its entries by name, and a way to read each one. */
export interface PackZip {
  readonly entries: ReadonlyMap<string, yauzl.Entry>;
  /** The entry's content; the stream fails if it holds more or fewer bytes than its header says. */
  open(entry: yauzl.Entry): Promise<Readable>;
  close(): void;
}

const symbolicLink = 0o120000;
const fileTypeMask = 0o170000;

/**
 * Opens a zip and checks every entry's name, type and size against the layout and the limits, before any entry
 * is read. Returns the zip, or the problems found (the zip is then closed).
 */
export async function openPackZip(path: string, limits: PackLimits): Promise<{ zip: PackZip } | { problems: AppError[] }> {
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) return { problems: [{ code: 'file.notFound', params: { path } }] };
  if (file.size === 0) return { problems: [{ code: 'pack.empty', params: { path } }] };
  let zip: yauzl.ZipFile;
  try {
    // Names are checked here, with messages of our own, rather than by yauzl's decoder, which stops at the first.
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch {
    return { problems: [{ code: 'pack.notAZip', params: { path } }] };
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return { problems: [{ code: 'pack.tooManyEntries', params: { count: zip.entryCount, limit: limits.maxEntries } }] };
  }

  const problems: AppError[] = [];
  const entries = new Map<string, yauzl.Entry>();
  const seen = new Set<string>();
  let total = 0;
  let jsonTotal = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = decodeName(entry);
      if (name === null) {
        problems.push({ code: 'pack.unsafePath', params: { path: entry.fileNameRaw.toString('latin1') } });
        continue;
      }
      // Two names that differ only in case are one file on Windows and macOS.
      if (seen.has(name.toLowerCase())) {
        problems.push({ code: 'pack.duplicateEntry', params: { path: name } });
        continue;
      }
      seen.add(name.toLowerCase());
      const checked = checkEntryName(name);
      if ('code' in checked) {
        problems.push(checked);
        continue;
      }
      if (((entry.externalFileAttributes >>> 16) & fileTypeMask) === symbolicLink) {
        problems.push({ code: 'pack.link', params: { path: name } });
        continue;
      }
      if (checked.role === 'folder') continue;
      if (entry.isEncrypted() || !entry.canDecodeFileData()) {
        problems.push({ code: 'pack.unreadable', params: { path: name } });
        continue;
      }
      total += entry.uncompressedSize;
      const isJson = name.endsWith('.json') || name === 'pack/signature';
      if (isJson) jsonTotal += entry.uncompressedSize;
      if (isJson && entry.uncompressedSize > limits.maxJsonBytes) {
        problems.push({ code: 'pack.entryTooLarge', params: { path: name, size: entry.uncompressedSize, limit: limits.maxJsonBytes } });
      } else if (
        entry.uncompressedSize > limits.ratioFloorBytes &&
        entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
      ) {
        problems.push({
          code: 'pack.compressionRatio',
          params: { path: name, ratio: Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1)) },
        });
      }
      entries.set(name, entry);
    }
  } catch {
    problems.push({ code: 'pack.notAZip', params: { path } });
  }
  if (total > limits.maxTotalBytes) problems.push({ code: 'pack.tooLarge', params: { size: total, limit: limits.maxTotalBytes } });
  if (jsonTotal > limits.maxJsonTotalBytes)
    problems.push({ code: 'pack.tooLarge', params: { size: jsonTotal, limit: limits.maxJsonTotalBytes } });
  if (total > limits.ratioFloorBytes && total > limits.maxRatio * file.size) {
    problems.push({ code: 'pack.compressionRatio', params: { path, ratio: Math.round(total / file.size) } });
  }
  if (problems.length > 0) {
    zip.close();
    return { problems };
  }
  return { zip: { entries, open: (entry) => zip.openReadStreamPromise(entry), close: () => zip.close() } };
}

// Zip names are UTF-8 when the entry says so (bit 11) and, in practice, from every tool we meet; a name that is
// not valid UTF-8 cannot be one of the layout's and is refused.
function decodeName(entry: yauzl.Entry): string | null {
  const raw = entry.fileNameRaw;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}
