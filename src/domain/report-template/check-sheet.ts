/** Checks one data sheet of a filled template against the layout it was made from. */
import type { QuarterKey } from '../periods';
import { cellAt, COLUMNS, DIFFICULTY, difficultyRow, FIRST_ROW, TABLE_HEADER_ROW, TABLE_HEADERS } from './sheet-geometry';
import { cellText, splitAddress, type GridSheet } from './grid';
import { allowsDecimals, type LayoutRow } from './layout';
import { say, type LocatedProblem } from './problems';
import { readInput } from './read-input';
import { readText } from './read-text';

export interface ReportedValue {
  indicator: string;
  value: number | null;
  cell: string;
}

export interface ReportedBreakdown {
  indicator: string;
  dimension: string;
  category: string;
  value: number;
  cell: string;
}

/** What one sheet reports for its unit and period. */
export interface SheetReport {
  sheet: string;
  unit: string;
  period: QuarterKey;
  values: ReportedValue[];
  breakdowns: ReportedBreakdown[];
  /** What the unit wrote as its difficulties, and where. */
  difficulty: { text: string; cell: string } | null;
}

/** The text a locked cell in column A holds on a layout row. */
function expectedCode(row: LayoutRow): string {
  if (row.type === 'area') return row.area.code;
  return row.type === 'value' || row.type === 'rate' ? row.indicator.code : '';
}

function describeRow(row: LayoutRow): string {
  switch (row.type) {
    case 'area':
      return row.area.code;
    case 'value':
    case 'rate':
      return `${row.indicator.code} ${row.indicator.name.vi}`;
    case 'dimension':
      return `${row.indicator.code}: ${row.dimension.name.vi}`;
    case 'category':
      return `${row.indicator.code}: ${row.dimension.name.vi} – ${row.category.name.vi}`;
  }
}

function checkLockedText(sheet: GridSheet, address: string, expected: string, problems: LocatedProblem[]): void {
  const found = cellText(sheet.cells.get(address));
  if (found !== expected) problems.push({ sheet: sheet.name, cell: address, message: say.lockedEdited(found, expected) });
}

/** Merged ranges that reach into the table (the template merges only its title). */
function checkMerges(sheet: GridSheet, problems: LocatedProblem[]): void {
  for (const range of sheet.merges) {
    const last = splitAddress(range.split(':').pop() ?? '').row;
    if (last >= TABLE_HEADER_ROW) problems.push({ sheet: sheet.name, cell: range, message: say.merged(range) });
  }
}

export function checkSheet(sheet: GridSheet, unit: string, period: QuarterKey, rows: readonly LayoutRow[], problems: LocatedProblem[]): SheetReport {
  const report: SheetReport = { sheet: sheet.name, unit, period, values: [], breakdowns: [], difficulty: null };
  const empty = (): SheetReport => ({ ...report, values: [], breakdowns: [], difficulty: null });
  const before = problems.length;
  checkMerges(sheet, problems);
  for (const [key, label] of Object.entries(TABLE_HEADERS))
    checkLockedText(sheet, cellAt(COLUMNS[key as keyof typeof COLUMNS], TABLE_HEADER_ROW), label, problems);

  const totals = new Map<string, { value: number | null; cell: string }>();
  let dimension: { row: LayoutRow & { type: 'dimension' }; sum: number; given: boolean; broken: boolean; first: number } | undefined;
  const closeDimension = (lastRow: number) => {
    if (!dimension?.given || dimension.broken) return;
    const total = totals.get(dimension.row.indicator.code);
    const range = `${cellAt(COLUMNS.value, dimension.first)}:${cellAt(COLUMNS.value, lastRow)}`;
    if (!total || total.value === null)
      problems.push({ sheet: sheet.name, cell: range, message: say.breakdownWithoutTotal(dimension.row.dimension.name, total?.cell ?? '?') });
    else if (Math.abs(total.value - dimension.sum) > 1e-9)
      problems.push({ sheet: sheet.name, cell: range, message: say.breakdownSum(dimension.row.dimension.name, dimension.sum, total.value, total.cell) });
  };

  for (const [i, row] of rows.entries()) {
    const r = FIRST_ROW + i;
    const keyCell = cellAt(COLUMNS.key, r);
    if (cellText(sheet.cells.get(keyCell)) !== row.key) {
      // Everything below a deleted or inserted row is shifted: one problem, and no values from here on.
      problems.push({ sheet: sheet.name, cell: `A${r}:F${r}`, message: say.rowMoved(describeRow(row)) });
      return empty();
    }
    checkLockedText(sheet, cellAt(COLUMNS.code, r), expectedCode(row), problems);
    if (row.type !== 'category') {
      closeDimension(r - 1);
      dimension = undefined;
    }
    if (row.type === 'dimension' || row.type === 'rate') {
      for (const column of [COLUMNS.value, COLUMNS.check]) {
        const address = cellAt(column, r);
        if (sheet.cells.get(address)?.t !== 'formula') problems.push({ sheet: sheet.name, cell: address, message: say.formulaRemoved() });
      }
    }
    if (row.type === 'dimension') dimension = { row, sum: 0, given: false, broken: false, first: r + 1 };
    if (row.type !== 'value' && row.type !== 'category') continue;

    const address = cellAt(COLUMNS.value, r);
    const read = readInput(sheet.cells.get(address), allowsDecimals(row.indicator));
    if (read !== null && typeof read === 'object') {
      problems.push({ sheet: sheet.name, cell: address, message: read.problem });
      if (row.type === 'category' && dimension) dimension.broken = true;
      continue;
    }
    if (row.type === 'value') {
      totals.set(row.indicator.code, { value: read, cell: address });
      report.values.push({ indicator: row.indicator.code, value: read, cell: address });
    } else if (read !== null && dimension) {
      dimension.sum += read;
      dimension.given = true;
      report.breakdowns.push({ indicator: row.indicator.code, dimension: row.dimension.code, category: row.category.code, value: read, cell: address });
    }
  }
  closeDimension(FIRST_ROW + rows.length - 1);
  checkRates(sheet.name, rows, totals, problems);
  report.difficulty = checkDifficulty(sheet, difficultyRow(rows.length), problems);
  return problems.length > before ? empty() : report;
}

/** The free text below the table: its key and label in place, its text readable. */
function checkDifficulty(sheet: GridSheet, r: number, problems: LocatedProblem[]): SheetReport['difficulty'] {
  if (cellText(sheet.cells.get(cellAt(COLUMNS.key, r))) !== DIFFICULTY.key) {
    problems.push({ sheet: sheet.name, cell: `A${r}:F${r}`, message: say.rowMoved(DIFFICULTY.label) });
    return null;
  }
  checkLockedText(sheet, cellAt(COLUMNS.label, r), DIFFICULTY.label, problems);
  const cell = cellAt(COLUMNS.label, r + 1);
  const read = readText(sheet.cells.get(cell));
  if (read !== null && typeof read === 'object') {
    problems.push({ sheet: sheet.name, cell, message: read.problem });
    return null;
  }
  return read === null ? null : { text: read, cell };
}

/** A stock numerator may not exceed its denominator in the same quarter (flows are checked over time by the compile). */
function checkRates(sheet: string, rows: readonly LayoutRow[], totals: Map<string, { value: number | null; cell: string }>, problems: LocatedProblem[]): void {
  const kinds = new Map(rows.flatMap((r) => (r.type === 'value' ? [[r.indicator.code, r.indicator.kind] as const] : [])));
  for (const row of rows) {
    if (row.type !== 'rate' || kinds.get(row.numerator) !== 'stock') continue;
    const num = totals.get(row.numerator);
    const den = totals.get(row.denominator);
    if (num?.value == null || den?.value == null || num.value <= den.value) continue;
    problems.push({ sheet, cell: num.cell, message: say.numeratorAboveDenominator(row.numerator, num.value, row.denominator, den.value, den.cell) });
  }
}
