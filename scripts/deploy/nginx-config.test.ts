// @vitest-environment node
/**
 * The nginx configuration of docs/deployment.md, run for real: nginx serves a small site built like
 * dist/ on a loopback port, and every rule of the deployment table is checked (SPA fallback, the
 * first-screen page, 404 for the API, cache headers, the security headers of docs/security.md).
 * Skipped where nginx is not installed (CI installs it); it takes well under a second where it is.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CASES, docBlock, expectCase, expectContentTypes, freePort, waitForServer, writeSite } from './deployment-cases';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((p) => spawnSync('test', ['-f', p]).status === 0);

let root = '';
let base = '';
let nginx: ChildProcess | undefined;

beforeAll(async () => {
  if (!NGINX || !MIME_TYPES) return;
  root = mkdtempSync(join(tmpdir(), 'da8-nginx-'));
  writeSite(join(root, 'site'));
  const port = await freePort();
  writeFileSync(join(root, 'da8-headers.conf'), docBlock('nginx', '# /etc/nginx/snippets/da8-headers.conf'));
  const server = docBlock('nginx', '# /etc/nginx/sites-available/du-an-8')
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
  await waitForServer(base, () => readFileSync(join(root, 'error.log'), 'utf8'));
});

afterAll(() => {
  nginx?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!NGINX || !MIME_TYPES)('the nginx configuration of docs/deployment.md', () => {
  it.each(CASES)('%s → %i, with its cache rule and the security headers', async (...testCase) => {
    await expectCase(base, testCase);
  });

  it('serves the API as JSON and the manifest with its own type', async () => {
    await expectContentTypes(base);
  });
});
