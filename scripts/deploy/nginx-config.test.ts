// @vitest-environment node
/**
 * The nginx configuration of docs/deployment.md, run for real: nginx serves a small site built like
 * dist/ on a loopback port, and every rule of the deployment table is checked (SPA fallback, the
 * first-screen page, 404 for the API, cache headers, the security headers of docs/security.md).
 * Skipped where nginx is not installed; it takes well under a second where it is.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_SCRIPT_HASH } from '../prerender/compose-page';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((p) => spawnSync('test', ['-f', p]).status === 0);

/** The code blocks of the deployment guide that start with the given comment line. */
function docBlock(firstLine: string): string {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
  const block = [...doc.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith(firstLine));
  if (!block) throw new Error(`docs/deployment.md has no nginx block starting with ${firstLine}`);
  return block;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const SITE: Record<string, string> = {
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

let root = '';
let base = '';
let nginx: ChildProcess | undefined;

beforeAll(async () => {
  if (!NGINX || !MIME_TYPES) return;
  root = mkdtempSync(join(tmpdir(), 'da8-nginx-'));
  for (const [path, body] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, 'site', path)), { recursive: true });
    writeFileSync(join(root, 'site', path), body);
  }
  const port = await freePort();
  writeFileSync(join(root, 'da8-headers.conf'), docBlock('# /etc/nginx/snippets/da8-headers.conf'));
  const server = docBlock('# /etc/nginx/sites-available/du-an-8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/du-an-8;', `root ${join(root, 'site')};`)
    .replaceAll('include snippets/da8-headers.conf;', `include ${join(root, 'da8-headers.conf')};`);
  writeFileSync(
    join(root, 'nginx.conf'),
    `daemon off; master_process off; pid ${join(root, 'nginx.pid')}; error_log ${join(root, 'error.log')};
events {}
http {
  include ${MIME_TYPES};
  access_log off;
  client_body_temp_path ${root}/body; proxy_temp_path ${root}/proxy; fastcgi_temp_path ${root}/fastcgi; uwsgi_temp_path ${root}/uwsgi; scgi_temp_path ${root}/scgi;
${server}
}
`,
  );
  nginx = spawn(NGINX, ['-p', root, '-c', join(root, 'nginx.conf'), '-e', join(root, 'error.log')], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/index.html`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not start: ${readFileSync(join(root, 'error.log'), 'utf8')}`);
});

afterAll(() => {
  nginx?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { status: response.status, body: await response.text(), header: (name: string) => response.headers.get(name) };
};

describe.skipIf(!NGINX || !MIME_TYPES)('the nginx configuration of docs/deployment.md', () => {
  it.each([
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
  ])('%s → %i, with its cache rule and the security headers', async (path, status, body, cache) => {
    const response = await get(path);
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
  });

  it('serves the API as JSON and the manifest with its own type', async () => {
    expect((await get('/api/v1/meta.json')).header('content-type')).toMatch(/^application\/json/);
    expect((await get('/manifest.webmanifest')).header('content-type')).toMatch(/^application\/manifest\+json/);
    expect((await get('/api/v1/meta.json')).header('etag')).not.toBeNull();
  });
});
