/**
 * Bundle reference: builds the app's contract and env schemas (zod/mini) and the same schemas
 * written with classic zod (bench/zod-probe/contract-classic.ts), minified like the app, and
 * returns the gzip size of each: what the move to zod/mini saves, measured in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { ROOT } from './build-app';

async function gzipOfEntry(entry: string, outDir: string): Promise<number> {
  await build({
    configFile: false,
    logLevel: 'error',
    root: resolve(ROOT, 'bench', 'zod-probe'),
    resolve: { alias: { '@': resolve(ROOT, 'src') } },
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: resolve(ROOT, 'bench', 'zod-probe', entry) } },
  });
  const dir = resolve(outDir, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(resolve(dir, f))).length, 0);
}

export async function zodVariants(): Promise<{ classic: number; mini: number }> {
  const out = resolve(ROOT, '.cache', 'dist-bench-zod');
  const classic = await gzipOfEntry('classic-entry.ts', `${out}-classic`);
  const mini = await gzipOfEntry('mini-entry.ts', `${out}-mini`);
  return { classic, mini };
}
