import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../electron/api/errors';
import type { ImportPreview } from '../../electron/api/types';
import { createHandlers } from '../../electron/core/handlers';
import { tempDir, testLibrary } from '../../electron/core/library/testLibrary';
import { noHostHandlers } from '../../electron/core/noHostHandlers';
import { exportPack } from '../../electron/core/packs/exportPack';
import { must, workshopLibrary } from '../../electron/core/packs/packTestKit';
import { startServer, type RunningServer } from '../../electron/serve/startServer';

// A page served over HTTP cannot hand the core a path: a pack the user picks or drops is uploaded first.
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(uploadLimitBytes?: number): Promise<RunningServer> {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Compendium</title>');
  const server = await startServer({ handlers: { ...createHandlers(testLibrary()), ...noHostHandlers }, rendererDir, uploadLimitBytes });
  servers.push(server);
  return server;
}

function upload(server: RunningServer, bytes: Buffer, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'X-File-Name': encodeURIComponent('Atelier Sfax (v2).zip'), ...headers },
    body: bytes,
  });
}

describe('POST /upload', () => {
  it('stores a pack the browser sends, and the core previews it by the path it gets back', async () => {
    const dir = tempDir();
    const source = testLibrary();
    await workshopLibrary(source, dir);
    const pack = must(
      await exportPack(source, { selection: { collection: 'Atelier Sfax' }, out: join(dir, 'p.zip'), language: 'fr', sign: true }),
    );
    const server = await serve();
    const response = await upload(server, readFileSync(pack.path));
    const uploaded = (await response.json()) as Result<{ path: string }>;
    if (!uploaded.ok) throw new Error(uploaded.error.code);
    expect(uploaded.value.path).toMatch(/Atelier_Sfax_v2_.zip$/);
    expect(readFileSync(uploaded.value.path)).toEqual(readFileSync(pack.path));
    const preview = await fetch(`${server.origin}/api/packs.preview`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: uploaded.value.path }),
    });
    const previewed = (await preview.json()) as Result<ImportPreview>;
    expect(previewed).toMatchObject({ ok: true, value: { signature: 'valid', items: { new: expect.any(Array) } } });
    expect(previewed.ok && previewed.value.items.new).toHaveLength(3);

    await server.close();
    expect(existsSync(dirname(uploaded.value.path))).toBe(false);
  });

  it('refuses an upload without the token', async () => {
    const server = await serve();
    const response = await upload(server, Buffer.from('zip'), { Authorization: 'Bearer wrong' });
    expect(response.status).toBe(401);
  });

  it('refuses a file over the limit', async () => {
    const server = await serve(1024);
    const response = await upload(server, Buffer.alloc(4096));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'serve.tooLarge', params: { max: 0 } } });
  });
});
