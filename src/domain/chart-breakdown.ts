/**
 * Disaggregation of an indicator by one dimension (sex, ethnicity, age group, role…) for a unit
 * and its children over the selected period. Each category aggregates over time like its
 * indicator. Where the breakdown covers only part of the total (some reports give no breakdown),
 * the uncovered part is shown as its own "no breakdown" remainder and the coverage is stated.
 */
import { aggregateOverTime, type Cell, type Series } from './aggregate';
import type { ChildRef, TargetsByIndicator } from './chart-achievement';
import type { ChartSort } from './chart-options';
import { drawable } from './chart-series';
import type { TextCompare } from './table-sort';
import { computeFigure } from './figures';
import type { Dimension, Indicator } from './indicators';
import { selectionIndices, type PeriodSelection } from './periods';

export type BreakdownCells = Readonly<Record<string, Readonly<Record<string, readonly Cell[]>>>>;
export type SeriesWithBreakdown = Series & { breakdown?: BreakdownCells | undefined };
export interface FiguresWithBreakdown {
  series: Readonly<Record<string, SeriesWithBreakdown | undefined>>;
  withheld: readonly string[];
  targets: TargetsByIndicator;
}

export type BreakdownRowStatus = 'ok' | 'not_reported' | 'suppressed' | 'no_breakdown';

export interface BreakdownRow {
  code: string;
  name: string;
  /** The current unit itself (the others are its children). */
  isUnit: boolean;
  total: Cell;
  /** Category code → aggregated value. */
  values: Record<string, Cell>;
  /** Sum of the categories with a number. */
  known: number;
  /** total − known when every category is known; null when some are "x" or the total is not a number. */
  remainder: number | null;
  /** known / total, when it can be stated. */
  coverage: number | null;
  hasSuppressed: boolean;
  status: BreakdownRowStatus;
}

export interface BreakdownSeries {
  availability: 'ok' | 'no_dimension' | 'withheld' | 'not_applicable' | 'no_data';
  dimension: string | null;
  /** Categories of the dimension present in the data, in the dimension's order. */
  categories: { code: string; name: Dimension['categories'][number]['name'] }[];
  rows: BreakdownRow[];
  /** Some row's breakdown covers only part of its total. */
  partial: boolean;
}

/** Dimensions for which the unit's series of the indicator has a breakdown, in the catalogue's order. */
export function availableDimensions(series: SeriesWithBreakdown | undefined, dimensions: readonly Dimension[]): Dimension[] {
  const present = series?.breakdown ?? {};
  return dimensions.filter((d) => d.code in present);
}

export interface BreakdownInput {
  indicator: Indicator;
  catalogue: ReadonlyMap<string, Indicator>;
  dimensions: readonly Dimension[];
  /** Requested dimension (from the URL); falls back to the first available one. */
  dimension: string | null;
  unit: ChildRef;
  children: readonly ChildRef[];
  figures: Readonly<Record<string, FiguresWithBreakdown | undefined>>;
  axis: readonly string[];
  period: PeriodSelection;
  sort: ChartSort;
  /** Vietnamese order of names (the app's one collator). */
  compareText: TextCompare;
}

const EPSILON = 1e-9;

function buildRow(input: BreakdownInput, ref: ChildRef, isUnit: boolean, dimension: Dimension, indices: number[]): BreakdownRow | null {
  const { indicator, catalogue } = input;
  const figures = input.figures[ref.code];
  if (!figures) return null;
  const result = computeFigure(indicator, figures, catalogue, indices);
  if (result.status !== 'ok') return null;
  const total = result.figure.value;
  const cells = figures.series[indicator.code]?.breakdown?.[dimension.code];
  const kind = indicator.kind === 'stock' ? 'stock' : 'flow';
  const values: Record<string, Cell> = {};
  let known = 0;
  let hasSuppressed = false;
  let anyValue = false;
  for (const category of dimension.categories) {
    const series = cells?.[category.code];
    const value = series ? aggregateOverTime(kind, { values: series, reported: [], expected: 0 }, indices).value : null;
    values[category.code] = value;
    if (value === 'suppressed') hasSuppressed = true;
    if (value !== null) anyValue = true;
    known += drawable(value) ?? 0;
  }
  const totalNumber = drawable(total);
  let status: BreakdownRowStatus = 'ok';
  if (total === null) status = 'not_reported';
  else if (total === 'suppressed') status = 'suppressed';
  else if (!anyValue) status = 'no_breakdown';
  const remainder = totalNumber === null || hasSuppressed ? null : Math.max(0, totalNumber - known);
  return {
    code: ref.code,
    name: ref.name,
    isUnit,
    total,
    values,
    known,
    remainder: remainder !== null && remainder < EPSILON ? 0 : remainder,
    coverage: totalNumber !== null && totalNumber > 0 && !hasSuppressed ? known / totalNumber : null,
    hasSuppressed,
    status,
  };
}

export function buildBreakdown(input: BreakdownInput): BreakdownSeries {
  const { indicator, dimensions, unit, children, period, axis, sort } = input;
  const empty = (availability: BreakdownSeries['availability']): BreakdownSeries => ({
    availability,
    dimension: null,
    categories: [],
    rows: [],
    partial: false,
  });
  const unitFigures = input.figures[unit.code];
  if (unitFigures?.withheld.includes(indicator.code)) return empty('withheld');
  const available = availableDimensions(unitFigures?.series[indicator.code], dimensions);
  const dimension = available.find((d) => d.code === input.dimension) ?? available[0];
  if (!dimension) return empty(unitFigures?.series[indicator.code] || indicator.kind === 'rate' ? 'no_dimension' : 'not_applicable');
  const indices = selectionIndices(period, axis);
  const own = buildRow(input, unit, true, dimension, indices);
  if (!own) return empty('not_applicable');
  const childRows = children.map((c) => buildRow(input, c, false, dimension, indices)).filter((r): r is BreakdownRow => r !== null);
  const byName = (a: BreakdownRow, b: BreakdownRow) => input.compareText(a.name, b.name);
  const rank = (r: BreakdownRow) => (r.status === 'not_reported' ? 2 : r.status === 'suppressed' ? 1 : 0);
  childRows.sort(sort === 'name' ? byName : (a, b) => rank(a) - rank(b) || (drawable(b.total) ?? 0) - (drawable(a.total) ?? 0) || byName(a, b));
  const rows = [own, ...childRows];
  const present = new Set<string>();
  for (const ref of [unit, ...children]) {
    for (const code of Object.keys(input.figures[ref.code]?.series[indicator.code]?.breakdown?.[dimension.code] ?? {})) present.add(code);
  }
  return {
    availability: rows.every((r) => r.status === 'not_reported') ? 'no_data' : 'ok',
    dimension: dimension.code,
    categories: dimension.categories.filter((c) => present.has(c.code)).map((c) => ({ code: c.code, name: c.name })),
    rows,
    partial: rows.some((r) => (r.remainder ?? 0) > 0),
  };
}
