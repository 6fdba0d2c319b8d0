/**
 * 7. Report import: a province's worth of filled workbooks (one per commune for the last quarter,
 * a figure on every sheet) checked and merged by `data:import` (a dry run), and checked file by
 * file as the browser page does. Each step in its own process (bench/import-child.ts), so time,
 * CPU and peak memory are its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild } from './lib/child';
import type { BenchContext } from './lib/context';
import { figure, type Section } from './lib/results';
import { round } from './lib/stats';

interface ChildRun {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  files?: number;
  sheets?: number;
  reports?: number;
  bytes?: number;
  slowestMs?: number;
}

/** Budgets for the demo province (108 communes, 1,440 sheets). */
const IMPORT_SECONDS = 120;
const IMPORT_MB = 1024;
const CHECK_FILE_MS = 2000;

export async function measureImport(ctx: BenchContext): Promise<Section> {
  const started = performance.now();
  const inbox = mkdtempSync(join(tmpdir(), 'da8-bench-inbox-'));
  const args = (mode: string) => [mode, '--data', join(ctx.root, 'data'), '--inbox', inbox];
  try {
    ctx.log('import: writing the filled workbooks of every commune');
    const prepared = await runChild<ChildRun>('bench/import-child.ts', args('prepare'), { timeoutMs: 900_000 });
    ctx.log('import: data:import (dry run) of all of them');
    const imported = await runChild<ChildRun>('bench/import-child.ts', args('import'), { timeoutMs: 900_000 });
    ctx.log('import: the browser check, file by file');
    const checked = await runChild<ChildRun>('bench/import-child.ts', args('check'), { timeoutMs: 900_000 });
    const files = checked.files ?? 0;
    const what = `${files} workbooks, ${prepared.sheets} sheets, ${round((checked.bytes ?? 0) / 1e6, 1)} MB`;
    return {
      id: 'import',
      title: '7. Report import (a province of workbooks)',
      measuredAt: new Date().toISOString(),
      durationMs: performance.now() - started,
      figures: [
        figure({
          id: 'import-time',
          label: `data:import of ${what}: check, merge, compile checks (dry run)`,
          unit: 's',
          value: round(imported.ms / 1000, 1),
          budget: { op: '<=', value: IMPORT_SECONDS },
        }),
        figure({ id: 'import-cpu', label: 'data:import CPU time (user + system)', unit: 's', value: round(imported.cpuMs / 1000, 1) }),
        figure({
          id: 'import-memory',
          label: 'data:import peak memory (RSS)',
          unit: 'MB',
          value: Math.round(imported.maxRssMB),
          budget: { op: '<=', value: IMPORT_MB },
        }),
        figure({
          id: 'check-file',
          label: `Workbook check as in the browser page, mean per file (${what})`,
          unit: 'ms',
          value: Math.round(checked.ms / Math.max(1, files)),
          budget: { op: '<=', value: CHECK_FILE_MS },
        }),
        figure({ id: 'check-slowest', label: 'Workbook check, slowest file', unit: 'ms', value: Math.round(checked.slowestMs ?? 0) }),
        figure({ id: 'check-memory', label: 'Workbook check of all files in one process, peak memory (RSS)', unit: 'MB', value: Math.round(checked.maxRssMB) }),
      ],
      notes: [
        `Writing the ${files} filled templates took ${round(prepared.ms / 1000, 1)} s (${round(prepared.cpuMs / 1000, 1)} s CPU); not part of the figures.`,
      ],
    };
  } finally {
    rmSync(inbox, { recursive: true, force: true });
  }
}
