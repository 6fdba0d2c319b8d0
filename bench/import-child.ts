/**
 * The report import at a province's scale, in its own process so its peak memory is its own.
 * Prints one JSON line.
 *   node --import tsx bench/import-child.ts prepare --data data --inbox <folder>
 *       writes the filled workbook of every commune for the dataset's last quarter
 *   node --import tsx bench/import-child.ts import --data data --inbox <folder>
 *       checks and merges them all (a dry run with --replace: the dataset is left as it is)
 *   node --import tsx bench/import-child.ts check --data data --inbox <folder>
 *       only the workbook check, file by file, as the browser page does it
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { QuarterKey } from '../src/domain/periods';
import { checkWorkbook } from '../src/domain/report-template/check-workbook';
import { readReportFile } from '../src/domain/report-template/read-file';
import { parseDataset } from '../scripts/compile/parse-dataset';
import { readDatasetFiles } from '../scripts/compile/read-dataset';
import { datasetLookup } from '../scripts/report-template/dataset-units';
import { importReports } from '../scripts/report-template/import-reports';
import { planTemplates } from '../scripts/report-template/plan-templates';
import { editWorkbook, fill } from '../scripts/report-template/test-workbooks';
import { buildTemplate } from '../scripts/report-template/write-template';
import { peakRssMB } from './lib/peak-rss';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { data: { type: 'string' }, inbox: { type: 'string' } } });
const [mode] = positionals;
const dataDir = values.data!;
const inbox = values.inbox!;
const dataset = parseDataset(readDatasetFiles(dataDir));
const period = dataset.meta.lastQuarter as QuarterKey;

const before = process.resourceUsage();
const started = performance.now();
let detail: Record<string, number> = {};
if (mode === 'prepare') {
  const plans = planTemplates(dataset, dataset.meta.rootUnit, period);
  for (const plan of plans) {
    // A figure on every sheet: the commune's own and each village's.
    const bytes = await editWorkbook(await buildTemplate(plan.spec), (ws, unit) => {
      const own = plan.spec.owner.code === unit;
      fill(ws, own ? 'P8.2.1' : 'P8.1.3', own ? 2 : 4);
    });
    writeFileSync(join(inbox, plan.fileName), bytes);
  }
  detail = { files: plans.length, sheets: plans.reduce((n, p) => n + p.spec.sheets.length, 0) };
} else if (mode === 'import') {
  const outcome = await importReports([inbox], { dataDir, replace: true, dryRun: true, today: new Date(), log: () => undefined });
  if (outcome.problems.length) throw new Error(outcome.problems.slice(0, 3).join('\n'));
  detail = { reports: outcome.reports.length, changes: outcome.changes.length };
} else if (mode === 'check') {
  const catalogue = { areas: dataset.areas, indicators: dataset.indicators, dimensions: dataset.dimensions };
  const lookup = datasetLookup(dataset);
  const files = readdirSync(inbox).filter((f) => f.endsWith('.xlsx'));
  let slowest = 0;
  for (const name of files) {
    const t = performance.now();
    const read = await readReportFile(name, new Uint8Array(readFileSync(join(inbox, name))));
    if ('problem' in read) throw new Error(`${name}: ${read.problem.vi}`);
    const checked = checkWorkbook(read.grid, name, { catalogue, lookup });
    if (checked.problems.length) throw new Error(`${name}: ${checked.problems[0]!.message.vi}`);
    slowest = Math.max(slowest, performance.now() - t);
  }
  detail = { files: files.length, slowestMs: slowest, bytes: files.reduce((n, f) => n + statSync(join(inbox, f)).size, 0) };
} else throw new Error(`unknown mode ${mode}`);
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;
console.log(JSON.stringify({ ms: performance.now() - started, cpuMs, maxRssMB: peakRssMB(), ...detail }));
