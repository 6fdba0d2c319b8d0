/**
 * npm run bench [-- --only bundle,load,drill,table,map,compile,import] [--quick] [--skip-build]
 * npm run bench:scale   (the compile of the 100 % country dataset)
 * Measures, then writes bench/results/latest.json and latest.md. Sections not measured in this
 * run keep their previous figures (each section carries its own date).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIST, buildApp, ROOT } from './lib/build-app';
import { buildBenchPages } from './lib/build-pages';
import type { BenchContext } from './lib/context';
import { describeMachine, describeVersions } from './lib/machine';
import { renderMarkdown } from './lib/report-md';
import type { BenchResults, Section } from './lib/results';
import { measureBundle } from './measure-bundle';
import { measureCompile } from './measure-compile';
import { measureDrill } from './measure-drill';
import { measureImport } from './measure-import';
import { measureLoad } from './measure-load';
import { mapFeaturePresent, measureMap } from './measure-map';
import { measureTable, tableFeaturePresent } from './measure-table';

const ALL = ['bundle', 'load', 'drill', 'table', 'map', 'compile', 'import'] as const;
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    scale: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});
const chosen = values.scale ? ['compile-scale'] : values.only ? values.only.split(',').map((s) => s.trim()) : [...ALL];
const unknown = chosen.filter((c) => ![...ALL, 'compile-scale'].includes(c as never));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Known: ${ALL.join(', ')}, compile-scale.`);
  process.exit(2);
}

const started = performance.now();
const log = (m: string) => console.log(`[${Math.round((performance.now() - started) / 1000)} s] ${m}`);
const ctx: BenchContext = { root: ROOT, distDir: BENCH_DIST, quick: values.quick!, log };
const resultsDir = join(ROOT, 'bench', 'results');
const jsonPath = join(resultsDir, 'latest.json');
const previous: BenchResults | null = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchResults) : null;
const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  machine: describeMachine(),
  versions: describeVersions(ROOT),
  sections: { ...(previous?.sections ?? {}) },
};

const needsApp = chosen.some((c) => ['bundle', 'load', 'drill'].includes(c));
if (needsApp && !(values['skip-build'] && existsSync(join(BENCH_DIST, '.vite', 'manifest.json')))) {
  log('building the app into .cache/dist-bench');
  await buildApp();
}
let pagesDir: string | null = null;
if (chosen.includes('table') || chosen.includes('map')) {
  if (tableFeaturePresent(ROOT) || mapFeaturePresent(ROOT)) {
    log('building the bench pages (table, map)');
    pagesDir = await buildBenchPages().catch((e: unknown) => {
      log(`bench pages did not build: ${(e as Error).message}`);
      return null;
    });
  }
}

const run: Record<string, () => Promise<Section>> = {
  bundle: () => measureBundle(ctx),
  load: () => measureLoad(ctx),
  drill: () => measureDrill(ctx),
  table: () => measureTable(ctx, tableFeaturePresent(ROOT) ? pagesDir : null),
  map: () => measureMap(ctx, mapFeaturePresent(ROOT) ? pagesDir : null),
  compile: () =>
    measureCompile(ctx, {
      id: 'compile',
      title: '6. Compile (demo and country scale 1 %, 10 %)',
      demoRuns: ctx.quick ? 1 : 5,
      scales: [
        { scale: 0.01, runs: ctx.quick ? 1 : 5 },
        { scale: 0.1, runs: ctx.quick ? 1 : 3 },
      ],
    }),
  import: () => measureImport(ctx),
  'compile-scale': () =>
    measureCompile(ctx, { id: 'compile-scale', title: '6b. Compile at country scale (100 %)', demoRuns: 0, scales: [{ scale: 1, runs: ctx.quick ? 1 : 2 }] }),
};

let failed = false;
for (const id of chosen) {
  const load = loadavg()[0]!;
  log(`measuring ${id}`);
  try {
    const section = await run[id]!();
    section.notes = [
      ...(section.notes ?? []),
      `Host load average (1 min) at start and end of this section: ${load.toFixed(1)} and ${loadavg()[0]!.toFixed(1)} on ${results.machine.cores} cores (the machine may be shared; wall-clock figures suffer when it is busy).`,
    ];
    results.sections[id] = section;
  } catch (e) {
    failed = true;
    log(`${id} failed: ${(e as Error).stack ?? String(e)}`);
    results.sections[id] = {
      id,
      title: id,
      measuredAt: new Date().toISOString(),
      durationMs: 0,
      figures: [
        { id: 'error', label: `${id}: the measurement failed`, unit: '', value: null, status: 'not-measured', note: (e as Error).message.slice(0, 300) },
      ],
    };
  }
}

mkdirSync(resultsDir, { recursive: true });
const write = (name: string, text: string) => {
  writeFileSync(join(resultsDir, `${name}.tmp`), text);
  renameSync(join(resultsDir, `${name}.tmp`), join(resultsDir, name));
};
write('latest.json', `${JSON.stringify(results, null, 2)}\n`);
write('latest.md', renderMarkdown(results));
log(`wrote bench/results/latest.json and latest.md (${Math.round((performance.now() - started) / 1000)} s in all)`);
process.exit(failed ? 1 : 0);
