// @vitest-environment node
/**
 * The Apache configuration of docs/deployment.md, run for real like the nginx one: Apache (Debian's
 * apache2 with its modules) serves a small site built like dist/ on a loopback port, and every rule of
 * the deployment table is checked. Skipped where Apache is not installed (CI installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CASES, docBlock, expectCase, expectContentTypes, freePort, waitForServer, writeSite } from './deployment-cases';

const APACHE = ['/usr/sbin/apache2', '/usr/sbin/httpd'].find((p) => spawnSync(p, ['-v']).status === 0);
const MODULES = ['/usr/lib/apache2/modules', '/usr/lib64/httpd/modules'].find((p) => existsSync(p));
/** Loaded from files; mod_unixd and mod_log_config are built into Debian's apache2. */
const NEEDED = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers', 'rewrite', 'deflate', 'filter'];

let root = '';
let base = '';
let apache: ChildProcess | undefined;

beforeAll(async () => {
  if (!APACHE || !MODULES) return;
  root = mkdtempSync(join(tmpdir(), 'da8-apache-'));
  const site = join(root, 'site');
  writeSite(site);
  const port = await freePort();
  const host = docBlock('apache', '<VirtualHost *:80>').replace('<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`).replaceAll('/var/www/du-an-8', site);
  const user = userInfo();
  writeFileSync(
    join(root, 'httpd.conf'),
    `ServerRoot ${root}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${join(root, 'httpd.pid')}
ErrorLog ${join(root, 'error.log')}
${NEEDED.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}
${user.uid === 0 ? 'User nobody\nGroup nogroup' : ''}
TypesConfig /etc/mime.types
DirectoryIndex index.html
Mutex file:${root} default
${host}
`,
  );
  // Running as root, the workers switch to nobody: the site must be readable by them.
  spawnSync('chmod', ['-R', 'a+rX', root]);
  let stderr = '';
  apache = spawn(APACHE, ['-f', join(root, 'httpd.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  apache.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  base = `http://127.0.0.1:${port}`;
  await waitForServer(base, () => stderr + (existsSync(join(root, 'error.log')) ? readFileSync(join(root, 'error.log'), 'utf8') : ''));
});

afterAll(() => {
  apache?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!APACHE || !MODULES)('the Apache configuration of docs/deployment.md', () => {
  it.each(CASES)('%s → %i, with its cache rule and the security headers', async (...testCase) => {
    await expectCase(base, testCase);
  });

  it('serves the API as JSON and the manifest with its own type', async () => {
    await expectContentTypes(base);
  });
});
