/**
 * 6. Compile: the demo dataset and the synthetic country-scale dataset (scripts/country-data) at
 * several sizes, each compile in a child process (time, peak RSS), beside the same roll-up in
 * DuckDB on the same files, with a check that both agree on the root unit's totals.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCountryDataset, type GenerateSummary } from '../scripts/country-data/write-dataset';
import { ChildFailed, runChild } from './lib/child';
import type { BenchContext } from './lib/context';
import { figure, notMeasured, reference, type Figure, type Section } from './lib/results';
import { round, summarize } from './lib/stats';

interface CompileRun {
  ms: number;
  /** User + system CPU time of the compile (the machine may be shared). */
  cpuMs: number;
  maxRssMB: number;
  docs: number;
  output: { files: number; bytes: number };
}
interface DuckRun {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  reportValues: number;
  reportGroups: number;
  breakdownGroups: number;
  rootTotals: { indicator: string; period: string; total: number; reported: number }[];
}

export interface CompilePlan {
  id: 'compile' | 'compile-scale';
  title: string;
  demoRuns: number;
  scales: { scale: number; runs: number }[];
}

/** Budgets at 100 % of country scale: at most twice DuckDB's time for the same roll-up, 2 GB peak. */
const TIME_RATIO_BUDGET = 2;
const BUDGET_MB = 2048;

/** Compares the compiled root document with DuckDB's root totals (non-sensitive indicators). */
function crossCheck(outDir: string, dataDir: string, duck: DuckRun): { cells: number; mismatches: number; example?: string } {
  const meta = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')) as { rootUnit: string };
  const catalogue = JSON.parse(readFileSync(join(dataDir, 'indicators.json'), 'utf8')) as { code: string; sensitive: boolean }[];
  const doc = JSON.parse(readFileSync(join(outDir, 'v1', 'units', `${meta.rootUnit}.json`), 'utf8')) as {
    figures: Record<string, { series: Record<string, { values: (number | string | null)[]; reported: number[] }> }>;
  };
  const apiMeta = JSON.parse(readFileSync(join(outDir, 'v1', 'meta.json'), 'utf8')) as { quarters: string[] };
  const sensitive = new Set(catalogue.filter((c) => c.sensitive).map((c) => c.code));
  const series = doc.figures[meta.rootUnit]?.series ?? {};
  let cells = 0;
  let mismatches = 0;
  let example: string | undefined;
  for (const row of duck.rootTotals) {
    if (sensitive.has(row.indicator)) continue;
    const q = apiMeta.quarters.indexOf(row.period);
    const s = series[row.indicator];
    if (!s || q < 0) continue;
    cells++;
    const value = s.values[q];
    if (typeof value !== 'number' || Math.abs(value - row.total) > 1e-6 * Math.max(1, Math.abs(row.total)) || s.reported[q] !== row.reported) {
      mismatches++;
      example ??= `${row.indicator} ${row.period}: compile ${String(value)} (${s.reported[q]} reported), DuckDB ${row.total} (${row.reported})`;
    }
  }
  return { cells, mismatches, ...(example ? { example } : {}) };
}

/** Size of a dataset folder: units, rows of reports and breakdowns (lines minus the header), bytes. */
function datasetStats(dir: string): { units: number; reportRows: number; breakdownRows: number; bytes: number } {
  const rows = (name: string) => {
    const text = readFileSync(join(dir, name), 'utf8');
    return text.split('\n').filter((l) => l.trim() !== '').length - 1;
  };
  const bytes = readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isFile() ? statSync(join(dir, e.name)).size : 0), 0);
  return { units: rows('units.csv'), reportRows: rows('reports.csv'), breakdownRows: rows('disaggregations.csv'), bytes };
}

interface DatasetResult {
  label: string;
  scale: number | null;
  generated?: GenerateSummary & { ms: number };
  stats?: ReturnType<typeof datasetStats>;
  compile: CompileRun[];
  duck: DuckRun[];
  failure?: string;
  check?: ReturnType<typeof crossCheck>;
}

async function measureDataset(ctx: BenchContext, label: string, dataDir: string, runs: number, scale: number | null, work: string): Promise<DatasetResult> {
  const result: DatasetResult = { label, scale, compile: [], duck: [] };
  // A shared 2-core machine can stretch the country compile's wall time several-fold.
  const timeoutMs = 45 * 60_000;
  // Every run writes into a folder that does not exist yet: replacing the previous run's API would
  // add the deletion of its files (310,000 at country scale) to the compile's time.
  const out = join(work, 'api');
  for (let i = 0; i < runs; i++) {
    ctx.log(`compile ${label}: run ${i + 1}/${runs}`);
    rmSync(out, { recursive: true, force: true });
    try {
      // A heap above Node's default (4.3 GB here) so that a compile over the memory budget is measured, not cut short.
      result.compile.push(
        await runChild<CompileRun>('bench/compile-child.ts', ['--data', dataDir, '--out', out], { timeoutMs, nodeOptions: ['--max-old-space-size=6144'] }),
      );
    } catch (e) {
      result.failure = e instanceof ChildFailed ? `${e.message}\n${e.stderrTail}` : String(e);
      break;
    }
    ctx.log(`  ${round(result.compile.at(-1)!.ms / 1000, 2)} s, ${Math.round(result.compile.at(-1)!.maxRssMB)} MB`);
    ctx.log(`duckdb ${label}: run ${i + 1}/${runs}`);
    result.duck.push(await runChild<DuckRun>('bench/duckdb-rollup.ts', ['--data', dataDir], { timeoutMs }));
    ctx.log(`  ${round(result.duck.at(-1)!.ms / 1000, 2)} s, ${Math.round(result.duck.at(-1)!.maxRssMB)} MB`);
  }
  if (result.compile.length && result.duck.length) result.check = crossCheck(out, dataDir, result.duck.at(-1)!);
  rmSync(out, { recursive: true, force: true });
  return result;
}

function figuresFor(r: DatasetResult, budgeted: boolean): Figure[] {
  const id = r.scale === null ? 'demo' : `country-${Math.round(r.scale * 100)}pct`;
  const seconds = r.compile.map((c) => c.ms / 1000);
  const duckSeconds = r.duck.map((d) => d.ms / 1000);
  const rss = r.compile.map((c) => c.maxRssMB);
  if (!seconds.length) {
    const why = `compile failed: ${r.failure ?? 'unknown'}`;
    return [
      notMeasured(`${id}-time`, `${r.label}: compile time`, 's', why),
      notMeasured(`${id}-memory`, `${r.label}: peak memory (RSS)`, 'MB', why, budgeted ? { op: '<=', value: BUDGET_MB } : undefined),
    ].map((f) => ({ ...f, status: budgeted ? 'fail' : f.status }));
  }
  const time = summarize(seconds);
  const mem = summarize(rss);
  const duck = summarize(duckSeconds);
  const duckMem = summarize(r.duck.map((d) => d.maxRssMB));
  return [
    figure({
      id: `${id}-time`,
      label: `${r.label}: compile time (read, check, roll up, write ${r.compile[0]!.docs.toLocaleString('en')} documents)`,
      unit: 's',
      value: round(time.median, 2),
      spread: time,
      ...(budgeted ? { ratioBudget: { op: '<=' as const, value: TIME_RATIO_BUDGET } } : {}),
      ...(duckSeconds.length ? { reference: reference('DuckDB GROUP BY ROLLUP, same CSV files (roll-up only)', time.median, round(duck.median, 2)) } : {}),
    }),
    figure({
      id: `${id}-cpu`,
      label: `${r.label}: compile CPU time (user + system)`,
      unit: 's',
      value: round(summarize(r.compile.map((c) => c.cpuMs / 1000)).median, 2),
      spread: summarize(r.compile.map((c) => c.cpuMs / 1000)),
      ...(r.duck.length
        ? {
            reference: reference(
              'DuckDB CPU time (2 threads)',
              summarize(r.compile.map((c) => c.cpuMs)).median / 1000,
              round(summarize(r.duck.map((d) => d.cpuMs / 1000)).median, 2),
            ),
          }
        : {}),
    }),
    figure({
      id: `${id}-memory`,
      label: `${r.label}: peak memory (RSS)`,
      unit: 'MB',
      value: Math.round(mem.median),
      spread: mem,
      ...(budgeted ? { budget: { op: '<=' as const, value: BUDGET_MB } } : {}),
      ...(r.duck.length ? { reference: reference('DuckDB peak RSS', mem.median, Math.round(duckMem.median)) } : {}),
    }),
    figure({
      id: `${id}-agreement`,
      label: `${r.label}: root totals equal to DuckDB’s (indicator × quarter cells, values and report counts)`,
      unit: 'mismatches',
      value: r.check ? r.check.mismatches : null,
      budget: { op: '<=', value: 0 },
      note: r.check ? `${r.check.cells} cells compared${r.check.example ? `; first mismatch ${r.check.example}` : ''}` : 'not compared',
    }),
  ];
}

export async function measureCompile(ctx: BenchContext, plan: CompilePlan): Promise<Section> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'du-an-8-bench-'));
  const results: DatasetResult[] = [];
  try {
    if (plan.demoRuns > 0) {
      const demo = await measureDataset(ctx, 'Demo (Bắc Kạn)', join(ctx.root, 'data'), plan.demoRuns, null, work);
      demo.stats = datasetStats(join(ctx.root, 'data'));
      results.push(demo);
    }
    for (const { scale, runs } of plan.scales) {
      const dir = join(work, `country-${scale}`);
      ctx.log(`generating the country dataset at ${scale * 100} %`);
      const t = performance.now();
      const generated = generateCountryDataset({ scale, outDir: dir, demoDir: join(ctx.root, 'data') });
      const r = await measureDataset(ctx, `Country ${round(scale * 100, 0)} %`, dir, runs, scale, work);
      r.generated = { ...generated, ms: performance.now() - t };
      results.push(r);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return {
    id: plan.id,
    title: plan.title,
    measuredAt: new Date().toISOString(),
    durationMs: performance.now() - started,
    figures: results.flatMap((r) => figuresFor(r, r.scale === 1)),
    tables: [
      {
        title: 'Growth with size (medians)',
        columns: [
          'dataset',
          'units',
          'report rows',
          'breakdown rows',
          'input MB',
          'compile s',
          'compile CPU s',
          'peak RSS MB',
          'DuckDB s',
          'DuckDB CPU s',
          'DuckDB RSS MB',
          'documents',
          'output MB',
        ],
        rows: results.map((r) => {
          const c = r.compile.length ? summarize(r.compile.map((x) => x.ms / 1000)) : null;
          const g = r.generated;
          const size = g
            ? { units: 1 + g.provinces + g.communes + g.villages, reportRows: g.reportRows, breakdownRows: g.breakdownRows, bytes: g.bytes }
            : r.stats;
          return [
            r.label,
            size?.units ?? null,
            size?.reportRows ?? null,
            size?.breakdownRows ?? null,
            size ? round(size.bytes / 1e6, 1) : null,
            c ? round(c.median, 2) : 'failed',
            r.compile.length ? round(summarize(r.compile.map((x) => x.cpuMs / 1000)).median, 2) : null,
            r.compile.length ? Math.round(summarize(r.compile.map((x) => x.maxRssMB)).median) : null,
            r.duck.length ? round(summarize(r.duck.map((x) => x.ms / 1000)).median, 2) : null,
            r.duck.length ? round(summarize(r.duck.map((x) => x.cpuMs / 1000)).median, 2) : null,
            r.duck.length ? Math.round(summarize(r.duck.map((x) => x.maxRssMB)).median) : null,
            r.compile[0]?.docs ?? null,
            r.compile[0] ? round(r.compile[0].output.bytes / 1e6, 1) : null,
          ];
        }),
      },
    ],
    notes: [
      'Each compile runs `compileToDir` (scripts/compile) in its own Node process, writing into a fresh temporary folder; peak memory is that process’s peak resident set (VmHWM). Time is wall-clock; CPU time (user + system) is shown beside it because the machine may be shared.',
      'DuckDB (2 threads) computes only the roll-up (sums and report counts per indicator, quarter and unit at every level, plus the breakdowns); the compile also checks every cell, fills breakdown zeros, applies suppression, builds the map boundaries and the JSON documents on one thread, while a second thread writes the files.',
      'The compile runs with a 6 GB heap limit, so that a run over the memory budget is measured rather than stopped by Node’s default limit (4.3 GB here).',
      ...results.filter((r) => r.failure).map((r) => `${r.label}: ${r.failure}`),
    ],
  };
}
