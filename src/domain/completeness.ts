/**
 * How complete a figure is: leaf reports received out of those expected, for a unit and a
 * period, rolled up through the levels. Missing reports are counted as missing, never as zeros.
 */
import { expectedAt, type Series } from './aggregate';
import { isAdditiveOverTime, type Indicator } from './indicators';
import type { ReportKind } from './levels';

export interface Completeness {
  /** Leaf reports received (leaf × quarter for a period of several quarters). */
  reported: number;
  expected: number;
  /** Stocks that carry a missing report forward: values taken from an earlier quarter instead (not reports). */
  carried?: number | undefined;
}

/** The report counts of a series (with, for a unit formed by a reorganisation, those of its old units before it). */
type Counts = Pick<Series, 'reported' | 'expected' | 'history' | 'carried'>;

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
export function seriesCompleteness(series: Counts, indices: readonly number[], additive: boolean): Completeness {
  if (indices.length === 0) return NO_REPORTS;
  const used = additive ? indices : indices.slice(-1);
  const counts = { reported: used.reduce((n, i) => n + (series.reported[i] ?? 0), 0), expected: used.reduce((n, i) => n + expectedAt(series, i), 0) };
  return series.carried ? { ...counts, carried: used.reduce((n, i) => n + (series.carried?.[i] ?? 0), 0) } : counts;
}

export const indicatorCompleteness = (indicator: Indicator, series: Counts, indices: readonly number[]): Completeness =>
  seriesCompleteness(series, indices, isAdditiveOverTime(indicator.kind));

/**
 * Completeness of a report form (all indicators entered by one kind of unit) over the quarters
 * at `indices`. Per quarter, a leaf has reported when it entered any figure of the form; the
 * count taken is the largest number of leaves that entered any single figure, so it never
 * overstates what arrived. Null when the unit has no series of that form.
 */
export function formCompleteness(
  series: Readonly<Record<string, Counts | undefined>>,
  indicators: readonly Indicator[],
  reportKind: ReportKind,
  indices: readonly number[],
): Completeness | null {
  const members = indicators.filter((i) => i.reportKind === reportKind && i.kind !== 'rate').flatMap((i) => series[i.code] ?? []);
  if (members.length === 0) return null;
  let reported = 0;
  let expected = 0;
  for (const i of indices) {
    const due = Math.max(...members.map((s) => expectedAt(s, i)));
    reported += Math.min(due, Math.max(...members.map((s) => s.reported[i] ?? 0)));
    expected += due;
  }
  return { reported, expected };
}

/** Positions in `indices` of the quarters whose reports are incomplete. */
export function incompleteQuarters(series: Counts, indices: readonly number[]): number[] {
  return indices.filter((i) => (series.reported[i] ?? 0) < expectedAt(series, i));
}
