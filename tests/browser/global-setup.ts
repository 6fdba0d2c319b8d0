/**
 * Builds the app with the demo data into DIST_DIR (default dist/; skipped when SKIP_BUILD=1 and it exists) and serves it
 * with `vite preview` on a free port for the browser tests.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '..', '..');
let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  chromiumPath(); // fail early, with the install hint, when Chromium is missing
  const outDir = resolve(root, process.env.DIST_DIR ?? 'dist');
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(outDir, 'index.html')))) {
    // vitest sets NODE_ENV=test, which would make this a development bundle (import.meta.env.PROD false).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root, configLoader: 'runner', logLevel: 'warn', build: { outDir } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  server = await preview({ root, configLoader: 'runner', logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not start');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
}
