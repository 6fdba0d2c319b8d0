/**
 * Rows of the units table: one per child of the current unit, with value, target and achievement
 * of each chosen indicator for the selected period, plus a totals row taken from the parent's own
 * published figures (so it always equals the parent, whatever suppression or missing reports did).
 */
import { achievement } from './achievement';
import { isComplete, type Cell } from './aggregate';
import { computeFigure, targetCell, type HiddenTargets, type TargetTable, type UnitSeries } from './figures';
import type { Indicator } from './indicators';
import { selectionIndices, targetKeyFor, type PeriodSelection } from './periods';
import { foldForSearch } from './text-search';

/**
 * A table cell: a number, or why there is none. "suppressed" is shown as "x"; "by_year_only" is a
 * sensitive indicator published only by year, asked for a shorter period; "none" means there is
 * nothing to show (no target for this period, or an achievement that cannot be computed).
 */
export type TableCell = number | 'suppressed' | 'not_reported' | 'withheld' | 'not_applicable' | 'by_year_only' | 'none';

export interface IndicatorCells {
  value: TableCell;
  target: TableCell;
  /** actual / target as a ratio (1 = 100 %), never capped. */
  achievement: TableCell;
  /** Target met (inverted for lower-is-better indicators); null when unknown. */
  met: boolean | null;
  /** Leaf reports received and expected behind the value. */
  reported: number;
  expected: number;
}

export interface TableRow {
  code: string;
  name: string;
  childCount: number;
  /** The name folded for diacritics-insensitive search ("huyen tung"). */
  searchKey: string;
  /** indicator code → its cells. */
  cells: Readonly<Record<string, IndicatorCells | undefined>>;
}

export interface UnitFigures extends UnitSeries {
  targets: TargetTable;
  /** Target keys withheld because they could reveal a hidden count (shown as "x"). */
  hiddenTargets?: HiddenTargets | undefined;
}

export interface UnitLike {
  code: string;
  name: string;
  childCount: number;
}

export interface TableRowsInput {
  parent: UnitLike;
  children: readonly UnitLike[];
  /** unit code → its published figures (the parent and each child). */
  figures: Readonly<Record<string, UnitFigures | undefined>>;
  /** The whole catalogue (rates need their numerator and denominator). */
  catalogue: readonly Indicator[];
  /** Codes of the indicators shown as columns. */
  indicators: readonly string[];
  /** The quarter axis of the dataset (meta.quarters). */
  axis: readonly string[];
  period: PeriodSelection;
  /** Orders the rows by name (Vietnamese collation). */
  compareText: (a: string, b: string) => number;
}

export interface TableRows {
  rows: TableRow[];
  /** The parent unit's own figures. */
  totals: TableRow;
  /** False when the period holds nothing to show for the chosen indicators (no report, nothing withheld). */
  hasData: boolean;
}

const MISSING: IndicatorCells = { value: 'not_reported', target: 'none', achievement: 'none', met: null, reported: 0, expected: 0 };

function toTableCell(cell: Cell): TableCell {
  if (cell === null) return 'not_reported';
  return cell;
}

export function indicatorCells(
  indicator: Indicator,
  figures: UnitFigures | undefined,
  catalogue: ReadonlyMap<string, Indicator>,
  indices: readonly number[],
  targetKey: string | null,
): IndicatorCells {
  if (!figures) return MISSING;
  const result = computeFigure(indicator, figures, catalogue, indices);
  if (result.status !== 'ok') {
    const value: TableCell = result.status === 'withheld' && result.reason === 'period' ? 'by_year_only' : result.status;
    return { value, target: 'none', achievement: 'none', met: null, reported: 0, expected: 0 };
  }
  const { value, reported, expected } = result.figure;
  const target = targetCell(indicator, figures.targets, targetKey, figures.hiddenTargets);
  // A withheld target gives no achievement: with the value it would reveal what it hides.
  const a = typeof target === 'number' ? achievement(value, target, indicator.direction) : null;
  return {
    value: toTableCell(value),
    target: target ?? 'none',
    achievement: a?.ratio ?? 'none',
    met: a?.met ?? null,
    reported,
    expected,
  };
}

function buildRow(unit: UnitLike, input: TableRowsInput, byCode: ReadonlyMap<string, Indicator>, indices: readonly number[], targetKey: string | null): TableRow {
  const cells: Record<string, IndicatorCells> = {};
  for (const code of input.indicators) {
    const indicator = byCode.get(code);
    if (indicator) cells[code] = indicatorCells(indicator, input.figures[unit.code], byCode, indices, targetKey);
  }
  return { code: unit.code, name: unit.name, childCount: unit.childCount, searchKey: foldForSearch(unit.name), cells };
}

export function buildTableRows(input: TableRowsInput): TableRows {
  const byCode = new Map(input.catalogue.map((i) => [i.code, i]));
  const indices = selectionIndices(input.period, input.axis);
  const targetKey = targetKeyFor(input.period);
  const rows = input.children
    .map((child) => buildRow(child, input, byCode, indices, targetKey))
    .sort((a, b) => input.compareText(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const totals = buildRow(input.parent, input, byCode, indices, targetKey);
  const hasValue = (row: TableRow) => Object.values(row.cells).some((c) => c !== undefined && c.value !== 'not_reported' && c.value !== 'not_applicable');
  return { rows, totals, hasData: indices.length > 0 && (hasValue(totals) || rows.some(hasValue)) };
}

/** "12/14" completeness of a row for one indicator; null when nothing is expected. */
export function completenessOf(cells: IndicatorCells | undefined): { reported: number; expected: number; complete: boolean } | null {
  if (!cells || cells.expected === 0) return null;
  return { reported: cells.reported, expected: cells.expected, complete: isComplete(cells) };
}
