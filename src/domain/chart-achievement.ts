/**
 * Achievement by child unit: each child's figure for the selected period against its target,
 * with a status for colouring. Not reported stays not reported (no bar, never 0); suppressed
 * values stay "x" (no bar height, never recomputed).
 */
import type { Cell } from './aggregate';
import type { ChartSort } from './chart-options';
import { drawable, type BarStatus } from './chart-series';
import type { TextCompare } from './table-sort';
import { computeFigure, type UnitSeries } from './figures';
import type { Indicator } from './indicators';
import { selectionIndices, type PeriodSelection } from './periods';
import { compareWithTarget, targetKeysFor } from './target-comparison';

export type TargetsByIndicator = Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
export type UnitFigures = UnitSeries & { targets: TargetsByIndicator; hiddenTargets?: Readonly<Record<string, readonly string[] | undefined>> | undefined };

export interface ChildRef {
  code: string;
  name: string;
}

export interface AchievementRow {
  code: string;
  name: string;
  /** The period's figure, or for a yearly level (a ceiling) the count of `comparedYear`. */
  value: Cell;
  /** The year whose count is drawn and compared, when not the period's own figure. */
  comparedYear: number | null;
  /** Bar length; null for not reported and suppressed values. */
  bar: number | null;
  target: number | null;
  /** actual / target, uncapped; null without a target. */
  ratio: number | null;
  status: BarStatus;
  reported: number;
  expected: number;
  complete: boolean;
}

export type Availability = 'ok' | 'no_children' | 'withheld' | 'not_applicable' | 'no_data';

export interface AchievementSeries {
  availability: Availability;
  rows: AchievementRow[];
  /** The period has targets at all (a year or the phase); quarters, halves and ranges have none. */
  targetPeriod: boolean;
  counts: Record<BarStatus, number>;
}

export interface AchievementInput {
  indicator: Indicator;
  catalogue: ReadonlyMap<string, Indicator>;
  children: readonly ChildRef[];
  figures: Readonly<Record<string, UnitFigures | undefined>>;
  axis: readonly string[];
  period: PeriodSelection;
  sort: ChartSort;
  /** Vietnamese order of names (the app's one collator). */
  compareText: TextCompare;
}

const emptyCounts = (): Record<BarStatus, number> => ({ met: 0, behind: 0, no_target: 0, suppressed: 0, not_reported: 0 });

function statusOf(value: Cell, met: boolean | null): BarStatus {
  if (value === null) return 'not_reported';
  if (value === 'suppressed') return 'suppressed';
  if (met === null) return 'no_target';
  return met ? 'met' : 'behind';
}

export function buildAchievementSeries(input: AchievementInput): AchievementSeries {
  const { indicator, catalogue, children, figures, axis, period, sort } = input;
  const targetPeriod = targetKeysFor(period) !== null;
  const counts = emptyCounts();
  if (children.length === 0) return { availability: 'no_children', rows: [], targetPeriod, counts };
  const indices = selectionIndices(period, axis);
  const rows: AchievementRow[] = [];
  const skipped = { withheld: 0, not_applicable: 0 };
  for (const child of children) {
    const unit = figures[child.code];
    const result = unit ? computeFigure(indicator, unit, catalogue, indices) : ({ status: 'not_applicable' } as const);
    if (result.status !== 'ok') {
      skipped[result.status] += 1;
      continue;
    }
    const c = unit ? compareWithTarget({ indicator, unit, catalogue, axis, period, value: result.figure.value }) : null;
    const compared = c?.kind === 'compared' ? c : null;
    // A yearly level is drawn as the year's count it is compared with, never as a multi-year total.
    const value = compared?.year != null ? compared.actual : result.figure.value;
    const target = compared?.target ?? null;
    const status = statusOf(value, compared?.achievement.met ?? null);
    counts[status] += 1;
    rows.push({
      code: child.code,
      name: child.name,
      value,
      comparedYear: compared?.year ?? null,
      bar: drawable(value),
      target,
      ratio: compared?.achievement.ratio ?? null,
      status,
      reported: result.figure.reported,
      expected: result.figure.expected,
      complete: result.figure.reported >= result.figure.expected,
    });
  }
  let availability: Availability = 'ok';
  if (rows.length === 0) availability = skipped.withheld > 0 ? 'withheld' : 'not_applicable';
  else if (rows.every((r) => r.status === 'not_reported')) availability = 'no_data';
  return { availability, rows: sortAchievementRows(rows, sort, input.compareText), targetPeriod, counts };
}

const RANK: Record<BarStatus, number> = { met: 0, behind: 0, no_target: 0, suppressed: 1, not_reported: 2 };

/**
 * By value: largest first (smallest first for lower-is-better would hide the laggards, so the
 * order is always by size), then "x", then not reported; ties and name sort in Vietnamese order.
 */
export function sortAchievementRows<T extends Pick<AchievementRow, 'name' | 'bar' | 'status'>>(
  rows: readonly T[],
  sort: ChartSort,
  compareText: TextCompare,
): T[] {
  const byName = (a: T, b: T) => compareText(a.name, b.name);
  if (sort === 'name') return [...rows].sort(byName);
  return [...rows].sort((a, b) => RANK[a.status] - RANK[b.status] || (b.bar ?? 0) - (a.bar ?? 0) || byName(a, b));
}
