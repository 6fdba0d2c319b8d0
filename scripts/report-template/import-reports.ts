/**
 * Imports filled report templates into a dataset folder: reads and checks every file (all problems
 * at once, located file › sheet › cell), merges the reports into reports.csv and
 * disaggregations.csv, runs the compile's own checks on the merged dataset, and only when nothing
 * is wrong writes the files (each to a temporary file first, then renamed into place).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { quarterEndDate, quarterOfMonth, quarterKey, quarterOrdinal, type QuarterKey } from '../../src/domain/periods';
import { checkWorkbook } from '../../src/domain/report-template/check-workbook';
import type { SheetReport } from '../../src/domain/report-template/check-sheet';
import type { LocatedProblem } from '../../src/domain/report-template/problems';
import { say } from '../../src/domain/report-template/problems';
import { readReportFile } from '../../src/domain/report-template/read-file';
import { HEADER_CELLS, MAX_FILE_BYTES } from '../../src/domain/report-template/sheet-geometry';
import { DatasetError, describeProblem, type DatasetProblem } from '../compile/dataset-error';
import type { DatasetFiles } from '../compile/dataset';
import { parseDataset } from '../compile/parse-dataset';
import { readDatasetFiles } from '../compile/read-dataset';
import { datasetLookup } from './dataset-units';
import { mergeNotes } from './merge-notes';
import { mergeReports, type CellChange } from './merge-reports';

export interface ImportOptions {
  dataDir: string;
  replace: boolean;
  dryRun: boolean;
  /** Reports may not be for a quarter after the one this date falls in. */
  today: Date;
  log(line: string): void;
}

export interface ImportOutcome {
  /** "file › sheet › cell: what is wrong, what is expected", in Vietnamese. */
  problems: string[];
  changes: CellChange[];
  reports: { file: string; report: SheetReport; replaced: boolean }[];
  /** Dataset files that were (or, in a dry run, would be) rewritten. */
  files: string[];
}

const REPORT_FILE_RE = /\.(xlsx|xlsm|xls|csv)$/i;

/** The files named, with the report files inside any folder named (sorted, recursively). */
export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (existsSync(path) && statSync(path).isDirectory()) {
      const inside = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => REPORT_FILE_RE.test(f) && !basename(f).startsWith('~$'));
      out.push(...inside.sort().map((f) => join(path, f)));
    } else out.push(path);
  }
  return out;
}

export const formatProblem = (file: string, p: LocatedProblem): string =>
  [basename(file), p.sheet, p.cell].filter((x) => x !== null).join(' › ') + `: ${p.message.vi}`;

async function checkFile(path: string, context: Parameters<typeof checkWorkbook>[2]): Promise<{ problems: LocatedProblem[]; reports: SheetReport[] }> {
  const fileProblem = (message: LocatedProblem['message']) => ({ problems: [{ sheet: null, cell: null, message }], reports: [] });
  if (!existsSync(path)) return fileProblem({ vi: 'không tìm thấy tệp; cần đường dẫn tới tệp hoặc thư mục có thật', en: 'file not found' });
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) return fileProblem(say.tooLarge(Math.round(size / 1e6), MAX_FILE_BYTES / 1e6));
  const read = await readReportFile(path, new Uint8Array(readFileSync(path)));
  if ('problem' in read) return fileProblem(read.problem);
  const checked = checkWorkbook(read.grid, path, context);
  return { problems: checked.problems, reports: checked.reports };
}

/** meta.json with its last quarter (and data date) moved forward to cover the imported periods. */
function extendMeta(text: string, periods: readonly QuarterKey[]): string | undefined {
  const meta = JSON.parse(text) as { lastQuarter: QuarterKey; dataDate: string };
  const latest = periods.reduce((a, b) => (quarterOrdinal(b) > quarterOrdinal(a) ? b : a), meta.lastQuarter);
  if (latest === meta.lastQuarter) return undefined;
  meta.lastQuarter = latest;
  meta.dataDate = quarterEndDate(quarterOrdinal(latest));
  return `${JSON.stringify(meta, null, 2)}\n`;
}

/** Writes every file to a temporary sibling first, then renames them all into place. */
function writeAll(dir: string, files: Record<string, string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [name, text] of Object.entries(files)) {
      const temp = join(dir, `.${name}.tmp-${process.pid}`);
      writeFileSync(temp, text);
      temps.push([temp, join(dir, name)]);
    }
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw e;
  }
  for (const [temp, target] of temps) renameSync(temp, target);
}

export async function importReports(paths: readonly string[], options: ImportOptions): Promise<ImportOutcome> {
  const files = readDatasetFiles(options.dataDir);
  const dataset = parseDataset(files);
  const lastAllowed = quarterKey(options.today.getFullYear(), quarterOfMonth(options.today.getMonth() + 1));
  const context = {
    catalogue: { areas: dataset.areas, indicators: dataset.indicators, dimensions: dataset.dimensions },
    lookup: datasetLookup(dataset),
    quarters: { first: dataset.meta.firstQuarter, last: lastAllowed },
  };
  const problems: string[] = [];
  const reports: { file: string; report: SheetReport }[] = [];
  const seen = new Map<string, string>();
  const list = collectFiles(paths);
  for (const [i, path] of list.entries()) {
    const checked = await checkFile(path, context);
    problems.push(...checked.problems.map((p) => formatProblem(path, p)));
    for (const report of checked.reports) {
      const k = `${report.unit}|${report.period}`;
      const other = seen.get(k);
      if (other !== undefined)
        problems.push(
          formatProblem(path, { sheet: report.sheet, cell: HEADER_CELLS.code, message: say.duplicateReport(report.unit, report.period, basename(other)) }),
        );
      else seen.set(k, path);
      reports.push({ file: path, report });
    }
    const verdict = checked.problems.length ? `${checked.problems.length} lỗi` : `${checked.reports.length} đơn vị có số liệu`;
    options.log(`[${i + 1}/${list.length}] ${basename(path)}: ${verdict}`);
  }
  const outcome: ImportOutcome = { problems, changes: [], reports: [], files: [] };
  if (problems.length || !reports.length) return outcome;

  const fileOf = new Map(reports.map((r) => [r.report, r.file]));
  const merge = mergeReports(
    files['reports.csv'] ?? 'unit,period\n',
    files['disaggregations.csv'] ?? 'unit,period,indicator,dimension,category,value\n',
    reports.map((r) => r.report),
  );
  const unitName = (code: string) => context.lookup(code)?.unit.name ?? code;
  const notes = mergeNotes(
    files['notes.json'] ?? '[]',
    reports.map((r) => r.report),
    unitName,
  );
  if (!options.replace) {
    for (const [report, line] of merge.replaced)
      problems.push(
        formatProblem(fileOf.get(report)!, { sheet: report.sheet, cell: HEADER_CELLS.code, message: say.alreadyReported(report.unit, report.period, line) }),
      );
    for (const report of notes.existing.filter((r) => !merge.replaced.has(r)))
      problems.push(
        formatProblem(fileOf.get(report)!, { sheet: report.sheet, cell: HEADER_CELLS.code, message: say.alreadyNoted(report.unit, report.period) }),
      );
    if (problems.length) return outcome;
  }
  const changed: Record<string, string> = merge.changes.length ? { 'reports.csv': merge.reports, 'disaggregations.csv': merge.disaggregations } : {};
  if (notes.text !== undefined) changed['notes.json'] = notes.text;
  const meta = extendMeta(
    files['meta.json']!,
    reports.map((r) => r.report.period),
  );
  if (meta) changed['meta.json'] = meta;
  const merged: DatasetFiles = { ...files, ...changed };
  try {
    parseDataset(merged);
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    problems.push(...e.problems.map((p) => locateCompileProblem(p, merge, notes.lines, fileOf)));
    return outcome;
  }
  if (!options.dryRun) writeAll(options.dataDir, changed);
  return {
    problems,
    changes: [...merge.changes, ...notes.changes],
    reports: reports.map((r) => ({ ...r, replaced: merge.replaced.has(r.report) })),
    files: Object.keys(changed),
  };
}

/** A compile problem on a merged row, pointed back at the workbook cell it came from. */
function locateCompileProblem(
  p: DatasetProblem,
  merge: ReturnType<typeof mergeReports>,
  noteLines: Map<number, SheetReport>,
  fileOf: Map<SheetReport, string>,
): string {
  const noted = p.file === 'notes.json' && p.row !== null ? noteLines.get(p.row) : undefined;
  if (noted?.difficulty) return formatProblem(fileOf.get(noted)!, { sheet: noted.sheet, cell: noted.difficulty.cell, message: say.compile(p.message) });
  if (p.row !== null && p.file === 'reports.csv') {
    const report = merge.reportLines.get(p.row);
    if (report) {
      const cell = report.values.find((v) => v.indicator === p.field)?.cell ?? HEADER_CELLS.code;
      return formatProblem(fileOf.get(report)!, { sheet: report.sheet, cell, message: say.compile(p.message) });
    }
  }
  if (p.row !== null && p.file === 'disaggregations.csv') {
    const landed = merge.breakdownLines.get(p.row);
    if (landed) {
      const cell = landed.report.breakdowns.find((b) => `${b.indicator}/${b.dimension}/${b.category}` === landed.field)?.cell ?? HEADER_CELLS.code;
      return formatProblem(fileOf.get(landed.report)!, { sheet: landed.report.sheet, cell, message: say.compile(p.message) });
    }
  }
  return describeProblem(p);
}
