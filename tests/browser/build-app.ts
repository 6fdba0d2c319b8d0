/**
 * Builds the app for browser tests and serves it with `vite preview` on a free loopback port.
 * `extraEnv` sets build-time variables (VITE_API_BASE_URL, DATA_DIR…) for this build only.
 */
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { STATE_LIMIT_MS } from './limits';

export const projectRoot = resolve(import.meta.dirname, '..', '..');

/**
 * The test server shares the machine with the browser and the tests that drive it: on a loaded machine
 * it can take longer to answer than the 15 s a real server is given, so test builds wait as long as
 * the tests do (the timeout itself is tested with injected faults, in src/app/faults).
 */
const TEST_BUILD_ENV = { VITE_API_TIMEOUT_MS: String(STATE_LIMIT_MS) };

export async function buildApp(outDir: string, extraEnv: Readonly<Record<string, string>> = {}): Promise<void> {
  const env = { ...TEST_BUILD_ENV, ...extraEnv };
  // vitest sets NODE_ENV=test, which would make this a development bundle (import.meta.env.PROD false).
  const saved = Object.fromEntries(['NODE_ENV', ...Object.keys(env)].map((name) => [name, process.env[name]]));
  Object.assign(process.env, { NODE_ENV: 'production', ...env });
  try {
    await build({ root: projectRoot, configLoader: 'runner', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

export async function serveBuild(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    root: projectRoot,
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not start');
  return { url: url.replace(/\/$/, ''), server };
}
