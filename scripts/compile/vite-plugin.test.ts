// @vitest-environment node
/**
 * The development server answers /api/ like a contract server: documents as JSON, and errors (an
 * unknown document, a dataset that does not compile) as problem details, never an HTML page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { apiMiddleware, type ApiSource } from './vite-plugin';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves the middleware under /api/ as Vite mounts it (the prefix stripped). */
async function serve(source: ApiSource): Promise<string> {
  const middleware = apiMiddleware(source);
  server = createServer((req, res) => {
    req.url = req.url!.replace(/^\/api/, '');
    middleware(req, res, () => undefined);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api/`;
}

const docs = new Map<string, unknown>([['v1/meta.json', { rootUnit: 'P' }]]);

describe('the development API', () => {
  it.each([
    ['a document', { docs }, 'v1/meta.json', 200, 'application/json', { rootUnit: 'P' }],
    [
      'an unknown document',
      { docs },
      'v1/units/ZZ.json',
      404,
      'application/problem+json',
      { type: 'about:blank', title: 'Not Found', status: 404, instance: '/api/v1/units/ZZ.json', detail: expect.stringContaining('v1/units/ZZ.json') },
    ],
    [
      'a dataset that does not compile',
      { failure: 'units.csv, dòng 3, cột level: …' },
      'v1/meta.json',
      500,
      'application/problem+json',
      { title: 'Internal Server Error', status: 500, instance: '/api/v1/meta.json', detail: expect.stringContaining('units.csv, dòng 3, cột level') },
    ],
  ])('answers %s', async (_what, state, path, status, type, body) => {
    const base = await serve(() => state);
    const response = await fetch(base + path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain(type);
    expect(await response.json()).toMatchObject(body);
  });
});
