/**
 * Builds the app with the demo data into DIST_DIR (default dist/; skipped when SKIP_BUILD=1 and it exists) and serves it
 * with `vite preview` on a free port for the browser tests.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp, projectRoot, serveBuild } from './build-app';
import { chromiumPath } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  chromiumPath(); // fail early, with the install hint, when Chromium is missing
  const outDir = resolve(projectRoot, process.env.DIST_DIR ?? 'dist');
  if (!(process.env.SKIP_BUILD === '1' && existsSync(resolve(outDir, 'index.html')))) await buildApp(outDir);
  const served = await serveBuild(outDir);
  server = served.server;
  project.provide('baseUrl', served.url);
  project.provide('distDir', outDir);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
