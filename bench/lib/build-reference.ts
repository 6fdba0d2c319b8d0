/** Builds bench/reference-app (a bare React 19 page) with the same Vite version and target as the app. */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT } from './build-app';

export const REFERENCE_DIST = resolve(ROOT, '.cache', 'dist-bench-reference');

export async function buildReferenceApp(): Promise<string> {
  await build({
    configFile: false,
    root: resolve(ROOT, 'bench', 'reference-app'),
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: REFERENCE_DIST, emptyOutDir: true, target: 'es2022', manifest: true },
  });
  return REFERENCE_DIST;
}
