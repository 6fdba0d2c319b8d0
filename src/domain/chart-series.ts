/**
 * Shared pieces of the chart series builders: time buckets over the quarter axis, bar status,
 * and the colour-blind-safe palette (Okabe–Ito hues; every status also has a pattern or a label,
 * so colour is never the only cue).
 */
import type { Cell } from './aggregate';
import type { Granularity } from './chart-options';
import { parseQuarterKey, selectionOrdinals, type PeriodSelection } from './periods';

export interface Bucket {
  /** "2023Q2", "2023H1" or "2023". */
  key: string;
  period: PeriodSelection;
  /** Positions of the bucket's quarters in the quarter axis. */
  indices: number[];
  /** The data covers fewer quarters than the bucket spans (e.g. 2025 up to the second quarter). */
  partial: boolean;
}

const QUARTERS_IN: Record<Granularity, number> = { quarter: 1, half: 2, year: 4 };

/** Buckets of the quarter axis, in order: quarters, half-years or calendar years. */
export function buildBuckets(axis: readonly string[], granularity: Granularity): Bucket[] {
  const out: Bucket[] = [];
  axis.forEach((key, index) => {
    const q = parseQuarterKey(key);
    if (!q) return;
    let bucketKey: string;
    let period: PeriodSelection;
    if (granularity === 'quarter') {
      bucketKey = key;
      period = { kind: 'quarter', year: q.year, quarter: q.quarter };
    } else if (granularity === 'half') {
      const half = q.quarter <= 2 ? 1 : 2;
      bucketKey = `${q.year}H${half}`;
      period = { kind: 'half', year: q.year, half };
    } else {
      bucketKey = String(q.year);
      period = { kind: 'year', year: q.year };
    }
    const last = out[out.length - 1];
    if (last && last.key === bucketKey) last.indices.push(index);
    else out.push({ key: bucketKey, period, indices: [index], partial: false });
  });
  for (const b of out) b.partial = b.indices.length < QUARTERS_IN[granularity];
  return out;
}

/** Does a bucket share at least one quarter with the selected period? */
export function overlapsSelection(bucket: Bucket, selection: PeriodSelection): boolean {
  const a = selectionOrdinals(bucket.period);
  const b = selectionOrdinals(selection);
  return a.first <= b.last && b.first <= a.last;
}

/** A number to draw, or null: missing and suppressed values have no bar height and no point. */

export const drawable = (cell: Cell): number | null => (typeof cell === 'number' && Number.isFinite(cell) ? cell : null);

/** How a unit's bar reads against its target. */
export type BarStatus = 'met' | 'behind' | 'no_target' | 'not_reported' | 'suppressed';
export const BAR_STATUSES: readonly BarStatus[] = ['met', 'behind', 'no_target', 'suppressed', 'not_reported'];

export type Pattern = 'solid' | 'hatch' | 'none';
export interface SwatchStyle {
  colour: string;
  pattern: Pattern;
}

/** Fill colours keep at least 3:1 contrast against white (WCAG 1.4.11); "behind" is also hatched. */
export const STATUS_STYLE: Readonly<Record<BarStatus, SwatchStyle>> = {
  met: { colour: '#0072B2', pattern: 'solid' },
  behind: { colour: '#D55E00', pattern: 'hatch' },
  no_target: { colour: '#666666', pattern: 'solid' },
  suppressed: { colour: '#666666', pattern: 'none' },
  not_reported: { colour: '#666666', pattern: 'none' },
};

/** Okabe–Ito categorical palette, for disaggregation categories in the dimension's order. */
export const CATEGORY_COLOURS: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
/** The part of a total that has no breakdown: grey and hatched. */
export const REMAINDER_STYLE: SwatchStyle = { colour: '#8C8C8C', pattern: 'hatch' };

export const categoryColour = (index: number): string => CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]!;

/** Line styles of the trend: each series differs by dash and marker as well as colour. */
export type TrendRole = 'unit' | 'parent' | 'province' | 'target';
export const TREND_STYLE: Readonly<Record<TrendRole, { colour: string; dash: string | undefined; marker: 'circle' | 'triangle' | 'diamond' | 'none' }>> = {
  unit: { colour: '#0072B2', dash: undefined, marker: 'circle' },
  parent: { colour: '#D55E00', dash: '7 4', marker: 'triangle' },
  province: { colour: '#007A5A', dash: '2 3', marker: 'diamond' },
  target: { colour: '#1B1F24', dash: '10 5', marker: 'none' },
};

export const BUDGET_STYLE: Readonly<Record<'allocated' | 'disbursed', SwatchStyle>> = {
  allocated: { colour: '#0072B2', pattern: 'hatch' },
  disbursed: { colour: '#007A5A', pattern: 'solid' },
};
