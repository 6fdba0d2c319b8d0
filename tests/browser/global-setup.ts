/**
 * Builds the app with the demo data (unless SKIP_BUILD=1 and dist/ exists) and serves dist/
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
  chromiumPath(); // fail early, with the install hint, when Chromium is missing
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(root, 'dist', 'index.html')))) {
    await build({ root, logLevel: 'warn' });
  }
  server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not start');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
}
