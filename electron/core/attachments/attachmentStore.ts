import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, open, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { libraryPaths } from '../library/libraryPaths';

// The attachment store: each file once, named by its SHA-256 under a two-letter folder, written whole or not at all
// (temporary file, fsync, rename, fsync of the folder). A row in `attachments` is written only after its file.

/** Where a blob lives in a library's folder. */
export function blobPath(libraryDir: string, sha256: string): string {
  return join(libraryPaths(libraryDir).attachments, sha256.slice(0, 2), sha256);
}

/** A file now in the store, and whether this call put it there (false: it was there already). */
export interface StoredBlob {
  readonly sha256: string;
  readonly size: number;
  readonly isNew: boolean;
}

/** A stream's content did not match what was expected of it. */
export class BlobMismatch extends Error {
  constructor(readonly actual: { sha256: string; size: number }) {
    super('blob mismatch');
  }
}

/**
 * Writes a stream into the store. With `expected`, a content of another size or hash is refused (BlobMismatch)
 * and nothing stays behind; a stream longer than `expected.size` is cut off as soon as it passes it.
 */
export async function storeBlob(
  libraryDir: string,
  source: Readable,
  options: { expected?: { sha256: string; size: number }; signal?: AbortSignal } = {},
): Promise<StoredBlob> {
  const store = libraryPaths(libraryDir).attachments;
  const temporaryDir = join(store, 'tmp');
  await mkdir(temporaryDir, { recursive: true });
  const temporary = join(temporaryDir, `${process.pid}-${randomBytes(8).toString('hex')}`);
  const hash = createHash('sha256');
  let size = 0;
  const limit = options.expected?.size;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (limit !== undefined && size > limit) return done(new BlobMismatch({ sha256: '', size }));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(temporary, { flags: 'wx' }), { signal: options.signal });
    const sha256 = hash.digest('hex');
    if (options.expected && (options.expected.sha256 !== sha256 || options.expected.size !== size))
      throw new BlobMismatch({ sha256, size });
    await fsyncPath(temporary);
    const target = blobPath(libraryDir, sha256);
    if (existsSync(target)) {
      await rm(temporary, { force: true });
      return { sha256, size, isNew: false };
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(temporary, target);
    await fsyncFolder(dirname(target));
    return { sha256, size, isNew: true };
  } catch (cause) {
    await rm(temporary, { force: true });
    throw cause;
  } finally {
    await rmdir(temporaryDir).catch(() => undefined);
  }
}

/** Stores a file from disk. */
export function storeFile(libraryDir: string, path: string, signal?: AbortSignal): Promise<StoredBlob> {
  return storeBlob(libraryDir, createReadStream(path), { signal });
}

/**
 * Takes back blobs that a failed operation added (and the folders it made for them), so that the attachment
 * folder is as it was before.
 */
export async function removeNewBlobs(libraryDir: string, blobs: readonly StoredBlob[]): Promise<void> {
  for (const blob of blobs.filter((stored) => stored.isNew)) {
    const path = blobPath(libraryDir, blob.sha256);
    await rm(path, { force: true });
    await rmdir(dirname(path)).catch(() => undefined);
  }
  await rmdir(libraryPaths(libraryDir).attachments).catch(() => undefined);
}

// Makes a rename durable. Windows cannot open a folder to flush it, and its renames need no such step.
async function fsyncFolder(path: string): Promise<void> {
  if (process.platform !== 'win32') await fsyncPath(path);
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
