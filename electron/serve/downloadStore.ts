import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ok, type Result } from '../api/errors';
import { safeName } from './uploadStore';

/** Where a file the browser will download is written, and the address it is downloaded from. */
export interface DownloadTarget {
  /** Where the core writes the file (an export's `out`). */
  readonly path: string;
  /** `GET` it, with the token, to receive the file. */
  readonly url: string;
}

/**
 * Where files made for the browser go. A page served over HTTP has no save dialog to give the core a path, so an
 * export is written here first and the page downloads it. The folder is private to this server and removed when
 * it stops.
 */
export interface DownloadStore {
  /** A new path for a file with this name (as the browser will save it), and its address. */
  reserve(fileName: string | string[] | undefined): Promise<Result<DownloadTarget>>;
  /** Sends a reserved file, once written; false when there is no such file. */
  send(name: string, res: ServerResponse): Promise<boolean>;
  remove(): Promise<void>;
}

/** The address prefix under which reserved files are downloaded. */
export const downloadPrefix = '/download/';

// What `reserve` makes: a random prefix, then a name already made safe. Anything else is not ours.
const reservedName = /^[0-9a-f]{16}-[\p{L}\p{N}._-]{1,100}$/u;

/** A download store in a temporary folder made on first use. */
export function downloadStore(): DownloadStore {
  let folder: Promise<string> | undefined;
  return {
    async reserve(fileName) {
      folder ??= mkdtemp(join(tmpdir(), 'compendium-downloads-'));
      const name = `${randomBytes(8).toString('hex')}-${safeName(fileName)}`;
      return ok({ path: join(await folder, name), url: `${downloadPrefix}${encodeURIComponent(name)}` });
    },
    async send(name, res) {
      if (!folder || !reservedName.test(name)) return false;
      const path = join(await folder, name);
      const size = await stat(path).then(
        (stats) => (stats.isFile() ? stats.size : undefined),
        () => undefined,
      );
      if (size === undefined) return false;
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Length', size);
      res.setHeader('Cache-Control', 'no-store');
      // The name after the random prefix, as the user will see it in their downloads.
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name.slice(17))}`);
      await pipeline(createReadStream(path), res);
      return true;
    },
    async remove() {
      if (folder) await rm(await folder, { recursive: true, force: true });
    },
  };
}
