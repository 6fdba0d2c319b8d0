import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILED_API_DIR } from '../../mocks/api-documents';
import { checkApi } from '../../scripts/api-check/check-api';
import { urlSource } from '../../scripts/api-check/source';
import { createLiveServer } from './server';

const servers: Server[] = [];
async function start(token?: string): Promise<string> {
  const server = createLiveServer({ dir: COMPILED_API_DIR, token });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
}
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

describe('the example live server', () => {
  let base: string;
  beforeAll(async () => {
    base = await start();
  });

  it('passes the conformance checker over HTTP, the whole API', { timeout: 240_000 }, async () => {
    const report = await checkApi(urlSource(base));
    expect(report.problems).toEqual([]);
    expect(report.units).toBeGreaterThan(1400);
  });

  it.each([
    ['an unknown unit', 'v1/units/99999.json'],
    ['a path outside the API folder', 'v1/..%2F..%2Fpackage.json'],
    ['something that is not a document', 'v1/units'],
  ])('answers %s with 404 and a problem-details body', async (_name, path) => {
    const response = await fetch(base + path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers an unchanged document with 304 when asked with its ETag', async () => {
    const first = await fetch(`${base}v1/meta.json`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${base}v1/meta.json`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('lets the dashboard of another origin read it, with a token', async () => {
    const preflight = await fetch(`${base}v1/meta.json`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization');
  });

  it('refuses writes', async () => {
    const response = await fetch(`${base}v1/meta.json`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('the example live server with a token', () => {
  it('answers 401 with a problem body without it, and the documents with it', async () => {
    const base = await start('demo-token-123');
    const refused = await fetch(`${base}v1/meta.json`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect(await refused.json()).toMatchObject({ status: 401 });
    const report = await checkApi(urlSource(base, 'demo-token-123'), { root: '01846' });
    expect(report.problems).toEqual([]);
    expect(report.units).toBe(15);
  });
});
