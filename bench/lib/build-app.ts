/**
 * Builds the app for the bench with the project's own vite.config.ts into a separate folder,
 * adding hidden source maps (same code; the maps are only read to attribute bytes to packages).
 */
import { resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BENCH_DIST = resolve(ROOT, '.cache', 'dist-bench');

export async function buildApp(outDir = BENCH_DIST): Promise<number> {
  const started = performance.now();
  await build({ root: ROOT, configLoader: 'runner', logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: 'hidden' } });
  return performance.now() - started;
}
