import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../electron/api/errors';
import { inputs, type OpName } from '../../electron/api/operations';
import { dispatch, type Handlers } from '../../electron/core/dispatch';
import { noHostHandlers } from '../../electron/core/noHostHandlers';
import { createHandlers } from '../../electron/core/handlers';
import { tempDir, testLibrary } from '../../electron/core/library/testLibrary';
import { startServer, type RunningServer } from '../../electron/serve/startServer';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handlers: Handlers): Promise<RunningServer> {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Compendium</title>');
  const server = await startServer({ handlers, rendererDir });
  servers.push(server);
  return server;
}

function libraryHandlers(): Handlers {
  return { ...createHandlers(testLibrary()), ...noHostHandlers };
}

function post(server: RunningServer, name: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(body),
  });
}

/** The status of a request sent as is: fetch() would normalise the path and refuses to set Host. */
function statusOf(
  url: string,
  options: { headers?: Record<string, string>; method?: string; path?: string } = {},
): Promise<number | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request(
      { hostname, port, path: options.path ?? new URL(url).pathname, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    )
      .on('error', reject)
      .end();
  });
}

const policy = { kind: 'policy', title: 'Plan communal pour l’égalité', language: 'fr', summary: 'Un plan adopté en 2021.' };

describe('the HTTP adapter', () => {
  it('gives the same results as calling the core directly', async () => {
    const handlers = libraryHandlers();
    const server = await serve(handlers);
    const created = (await (await post(server, 'items.create', policy)).json()) as Result<string>;
    expect(created).toMatchObject({ ok: true });
    for (const [name, input] of [
      ['items.get', { id: created.ok ? created.value : '' }],
      ['search.query', { text: 'égalité' }],
      ['library.stats', {}],
      ['items.get', { id: '00000000-0000-4000-8000-000000000000' }],
    ] as const) {
      expect(await (await post(server, name, input)).json()).toEqual(await dispatch(handlers, name, input));
    }
  });

  it('maps error codes to HTTP statuses and keeps the error in the body', async () => {
    const server = await serve(libraryHandlers());
    const missing = await post(server, 'items.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      ok: false,
      error: { code: 'item.notFound', params: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    const invalid = await post(server, 'items.list', { limit: 0 });
    expect(invalid.status).toBe(400);
    const dialog = await post(server, 'host.chooseFiles', {});
    expect([dialog.status, await dialog.json()]).toEqual([501, { ok: false, error: { code: 'host.unavailable', params: {} } }]);
  });

  it('refuses a malformed input to every operation before it reaches the core', async () => {
    const reached: string[] = [];
    const handlers = Object.fromEntries(
      Object.keys(inputs).map((name) => [name, () => (reached.push(name), { ok: true, value: null })]),
    ) as unknown as Handlers;
    const server = await serve(handlers);
    for (const name of Object.keys(inputs) as OpName[]) {
      const response = await post(server, name, { bogus: 1 });
      const body = (await response.json()) as Result<unknown>;
      expect([name, response.status, body.ok, !body.ok && body.error.code.startsWith('input.')]).toEqual([name, 400, false, true]);
    }
    const notJson = await fetch(`${server.origin}/api/library.stats`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{not json',
    });
    expect(await notJson.json()).toEqual({ ok: false, error: { code: 'input.invalid', params: { field: 'body' } } });
    expect(reached).toEqual([]);
  });

  it('refuses an unknown operation', async () => {
    const server = await serve(libraryHandlers());
    const response = await post(server, 'library.drop', {});
    expect([response.status, await response.json()]).toEqual([
      400,
      { ok: false, error: { code: 'input.invalid', params: { field: 'operation' } } },
    ]);
  });
});

describe('the server’s guards', () => {
  it('refuses API calls without the token, or with another one (401)', async () => {
    const server = await serve(libraryHandlers());
    const without = await fetch(`${server.origin}/api/library.stats`, { method: 'POST', body: '{}' });
    expect([without.status, await without.json()]).toEqual([401, { ok: false, error: { code: 'serve.unauthorized', params: {} } }]);
    const wrong = await post(server, 'library.stats', {}, { Authorization: `Bearer ${server.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
  });

  it('refuses requests from another origin or for another host name (403)', async () => {
    const server = await serve(libraryHandlers());
    expect((await post(server, 'library.stats', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(server, 'library.stats', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    // fetch() will not send another Host header, so this request goes through node:http.
    expect(await statusOf(`${server.origin}/`, { headers: { Host: `rebound.example:${new URL(server.origin).port}` } })).toBe(403);
    expect(await statusOf(`${server.origin}/`, { headers: { Host: `localhost:${new URL(server.origin).port}` } })).toBe(200);
    expect((await post(server, 'library.stats', {}, { Origin: server.origin })).status).toBe(200);
  });

  it('serves the interface with its security headers, and only GET outside the API', async () => {
    const server = await serve(libraryHandlers());
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Compendium</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(`${server.origin}/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${server.origin}/`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${server.origin}/api/library.stats`, { headers: { Authorization: `Bearer ${server.token}` } })).status).toBe(405);
  });

  it('takes the token only from the Authorization header, never from the address', async () => {
    const server = await serve(libraryHandlers());
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    const inQuery = await fetch(`${server.origin}/api/library.stats?token=${server.token}`, { method: 'POST', body: '{}' });
    expect(inQuery.status).toBe(401);
  });

  it('answers malformed addresses without stopping', async () => {
    const server = await serve(libraryHandlers());
    expect(await statusOf(server.origin, { path: '//[' })).toBe(404);
    expect(await statusOf(server.origin, { path: '/..%2f..%2fetc%2fpasswd' })).toBe(404);
    const badEscape = await post(server, '%E0%A4%A', {});
    expect([badEscape.status, await badEscape.json()]).toEqual([
      400,
      { ok: false, error: { code: 'input.invalid', params: { field: 'operation' } } },
    ]);
    expect((await post(server, 'library.stats', {})).status).toBe(200);
  });

  it('keeps serving after a client gives up in the middle of a request', async () => {
    const server = await serve(libraryHandlers());
    const { port } = new URL(server.origin);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /api/library.stats HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${server.token}\r\nContent-Length: 1000\r\n\r\n{"a":`,
        );
        setTimeout(() => (socket.destroy(), resolve()), 50);
      });
    });
    expect((await post(server, 'library.stats', {})).status).toBe(200);
  });

  it('says which methods an address accepts', async () => {
    const server = await serve(libraryHandlers());
    const response = await fetch(`${server.origin}/api/library.stats`, { headers: { Authorization: `Bearer ${server.token}` } });
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'POST']);
  });
});
