/** 1. Bundle: JS + CSS for the first screen and in total, gzip and brotli, per chunk and per package. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_SCREEN_BUDGET_GZIP, firstScreenFiles, readManifest, sizeOf, type FileSize } from '../scripts/bundle-manifest';
import { buildReferenceApp } from './lib/build-reference';
import type { BenchContext } from './lib/context';
import { figure, reference, type Section } from './lib/results';
import { bytesPerGroup } from './lib/source-map-sizes';
import { zodVariants } from './lib/zod-variants';

/** Packages that must load only when used (export, map, slides, charts). */
export const DEFERRED_PACKAGES = ['exceljs', 'docx', 'pptxgenjs', 'jszip', 'html-to-image', 'leaflet', 'react-leaflet', '@react-leaflet/core', 'recharts'];

const assets = (dist: string) =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
const sum = (list: FileSize[], key: 'raw' | 'gzip' | 'brotli') => list.reduce((n, s) => n + s[key], 0);
const kB = (n: number) => Math.round(n / 100) / 10;

export async function measureBundle(ctx: BenchContext): Promise<Section> {
  const started = performance.now();
  const manifest = readManifest(ctx.distDir);
  const first = new Set(firstScreenFiles(manifest));
  const all = assets(ctx.distDir).map((f) => sizeOf(ctx.distDir, f));
  const firstSizes = all.filter((s) => first.has(s.file));

  ctx.log('bundle: building the bare React reference');
  const refDist = await buildReferenceApp();
  const refSizes = firstScreenFiles(readManifest(refDist)).map((f) => sizeOf(refDist, f));
  const refGzip = sum(refSizes, 'gzip');

  // Bytes per package in the first screen, from the hidden source maps.
  const groups = new Map<string, number>();
  for (const file of first) {
    if (!file.endsWith('.js')) continue;
    const perGroup = bytesPerGroup(join(ctx.distDir, file));
    const gzipOfFile = all.find((s) => s.file === file)!;
    if (!perGroup) continue;
    const total = [...perGroup.values()].reduce((a, b) => a + b, 0);
    for (const [g, n] of perGroup) groups.set(g, (groups.get(g) ?? 0) + (n / total) * gzipOfFile.gzip);
  }
  const rawGroups = new Map<string, number>();
  for (const file of first) {
    const perGroup = file.endsWith('.js') ? bytesPerGroup(join(ctx.distDir, file)) : undefined;
    for (const [g, n] of perGroup ?? []) rawGroups.set(g, (rawGroups.get(g) ?? 0) + n);
  }
  const deferredInFirst = DEFERRED_PACKAGES.filter((p) => (rawGroups.get(p) ?? 0) > 0);
  ctx.log('bundle: building the contract with zod/mini and with classic zod');
  const zod = await zodVariants();
  const firstGzip = sum(firstSizes, 'gzip');

  return {
    id: 'bundle',
    title: '1. Bundle (JS + CSS)',
    measuredAt: new Date().toISOString(),
    durationMs: performance.now() - started,
    figures: [
      figure({
        id: 'first-screen-gzip',
        label: 'First screen, gzip',
        unit: 'kB',
        value: kB(firstGzip),
        budget: { op: '<=', value: FIRST_SCREEN_BUDGET_GZIP / 1000 },
        reference: reference('bare React 19 app, same Vite', kB(firstGzip), kB(refGzip)),
      }),
      figure({
        id: 'first-screen-brotli',
        label: 'First screen, brotli',
        unit: 'kB',
        value: kB(sum(firstSizes, 'brotli')),
        reference: reference('bare React 19 app, same Vite', kB(sum(firstSizes, 'brotli')), kB(sum(refSizes, 'brotli'))),
      }),
      figure({ id: 'first-screen-raw', label: 'First screen, minified', unit: 'kB', value: kB(sum(firstSizes, 'raw')) }),
      figure({ id: 'total-gzip', label: 'All JS + CSS, gzip', unit: 'kB', value: kB(sum(all, 'gzip')) }),
      figure({ id: 'total-brotli', label: 'All JS + CSS, brotli', unit: 'kB', value: kB(sum(all, 'brotli')) }),
      figure({ id: 'chunks', label: 'Chunks (JS + CSS files)', unit: 'files', value: all.length }),
      figure({
        id: 'deferred-in-first-screen',
        label: 'Export, map, chart and slide packages in the first screen',
        unit: 'packages',
        value: deferredInFirst.length,
        budget: { op: '<=', value: 0 },
        ...(deferredInFirst.length ? { note: deferredInFirst.join(', ') } : {}),
      }),
    ],
    tables: [
      {
        title: 'Chunks',
        columns: ['file', 'first screen', 'minified kB', 'gzip kB', 'brotli kB'],
        rows: all.sort((a, b) => b.gzip - a.gzip).map((s) => [s.file, first.has(s.file) ? 'yes' : 'no', kB(s.raw), kB(s.gzip), kB(s.brotli)]),
      },
      {
        title: 'First screen by package (gzip share estimated from each package’s share of the minified bytes)',
        columns: ['package or folder', 'minified kB', 'gzip kB (est.)', 'share'],
        rows: [...groups]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 20)
          .map(([g, gz]) => [g, kB(rawGroups.get(g) ?? 0), kB(gz), `${Math.round((gz / firstGzip) * 1000) / 10} %`]),
      },
      {
        title:
          'The API contract and env schemas alone, built like the app: zod/mini (as the app uses it) against the same schemas in classic zod (bench/zod-probe)',
        columns: ['variant', 'gzip kB', 'saving kB'],
        rows: [
          ['classic zod (before)', kB(zod.classic), 0],
          ['zod/mini (now)', kB(zod.mini), kB(zod.classic - zod.mini)],
        ],
      },
    ],
    notes: [
      'kB = 1000 bytes. gzip: node:zlib default level 6; brotli: quality 11. First screen = the entry chunk, its static imports (recursively) and their CSS, from dist/.vite/manifest.json.',
    ],
  };
}
