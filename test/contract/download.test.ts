import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../electron/api/errors';
import type { ExportSummary } from '../../electron/api/types';
import { createHandlers } from '../../electron/core/handlers';
import { tempDir, testLibrary } from '../../electron/core/library/testLibrary';
import { noHostHandlers } from '../../electron/core/noHostHandlers';
import { workshopLibrary } from '../../electron/core/packs/packTestKit';
import type { DownloadTarget } from '../../electron/serve/downloadStore';
import { startServer, type RunningServer } from '../../electron/serve/startServer';

// A page served over HTTP has no save dialog: an export is written in the server's own folder, then downloaded.
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(): Promise<RunningServer> {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Compendium</title>');
  const lib = testLibrary();
  await workshopLibrary(lib, tempDir());
  const server = await startServer({ handlers: { ...createHandlers(lib), ...noHostHandlers }, rendererDir });
  servers.push(server);
  return server;
}

function request(server: RunningServer, path: string, init: RequestInit = {}) {
  return fetch(`${server.origin}${path}`, { ...init, headers: { Authorization: `Bearer ${server.token}`, ...init.headers } });
}

async function reserve(server: RunningServer, fileName: string): Promise<DownloadTarget> {
  const response = await request(server, '/download', { method: 'POST', headers: { 'X-File-Name': encodeURIComponent(fileName) } });
  const reserved = (await response.json()) as Result<DownloadTarget>;
  if (!reserved.ok) throw new Error(reserved.error.code);
  return reserved.value;
}

describe('downloads', () => {
  it('gives a private path for an export, then sends the pack written there under its own name', async () => {
    const server = await serve();
    const target = await reserve(server, 'Atelier Sfax.zip');
    expect(target.url).toMatch(/^\/download\/[0-9a-f]{16}-Atelier_Sfax\.zip$/);
    const exported = await request(server, '/api/packs.export', {
      method: 'POST',
      body: JSON.stringify({ selection: { collection: 'Atelier Sfax' }, out: target.path }),
    });
    expect(((await exported.json()) as Result<ExportSummary>).ok).toBe(true);

    const response = await request(server, target.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Atelier_Sfax.zip");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(target.path));

    await server.close();
    expect(existsSync(dirname(target.path))).toBe(false);
  });

  it('refuses a download without the token', async () => {
    const server = await serve();
    const target = await reserve(server, 'pack.zip');
    writeFileSync(target.path, 'zip');
    expect((await fetch(`${server.origin}${target.url}`)).status).toBe(401);
    expect((await fetch(`${server.origin}/download`, { method: 'POST' })).status).toBe(401);
  });

  it('sends nothing that was not reserved, nor a reserved file not yet written', async () => {
    const server = await serve();
    const target = await reserve(server, 'pack.zip');
    expect((await request(server, target.url)).status).toBe(404);
    expect((await request(server, '/download/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await request(server, '/download/0123456789abcdef-other.zip')).status).toBe(404);
  });
});
