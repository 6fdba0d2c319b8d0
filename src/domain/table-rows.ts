/**
 * Rows of the units table: one per child of the current unit, with value, target and achievement
 * of each chosen indicator for the selected period, plus a totals row taken from the parent's own
 * published figures (so it always equals the parent, whatever suppression or missing reports did).
 */
import type { Cell } from './aggregate';
import { computeFigure, type HiddenTargets, type TargetTable, type UnitSeries } from './figures';
import type { Indicator } from './indicators';
import { selectionIndices, type PeriodSelection } from './periods';
import { compareWithTarget, type NoComparisonReason } from './target-comparison';
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
  /** The year whose count the achievement compares, when not the period's own figure (a yearly level). */
  comparedYear: number | null;
  /** Why there is no achievement, when the period admits no comparison. */
  noComparison: { reason: Exclude<NoComparisonReason, 'no_target'>; year: number | null } | null;
  /** Leaf reports received and expected behind the value. */
  reported: number;
  expected: number;
  /** Stocks that carry a missing report forward: leaf values taken from an earlier quarter. */
  carried?: number | undefined;
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

const MISSING: IndicatorCells = {
  value: 'not_reported',
  target: 'none',
  achievement: 'none',
  met: null,
  comparedYear: null,
  noComparison: null,
  reported: 0,
  expected: 0,
};

function toTableCell(cell: Cell): TableCell {
  if (cell === null) return 'not_reported';
  return cell;
}

export function indicatorCells(
  indicator: Indicator,
  figures: UnitFigures | undefined,
  catalogue: ReadonlyMap<string, Indicator>,
  axis: readonly string[],
  period: PeriodSelection,
  indices: readonly number[],
): IndicatorCells {
  if (!figures) return MISSING;
  const result = computeFigure(indicator, figures, catalogue, indices);
  if (result.status !== 'ok') {
    const value: TableCell = result.status === 'withheld' && result.reason === 'period' ? 'by_year_only' : result.status;
    return { ...MISSING, value };
  }
  const { value, reported, expected, carried } = result.figure;
  // A withheld target gives no achievement: with the value it would reveal what it hides.
  const c = compareWithTarget({ indicator, unit: figures, catalogue, axis, period, value });
  const compared = c.kind === 'compared' ? c : null;
  return {
    value: toTableCell(value),
    target: compared ? compared.target : c.kind === 'hidden' ? 'suppressed' : 'none',
    achievement: compared?.achievement.ratio ?? 'none',
    met: compared?.achievement.met ?? null,
    comparedYear: compared?.year ?? null,
    noComparison: c.kind === 'none' && c.reason !== 'no_target' ? { reason: c.reason, year: c.year ?? null } : null,
    reported,
    expected,
    ...(carried !== undefined ? { carried } : {}),
  };
}

function buildRow(unit: UnitLike, input: TableRowsInput, byCode: ReadonlyMap<string, Indicator>, indices: readonly number[]): TableRow {
  const cells: Record<string, IndicatorCells> = {};
  for (const code of input.indicators) {
    const indicator = byCode.get(code);
    if (indicator) cells[code] = indicatorCells(indicator, input.figures[unit.code], byCode, input.axis, input.period, indices);
  }
  return { code: unit.code, name: unit.name, childCount: unit.childCount, searchKey: foldForSearch(unit.name), cells };
}

export function buildTableRows(input: TableRowsInput): TableRows {
  const byCode = new Map(input.catalogue.map((i) => [i.code, i]));
  const indices = selectionIndices(input.period, input.axis);
  const rows = input.children
    .map((child) => buildRow(child, input, byCode, indices))
    .sort((a, b) => input.compareText(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const totals = buildRow(input.parent, input, byCode, indices);
  const hasValue = (row: TableRow) => Object.values(row.cells).some((c) => c !== undefined && c.value !== 'not_reported' && c.value !== 'not_applicable');
  return { rows, totals, hasData: indices.length > 0 && (hasValue(totals) || rows.some(hasValue)) };
}
