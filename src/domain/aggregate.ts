/**
 * Aggregation rules: flows and person-times sum over units and periods; stocks sum
 * over units and take the period-end value over time; rates are a ratio of sums; a missing
 * report is not a zero, and how complete a figure is travels with it.
 */
import type { IndicatorKind } from './indicators';

/** A published cell: a number, null when nobody reported, or withheld by suppression. */
export type Cell = number | null | 'suppressed';
export const SUPPRESSED = 'suppressed' as const;

/** One unit's quarterly series for one indicator, aligned with the quarter axis. */
export interface Series {
  values: readonly Cell[];
  /** Leaf units that reported, per quarter. */
  reported: readonly number[];
  /** Stocks that carry a missing report forward (carry-forward.ts): leaf units whose value is an earlier quarter's, per quarter. */
  carried?: readonly number[] | undefined;
  /** Leaf units expected to report each quarter (from `history.before` on, for a unit formed by a reorganisation). */
  expected: number;
  /** A unit formed by a reorganisation: its figures before it are re-aggregated from old units (history.ts). */
  history?: SeriesHistory | undefined;
}

/** Quarters before position `before` are the sums of old units, where `expected` of them were to report (0: no past). */
export interface SeriesHistory {
  before: number;
  expected: number;
}

/** Reporting units expected in quarter `q` of a series. */
export function expectedAt(series: Pick<Series, 'expected' | 'history'>, q: number): number {
  return series.history && q < series.history.before ? series.history.expected : series.expected;
}

export interface Figure {
  value: Cell;
  /** Leaf reports received and expected behind the value (leaf × quarter for flows). */
  reported: number;
  expected: number;
  /** Leaf values carried from an earlier quarter (stocks with `carryForward`), on top of `reported`. */
  carried?: number | undefined;
}

export const isComplete = (f: Pick<Figure, 'reported' | 'expected'>): boolean => f.reported >= f.expected;

/** Sum of cells: null only when every cell is null; suppressed when any cell is. */
export function sumCells(cells: readonly Cell[]): Cell {
  let total: number | null = null;
  for (const cell of cells) {
    if (cell === SUPPRESSED) return SUPPRESSED;
    if (cell !== null) total = (total ?? 0) + cell;
  }
  return total;
}

/** sumCells of the cells at position `at` of every row (a missing cell is null), without building that column. */
export function sumColumn(rows: readonly (readonly Cell[])[], at: number): Cell {
  let total: number | null = null;
  for (const row of rows) {
    const cell = row[at] ?? null;
    if (cell === SUPPRESSED) return SUPPRESSED;
    if (cell !== null) total = (total ?? 0) + cell;
  }
  return total;
}

/** Aggregate a series of an additive-over-units indicator over the quarters at `indices`. */
export function aggregateOverTime(kind: Exclude<IndicatorKind, 'rate'>, series: Series, indices: readonly number[]): Figure {
  if (indices.length === 0) return { value: null, reported: 0, expected: 0 };
  if (kind === 'stock') {
    const last = indices[indices.length - 1]!;
    const carried = series.carried ? { carried: series.carried[last] ?? 0 } : {};
    return { value: series.values[last] ?? null, reported: series.reported[last] ?? 0, expected: expectedAt(series, last), ...carried };
  }
  return {
    value: sumCells(indices.map((i) => series.values[i] ?? null)),
    reported: indices.reduce((n, i) => n + (series.reported[i] ?? 0), 0),
    expected: indices.reduce((n, i) => n + expectedAt(series, i), 0),
  };
}

/** Ratio of sums: numerator and denominator are each aggregated first, then divided. */
export function ratioOfFigures(numerator: Figure, denominator: Figure, scale = 1): Figure {
  const completeness = { reported: numerator.reported, expected: numerator.expected };
  // A rate with a hidden side is hidden too: with the other side it would give the hidden value away.
  if (numerator.value === SUPPRESSED || denominator.value === SUPPRESSED) return { value: SUPPRESSED, ...completeness };
  if (numerator.value === null || denominator.value === null) {
    return { value: null, ...completeness };
  }
  if (denominator.value === 0) return { value: null, ...completeness };
  return { value: (numerator.value / denominator.value) * scale, ...completeness };
}

/**
 * Roll leaf series up to a parent: cell-wise sums over units, with reported and expected counts
 * added. Used at compile time for every unit above the report level.
 */
export function sumSeries(children: readonly Series[], length: number): Series {
  const values: Cell[] = [];
  const reported: number[] = [];
  const carried: number[] = [];
  const carries = children.some((s) => s.carried);
  const childValues = children.map((s) => s.values);
  for (let i = 0; i < length; i++) {
    values.push(sumColumn(childValues, i));
    let reportedAt = 0;
    let carriedAt = 0;
    for (const s of children) {
      reportedAt += s.reported[i] ?? 0;
      if (carries) carriedAt += s.carried?.[i] ?? 0;
    }
    reported.push(reportedAt);
    if (carries) carried.push(carriedAt);
  }
  return { values, reported, ...(carries ? { carried } : {}), expected: children.reduce((n, s) => n + s.expected, 0) };
}

/** A leaf unit's own series: reported is 1 where the cell holds a value. */
export function leafSeries(values: readonly (number | null)[]): Series {
  return { values: [...values], reported: values.map((v) => (v === null ? 0 : 1)), expected: 1 };
}
