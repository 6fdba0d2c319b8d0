/**
 * Trend of one indicator for a unit over quarters, half-years or years, by the aggregation rules
 * (flows sum per bucket, stocks take the bucket-end value, rates are a ratio of sums), with the
 * annual target where it can be compared, and optional comparison with the parent and the province.
 *
 * Comparison: rates compare directly (same scale). Counts of units of different sizes do not, so
 * with a comparison every line becomes an index (its own value in a base bucket = 100): the base
 * is the first bucket where every compared series has a positive value.
 */
import type { Cell } from './aggregate';
import type { UnitFigures } from './chart-achievement';
import type { ComparisonTarget, Granularity } from './chart-options';
import { buildBuckets, drawable, overlapsSelection } from './chart-series';
import { computeFigure, targetFor } from './figures';
import type { Indicator } from './indicators';
import type { PeriodSelection } from './periods';

export interface ComparisonInput {
  role: ComparisonTarget;
  name: string;
  figures: UnitFigures;
}

export interface TrendInput {
  indicator: Indicator;
  catalogue: ReadonlyMap<string, Indicator>;
  unit: UnitFigures;
  comparisons: readonly ComparisonInput[];
  axis: readonly string[];
  granularity: Granularity;
  period: PeriodSelection;
}

export interface TrendPoint {
  key: string;
  period: PeriodSelection;
  partial: boolean;
  /** The bucket overlaps the selected period (highlighted). */
  selected: boolean;
  value: Cell;
  reported: number;
  expected: number;
  target: number | null;
  compare: Partial<Record<ComparisonTarget, Cell>>;
  /** The unit was formed by a reorganisation and the bucket holds quarters before it: its value sums the old units it was made of. */
  reaggregated: boolean;
  /** What is drawn: the values, or their index (base bucket = 100) in index mode. */
  plot: { unit: number | null; target: number | null } & Partial<Record<ComparisonTarget, number | null>>;
}

export type TargetLine = 'shown' | 'none' | 'annual_only' | 'index';

export interface TrendSeries {
  availability: 'ok' | 'withheld' | 'not_applicable' | 'no_data';
  mode: 'absolute' | 'index';
  /** Index base bucket; null in index mode when no bucket has every series positive. */
  baseKey: string | null;
  points: TrendPoint[];
  targetLine: TargetLine;
  /** Comparisons that could be drawn (others are withheld or not applicable at that unit). */
  compared: { role: ComparisonTarget; name: string }[];
}

const isAdditive = (ind: Indicator) => ind.kind === 'flow' || ind.kind === 'person_times';

/** First quarter of the unit's own reports when it was formed by a reorganisation (for a rate, its numerator's); -1 otherwise. */
function ownReportsFrom(indicator: Indicator, unit: UnitFigures): number {
  const code = indicator.kind === 'rate' ? (indicator.numerator ?? indicator.code) : indicator.code;
  return unit.series[code]?.history?.before ?? -1;
}

export function buildTrend(input: TrendInput): TrendSeries {
  const { indicator, catalogue, unit, axis, granularity, period } = input;
  const buckets = buildBuckets(axis, granularity);
  const own = buckets.map((b) => computeFigure(indicator, unit, catalogue, b.indices));
  const first = own[0];
  if (!first || first.status !== 'ok') {
    const availability = first?.status === 'withheld' ? 'withheld' : 'not_applicable';
    return { availability, mode: 'absolute', baseKey: null, points: [], targetLine: 'none', compared: [] };
  }
  const compared = input.comparisons
    .map((c) => ({ ...c, results: buckets.map((b) => computeFigure(indicator, c.figures, catalogue, b.indices)) }))
    .filter((c) => c.results.every((r) => r.status === 'ok'));
  const cellOf = (r: (typeof own)[number] | undefined): Cell => (r?.status === 'ok' ? r.figure.value : null);
  const mode = compared.length > 0 && indicator.kind !== 'rate' ? 'index' : 'absolute';

  const comparableTarget = granularity === 'year' || !isAdditive(indicator);
  const targetLine: TargetLine = mode === 'index' ? 'index' : comparableTarget ? 'shown' : 'annual_only';

  let baseIndex = -1;
  if (mode === 'index') {
    baseIndex = buckets.findIndex((_, i) => {
      const all = [cellOf(own[i]), ...compared.map((c) => cellOf(c.results[i]))];
      return all.every((v) => (drawable(v) ?? 0) > 0);
    });
  }
  const indexOf = (cell: Cell, base: Cell): number | null => {
    const v = drawable(cell);
    const b = drawable(base);
    return v === null || b === null || b <= 0 ? null : (v / b) * 100;
  };

  const ownFrom = ownReportsFrom(indicator, unit);
  const points: TrendPoint[] = buckets.map((bucket, i) => {
    const r = own[i];
    const value = cellOf(r);
    const year = 'year' in bucket.period ? String(bucket.period.year) : null;
    const target = targetLine === 'shown' ? targetFor(indicator, unit.targets, year) : null;
    const compare: TrendPoint['compare'] = {};
    const plot: TrendPoint['plot'] = { unit: drawable(value), target };
    for (const c of compared) {
      const cell = cellOf(c.results[i]);
      compare[c.role] = cell;
      plot[c.role] = drawable(cell);
    }
    if (mode === 'index') {
      plot.unit = baseIndex < 0 ? null : indexOf(value, cellOf(own[baseIndex]));
      for (const c of compared) plot[c.role] = baseIndex < 0 ? null : indexOf(compare[c.role] ?? null, cellOf(c.results[baseIndex]));
    }
    return {
      key: bucket.key,
      period: bucket.period,
      partial: bucket.partial,
      selected: overlapsSelection(bucket, period),
      value,
      reported: r?.status === 'ok' ? r.figure.reported : 0,
      expected: r?.status === 'ok' ? r.figure.expected : 0,
      target,
      compare,
      reaggregated: bucket.indices.some((q) => q < ownFrom),
      plot,
    };
  });
  const availability = points.every((p) => p.value === null) ? 'no_data' : 'ok';
  return {
    availability,
    mode,
    baseKey: baseIndex >= 0 ? (buckets[baseIndex]?.key ?? null) : null,
    points,
    targetLine: targetLine === 'shown' && points.every((p) => p.target === null) ? 'none' : targetLine,
    compared: compared.map((c) => ({ role: c.role, name: c.name })),
  };
}
