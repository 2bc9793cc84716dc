import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { WorkControl } from './workControl';

/** One file to put in a zip: opened only when its turn comes, so that hundreds of attachments hold no file open. */
export interface ZipSource {
  readonly path: string;
  readonly size: number;
  /** False for content that is compressed already (most attachments): deflating it again costs time for nothing. */
  readonly compress: boolean;
  open(): Readable;
}

/**
 * Streams files into a zip at `out`: written under a temporary name beside it, flushed to disk, then renamed, so
 * that `out` is either the whole zip or untouched, also after a cancel, an error or a crash.
 */
export async function writeZip(out: string, sources: readonly ZipSource[], options: WorkControl & { mtime: Date }): Promise<void> {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}-${randomBytes(6).toString('hex')}.partial`);
  const total = sources.reduce((sum, source) => sum + source.size, 0);
  let done = 0;
  const opened: Readable[] = [];
  const zip = new ZipFile();
  for (const source of sources) {
    const fileOptions = { size: source.size, compress: source.compress, mtime: options.mtime, mode: 0o100644 };
    zip.addReadStreamLazy(source.path, fileOptions, (callback) => {
      const input = source.open();
      opened.push(input);
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, next) {
          done += chunk.length;
          options.onProgress?.(done, total);
          next(null, chunk);
        },
      });
      // yazl listens for errors on neither stream: a failing input must stop the output, or the write waits forever.
      const stop = (cause: Error) => (zip.outputStream as Readable).destroy(cause);
      input.on('error', stop);
      counter.on('error', stop);
      callback(null, input.pipe(counter));
    });
  }
  // yazl reports a failing input (a size that does not match, a read error) on the ZipFile, not on its output.
  zip.on('error', (cause: Error) => (zip.outputStream as Readable).destroy(cause));
  zip.end();
  try {
    await pipeline(zip.outputStream as Readable, createWriteStream(temporary, { flags: 'wx' }), { signal: options.signal });
    const handle = await open(temporary, 'r');
    await handle.sync().finally(() => handle.close());
    await rename(temporary, out);
  } catch (cause) {
    for (const input of opened) input.destroy();
    await rm(temporary, { force: true });
    throw cause;
  }
}
