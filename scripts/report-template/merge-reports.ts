/**
 * Merges checked sheet reports into the text of reports.csv and disaggregations.csv: a new
 * unit-period row is appended, an earlier one is replaced in place (the caller decides whether that
 * is allowed). Returns the new texts, where each imported row landed (to point compile problems
 * back at workbook cells) and what changed, cell by cell.
 */
import { parseCsv, toCsv } from '../../src/domain/csv';
import type { SheetReport } from '../../src/domain/report-template/check-sheet';

export interface CellChange {
  unit: string;
  period: string;
  /** Indicator code, or "indicator/dimension/category" for a breakdown. */
  field: string;
  before: string;
  after: string;
}

export interface Merge {
  reports: string;
  disaggregations: string;
  /** reports.csv line → the sheet report written there. */
  reportLines: Map<number, SheetReport>;
  /** disaggregations.csv line → the sheet report and breakdown field written there. */
  breakdownLines: Map<number, { report: SheetReport; field: string }>;
  changes: CellChange[];
  /** The sheet reports that replace an earlier report, with the line it was on. */
  replaced: Map<SheetReport, number>;
}

const key = (unit: string, period: string) => `${unit}|${period}`;

/** Does a reports.csv row hold any value (an all-empty row is no report)? */
export const hasValues = (cells: readonly string[]) => cells.slice(2).some((c) => c.trim() !== '');

export function mergeReports(reportsText: string, disaggregationsText: string, incoming: readonly SheetReport[]): Merge {
  const reports = parseCsv(reportsText);
  const header = [...reports.header];
  const rows = reports.rows.map((r) => [...r.cells]);
  const rowOf = new Map(rows.map((cells, i) => [key(cells[0]!.trim(), cells[1]!.trim()), i]));
  const changes: CellChange[] = [];
  const replaced = new Map<SheetReport, number>();
  const landed = new Map<number, SheetReport>();

  // A sheet with only its difficulties written reports no figures: it adds no row and clears none.
  const withFigures = incoming.filter((r) => r.values.some((v) => v.value !== null));
  for (const report of withFigures) {
    for (const v of report.values) {
      if (!header.includes(v.indicator)) {
        header.push(v.indicator);
        for (const cells of rows) cells.push('');
      }
    }
    const k = key(report.unit, report.period);
    let index = rowOf.get(k);
    if (index === undefined) {
      index = rows.push([report.unit, report.period, ...header.slice(2).map(() => '')]) - 1;
      rowOf.set(k, index);
    } else if (hasValues(rows[index]!)) replaced.set(report, index + 2);
    const cells = rows[index]!;
    const before = new Map(header.map((h, i) => [h, cells[i]?.trim() ?? '']));
    for (let i = 2; i < header.length; i++) cells[i] = '';
    for (const v of report.values) cells[header.indexOf(v.indicator)] = v.value === null ? '' : String(v.value);
    for (let i = 2; i < header.length; i++) {
      const was = before.get(header[i]!) ?? '';
      if (was !== cells[i]) changes.push({ unit: report.unit, period: report.period, field: header[i]!, before: was, after: cells[i]! });
    }
    landed.set(index + 2, report);
  }

  const breakdowns = mergeBreakdowns(disaggregationsText, withFigures, changes);
  return { reports: toCsv(header, rows), disaggregations: breakdowns.text, reportLines: landed, breakdownLines: breakdowns.lines, changes, replaced };
}

function mergeBreakdowns(text: string, incoming: readonly SheetReport[], changes: CellChange[]) {
  const table = parseCsv(text);
  const at = (name: string) => table.header.indexOf(name);
  const [unitAt, periodAt, indAt, dimAt, catAt, valueAt] = ['unit', 'period', 'indicator', 'dimension', 'category', 'value'].map(at) as number[];
  const byKey = new Map(incoming.map((r) => [key(r.unit, r.period), r]));
  const before = new Map<string, string>();
  const kept = table.rows.filter(({ cells }) => {
    const report = byKey.get(key(cells[unitAt!]!.trim(), cells[periodAt!]!.trim()));
    if (!report) return true;
    // The sheet reports every indicator of its unit: earlier breakdowns of the unit-period give way.
    before.set(`${report.unit}|${report.period}|${cells[indAt!]}/${cells[dimAt!]}/${cells[catAt!]}`, cells[valueAt!]!.trim());
    return false;
  });
  const rows = kept.map((r) => r.cells);
  const lines = new Map<number, { report: SheetReport; field: string }>();
  const after = new Map<string, string>();
  for (const report of incoming) {
    for (const b of report.breakdowns) {
      const field = `${b.indicator}/${b.dimension}/${b.category}`;
      const cells: string[] = [];
      cells[unitAt!] = report.unit;
      cells[periodAt!] = report.period;
      cells[indAt!] = b.indicator;
      cells[dimAt!] = b.dimension;
      cells[catAt!] = b.category;
      cells[valueAt!] = String(b.value);
      rows.push(table.header.map((_, i) => cells[i] ?? ''));
      lines.set(rows.length + 1, { report, field });
      after.set(`${report.unit}|${report.period}|${field}`, String(b.value));
    }
  }
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(k) ?? '';
    const now = after.get(k) ?? '';
    if (was === now) continue;
    const [unit, period, field] = k.split('|') as [string, string, string];
    changes.push({ unit, period, field, before: was, after: now });
  }
  return { text: toCsv(table.header, rows), lines };
}
