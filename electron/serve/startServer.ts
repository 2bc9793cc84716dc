import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { fail, type Result } from '../api/errors';
import { dispatch, type Handlers } from '../core/dispatch';
import { httpStatus } from './httpStatus';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { packLimits } from '../core/packs/packLimits';
import { downloadPrefix, downloadStore, type DownloadStore } from './downloadStore';
import { uploadStore } from './uploadStore';

/** What `startServer` needs: the operations to expose and the built interface to serve. */
export interface ServerOptions {
  readonly handlers: Handlers;
  /** The built renderer (`out/renderer`). */
  readonly rendererDir: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Largest file `POST /upload` accepts (default 20 GB, the largest pack import reads). */
  readonly uploadLimitBytes?: number;
}

/** A running server. */
export interface RunningServer {
  /** The address to open, with the token in its fragment. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

const maxBodyBytes = 32 * 1024 * 1024;
const apiPrefix = '/api/';
const uploadPath = '/upload';
const downloadPath = '/download';

/**
 * Serves the interface and the contract over HTTP. The token travels in the URL's fragment, which browsers never
 * send to a server or put in a Referer, and comes back as a bearer header on every API call. Host and Origin must
 * be this server's own, so that a web page open in the same browser cannot drive the library (DNS rebinding,
 * cross-site requests).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('base64url');
  const host = '127.0.0.1';
  const staticFiles = sirv(options.rendererDir, { etag: true });
  const uploads = uploadStore(options.uploadLimitBytes ?? packLimits.maxTotalBytes);
  const downloads = downloadStore();
  let origins = new Set<string>();

  const server = createServer((req, res) => {
    setSecurityHeaders(res);
    if (!origins.has(`http://${req.headers.host ?? ''}`) || !isSameOrigin(req, origins)) {
      sendResult(res, fail('serve.forbidden'));
      return;
    }
    // The raw path, undecoded: operation names are plain ASCII, and a malformed address must not throw.
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === uploadPath) {
      if (!hasToken(req, token)) sendResult(res, fail('serve.unauthorized'));
      else if (req.method !== 'POST') sendResult(res, fail('serve.methodNotAllowed', { method: 'POST' }), { Allow: 'POST' });
      else
        uploads
          .receive(req)
          .then((result) => sendResult(res, result))
          .catch(() => res.destroy());
      return;
    }
    if (path === downloadPath || path.startsWith(downloadPrefix)) {
      if (!hasToken(req, token)) sendResult(res, fail('serve.unauthorized'));
      else serveDownload(req, res, { path, downloads }).catch(() => res.destroy());
      return;
    }
    if (!path.startsWith(apiPrefix)) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        sendResult(res, fail('serve.methodNotAllowed', { method: 'GET' }), { Allow: 'GET, HEAD' });
      else staticFiles(req, res, () => sendResult(res, fail('serve.notFound')));
      return;
    }
    if (!hasToken(req, token)) sendResult(res, fail('serve.unauthorized'));
    else if (req.method !== 'POST') sendResult(res, fail('serve.methodNotAllowed', { method: 'POST' }), { Allow: 'POST' });
    // A browser that gives up mid-request (a cancelled fetch) leaves nothing to answer.
    else answer(req, res, { handlers: options.handlers, name: path.slice(apiPrefix.length) }).catch(() => res.destroy());
  });
  // Keep-alive sockets from the browser would otherwise hold close() open until they time out.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  origins = new Set([origin, `http://localhost:${port}`]);
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.all([uploads.remove(), downloads.remove()]);
    },
  };
}

/**
 * `POST /download` (header X-File-Name) reserves a path for a file the browser will save, such as an export; once
 * the file is written there, `GET /download/<name>` sends it. Both need the token, like the API.
 */
async function serveDownload(req: IncomingMessage, res: ServerResponse, to: { path: string; downloads: DownloadStore }): Promise<void> {
  if (to.path === downloadPath) {
    if (req.method !== 'POST') sendResult(res, fail('serve.methodNotAllowed', { method: 'POST' }), { Allow: 'POST' });
    else sendResult(res, await to.downloads.reserve(req.headers['x-file-name']));
    return;
  }
  if (req.method !== 'GET') {
    sendResult(res, fail('serve.methodNotAllowed', { method: 'GET' }), { Allow: 'GET' });
    return;
  }
  let name = '';
  try {
    name = decodeURIComponent(to.path.slice(downloadPrefix.length));
  } catch {
    // A malformed escape names no reserved file.
  }
  if (!(await to.downloads.send(name, res))) sendResult(res, fail('serve.notFound'));
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

/** Browsers send Origin on every cross-site request and on POSTs; when present it must be ours. */
function isSameOrigin(req: IncomingMessage, origins: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !origins.has(origin)) return false;
  return req.headers['sec-fetch-site'] !== 'cross-site';
}

function hasToken(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function answer(req: IncomingMessage, res: ServerResponse, call: { handlers: Handlers; name: string }): Promise<void> {
  const body = await readJsonBody(req);
  sendResult(res, body.ok ? await dispatch(call.handlers, call.name, body.value) : body);
}

async function readJsonBody(req: IncomingMessage): Promise<Result<unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return fail('serve.tooLarge', { max: maxBodyBytes / 1024 / 1024 });
    chunks.push(chunk);
  }
  if (size === 0) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return fail('input.invalid', { field: 'body' });
  }
}

function sendResult(res: ServerResponse, result: Result<unknown>, headers: Readonly<Record<string, string>> = {}): void {
  const body = JSON.stringify(result);
  res.statusCode = result.ok ? 200 : httpStatus(result.error.code);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (res.statusCode === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.end(body);
}
