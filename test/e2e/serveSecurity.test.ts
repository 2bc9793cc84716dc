import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLibrary, type ServedLibrary } from './serveLibrary';

let server: ServedLibrary;

beforeAll(async () => {
  server = await serveLibrary();
}, 60_000);
afterAll(async () => {
  expect(await server.stop()).toEqual({ code: 0, signal: null, stderr: '' });
}, 60_000);

/** POST /api/library.stats as a script or another web page might send it. */
async function askStats(headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.origin}/api/library.stats`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: '{}',
  });
  return { status: response.status, body: await response.json() };
}

/** A GET with a chosen Host header, which fetch would not let us set. */
function getWithHost(host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.origin);
    request({ host: url.hostname, port: url.port, path: '/', headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

// `compendium serve` answers only the page it served: token, Host and Origin are checked on every request.
describe('compendium serve', () => {
  it('answers an API request that carries the token', async () => {
    const { status, body } = await askStats({ Authorization: `Bearer ${server.token}` });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, value: { items: 6, collections: 1 } });
  });

  it('refuses an API request without the token with 401', async () => {
    expect(await askStats({})).toEqual({ status: 401, body: { ok: false, error: { code: 'serve.unauthorized', params: {} } } });
  });

  it('refuses an API request with a wrong token with 401', async () => {
    const wrong = `Bearer ${server.token.slice(1)}x`;
    expect(await askStats({ Authorization: wrong })).toEqual({
      status: 401,
      body: { ok: false, error: { code: 'serve.unauthorized', params: {} } },
    });
  });

  it('refuses an API request from another origin with 403, even with the token', async () => {
    expect(await askStats({ Authorization: `Bearer ${server.token}`, Origin: 'http://evil.example' })).toEqual({
      status: 403,
      body: { ok: false, error: { code: 'serve.forbidden', params: {} } },
    });
  });

  it('serves the interface to its own address', async () => {
    expect(await getWithHost(new URL(server.origin).host)).toBe(200);
  });

  it('refuses to serve the interface under a foreign Host with 403', async () => {
    expect(await getWithHost('evil.example')).toBe(403);
  });
});
