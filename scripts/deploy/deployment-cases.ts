/**
 * What every server configuration of docs/deployment.md must do, shared by the tests that run the
 * nginx and the Apache configuration for real: a small site built like dist/, the requests with the
 * answers the deployment table promises, and the security headers of docs/security.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { FIRST_SCREEN_SCRIPT_HASH } from '../prerender/compose-page';

export const SITE: Readonly<Record<string, string>> = {
  'index.html': '<!doctype html><title>app</title>',
  'home.html': '<!doctype html><title>home</title>',
  'u/06/index.html': '<!doctype html><title>first screen</title>',
  'u/01846/index.html': '<!doctype html><title>commune screen</title>',
  'sw.js': 'self.addEventListener("fetch", () => {});',
  'manifest.webmanifest': '{"name":"Dự án 8"}',
  'assets/index-Abc123.js': 'console.log(1)',
  'api/v1/meta.json': '{"rootUnit":"06"}',
  'api/v1/units/01846.14.json': '{"unit":{"code":"01846.14"}}',
};

/** [path, status, a part of the body, Cache-Control]. */
export const CASES: ReadonlyArray<readonly [string, number, string, string]> = [
  ['/u/058', 200, 'app', 'no-cache'],
  ['/u/01846.14', 200, 'app', 'no-cache'],
  ['/u/06', 200, 'first screen', 'no-cache'],
  ['/u/06?v=map', 200, 'first screen', 'no-cache'],
  ['/u/01846?lang=en', 200, 'commune screen', 'no-cache'],
  ['/u/01846.14?v=report', 200, 'app', 'no-cache'],
  ['/', 200, 'home', 'no-cache'],
  ['/?lang=en', 200, 'home', 'no-cache'],
  ['/sw.js', 200, 'self.addEventListener', 'no-cache'],
  ['/manifest.webmanifest', 200, 'Dự án 8', 'no-cache'],
  ['/assets/index-Abc123.js', 200, 'console.log', 'public, max-age=31536000, immutable'],
  ['/assets/gone-Old999.js', 404, '', 'public, max-age=31536000, immutable'],
  ['/api/v1/meta.json', 200, '"rootUnit"', 'no-cache'],
  ['/api/v1/units/01846.14.json', 200, '01846.14', 'no-cache'],
  ['/api/v1/units/99999.json', 404, '', 'no-cache'],
];

/** The code block of the deployment guide in the given language that starts with the given line. */
export function docBlock(language: 'nginx' | 'apache', firstLine: string): string {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
  const fence = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
  const block = [...doc.matchAll(fence)].map((m) => m[1]!).find((b) => b.startsWith(firstLine));
  if (!block) throw new Error(`docs/deployment.md has no ${language} block starting with ${firstLine}`);
  return block;
}

export function writeSite(folder: string): void {
  for (const [path, body] of Object.entries(SITE)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), body);
  }
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Waits until the server answers; the server's own log explains a failure to start. */
export async function waitForServer(base: string, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`${base}/index.html`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`the server did not start: ${log()}`);
}

export async function get(base: string, path: string) {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { status: response.status, body: await response.text(), header: (name: string) => response.headers.get(name) };
}

export async function expectCase(base: string, [path, status, body, cache]: (typeof CASES)[number]): Promise<void> {
  const response = await get(base, path);
  expect(response.status).toBe(status);
  if (body) expect(response.body).toContain(body);
  expect(response.header('cache-control')).toBe(cache);
  expect(response.header('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(response.header('content-security-policy')).toContain(`script-src 'self' ${FIRST_SCREEN_SCRIPT_HASH};`);
  expect(response.header('x-content-type-options')).toBe('nosniff');
  expect(response.header('x-frame-options')).toBe('DENY');
  expect(response.header('referrer-policy')).toBe('no-referrer');
  expect(response.header('permissions-policy')).toContain('camera=()');
  expect(response.header('cross-origin-opener-policy')).toBe('same-origin');
}

export async function expectContentTypes(base: string): Promise<void> {
  expect((await get(base, '/api/v1/meta.json')).header('content-type')).toMatch(/^application\/json/);
  expect((await get(base, '/manifest.webmanifest')).header('content-type')).toMatch(/^application\/manifest\+json/);
  expect((await get(base, '/api/v1/meta.json')).header('etag')).not.toBeNull();
}
