/**
 * How complete a figure is: leaf reports received out of those expected, for a unit and a
 * period, rolled up through the levels. Missing reports are counted as missing, never as zeros.
 */
import type { Series } from './aggregate';
import { isAdditiveOverTime, type Indicator } from './indicators';
import type { ReportKind } from './levels';

export interface Completeness {
  /** Leaf reports received (leaf × quarter for a period of several quarters). */
  reported: number;
  expected: number;
}

export const NO_REPORTS: Completeness = { reported: 0, expected: 0 };

export const isIncomplete = (c: Completeness): boolean => c.reported < c.expected;

/** Share received, 0…1; null when nothing was expected. */
export const completenessRatio = (c: Completeness): number | null => (c.expected > 0 ? c.reported / c.expected : null);

/**
 * How complete a figure is, in words a reader can weigh (docs/completeness.md): every report in;
 * nearly complete (at least 95 %: one village in twenty missing barely moves a total); partial;
 * very partial (under half: the figure says more about who reported than about the unit).
 */
export type CompletenessLevel = 'complete' | 'nearly_complete' | 'partial' | 'very_partial';
export const COMPLETENESS_LEVELS: readonly CompletenessLevel[] = ['complete', 'nearly_complete', 'partial', 'very_partial'];

/** Lower bounds of the shares received: nearly complete from 95 %, partial from 50 %. */
export const COMPLETENESS_THRESHOLDS = { nearlyComplete: 0.95, partial: 0.5 } as const;

/** The level of a count of reports; null when nothing was expected. Exact integer comparisons, no rounding. */
export function completenessLevel(c: Completeness): CompletenessLevel | null {
  if (c.expected <= 0) return null;
  if (c.reported >= c.expected) return 'complete';
  if (c.reported >= COMPLETENESS_THRESHOLDS.nearlyComplete * c.expected) return 'nearly_complete';
  if (c.reported >= COMPLETENESS_THRESHOLDS.partial * c.expected) return 'partial';
  return 'very_partial';
}

/** A parent's completeness is the sum of its children's: reports received and expected both add up. */
export function rollUp(parts: readonly Completeness[]): Completeness {
  return parts.reduce((acc, c) => ({ reported: acc.reported + c.reported, expected: acc.expected + c.expected }), NO_REPORTS);
}

/**
 * Completeness of one series over the quarters at `indices`: for flows every quarter's reports
 * count; for stocks (a value at the end of the period) only the last quarter's.
 */
export function seriesCompleteness(series: Pick<Series, 'reported' | 'expected'>, indices: readonly number[], additive: boolean): Completeness {
  if (indices.length === 0) return NO_REPORTS;
  const used = additive ? indices : indices.slice(-1);
  return { reported: used.reduce((n, i) => n + (series.reported[i] ?? 0), 0), expected: series.expected * used.length };
}

export const indicatorCompleteness = (indicator: Indicator, series: Pick<Series, 'reported' | 'expected'>, indices: readonly number[]): Completeness =>
  seriesCompleteness(series, indices, isAdditiveOverTime(indicator.kind));

/**
 * Completeness of a report form (all indicators entered by one kind of unit) over the quarters
 * at `indices`. Per quarter, a leaf has reported when it entered any figure of the form; the
 * count taken is the largest number of leaves that entered any single figure, so it never
 * overstates what arrived. Null when the unit has no series of that form.
 */
export function formCompleteness(
  series: Readonly<Record<string, Pick<Series, 'reported' | 'expected'> | undefined>>,
  indicators: readonly Indicator[],
  reportKind: ReportKind,
  indices: readonly number[],
): Completeness | null {
  const members = indicators.filter((i) => i.reportKind === reportKind && i.kind !== 'rate').flatMap((i) => series[i.code] ?? []);
  if (members.length === 0) return null;
  const expected = Math.max(...members.map((s) => s.expected));
  let reported = 0;
  for (const i of indices) reported += Math.min(expected, Math.max(...members.map((s) => s.reported[i] ?? 0)));
  return { reported, expected: expected * indices.length };
}

/** Positions in `indices` of the quarters whose reports are incomplete. */
export function incompleteQuarters(series: Pick<Series, 'reported' | 'expected'>, indices: readonly number[]): number[] {
  return indices.filter((i) => (series.reported[i] ?? 0) < series.expected);
}
