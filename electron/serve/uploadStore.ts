import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fail, ok, type Result } from '../api/errors';

/**
 * Where files sent by the browser go. A page served over HTTP cannot give the core a path, as the desktop app
 * does: a pack chosen with a file input or dropped on the window is streamed here first, then imported by path.
 * The folder is private to this server and removed when it stops.
 */
export interface UploadStore {
  receive(req: IncomingMessage): Promise<Result<{ path: string }>>;
  remove(): Promise<void>;
}

/** An upload store that refuses bodies over `limitBytes`. */
export function uploadStore(limitBytes: number): UploadStore {
  let folder: Promise<string> | undefined;
  return {
    async receive(req) {
      folder ??= mkdtemp(join(tmpdir(), 'compendium-uploads-'));
      const path = join(await folder, `${randomBytes(8).toString('hex')}-${safeName(req.headers['x-file-name'])}`);
      let size = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, next) {
          size += chunk.length;
          next(size > limitBytes ? new UploadTooLarge() : null, chunk);
        },
      });
      try {
        await pipeline(req, limit, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
        return ok({ path });
      } catch (cause) {
        await rm(path, { force: true });
        if (cause instanceof UploadTooLarge) return fail('serve.tooLarge', { max: Math.round(limitBytes / 1024 / 1024) });
        throw cause;
      }
    },
    async remove() {
      if (folder) await rm(await folder, { recursive: true, force: true });
    },
  };
}

class UploadTooLarge extends Error {}

/** The browser's name for a file, URI-encoded in a header, kept only as far as it is a harmless file name. */
export function safeName(header: string | string[] | undefined): string {
  let name = 'upload';
  try {
    name = decodeURIComponent(typeof header === 'string' ? header : 'upload');
  } catch {
    // A malformed escape: keep the default.
  }
  return (name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '') || 'upload').slice(0, 100);
}
