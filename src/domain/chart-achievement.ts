/**
 * Achievement by child unit: each child's figure for the selected period against its target,
 * with a status for colouring. Not reported stays not reported (no bar, never 0); suppressed
 * values stay "x" (no bar height, never recomputed).
 */
import { achievement } from './achievement';
import type { Cell } from './aggregate';
import type { ChartSort } from './chart-options';
import { drawable, type BarStatus } from './chart-series';
import type { TextCompare } from './table-sort';
import { computeFigure, targetFor, type UnitSeries } from './figures';
import type { Indicator } from './indicators';
import { selectionIndices, targetKeyFor, type PeriodSelection } from './periods';

export type TargetsByIndicator = Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
export type UnitFigures = UnitSeries & { targets: TargetsByIndicator };

export interface ChildRef {
  code: string;
  name: string;
}

export interface AchievementRow {
  code: string;
  name: string;
  value: Cell;
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
  const key = targetKeyFor(period);
  const targetPeriod = key !== null;
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
    const value = result.figure.value;
    const target = unit ? targetFor(indicator, unit.targets, key) : null;
    const a = achievement(value, target, indicator.direction);
    const status = statusOf(value, a.met);
    counts[status] += 1;
    rows.push({
      code: child.code,
      name: child.name,
      value,
      bar: drawable(value),
      target,
      ratio: a.ratio,
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
export function sortAchievementRows<T extends Pick<AchievementRow, 'name' | 'bar' | 'status'>>(rows: readonly T[], sort: ChartSort, compareText: TextCompare): T[] {
  const byName = (a: T, b: T) => compareText(a.name, b.name);
  if (sort === 'name') return [...rows].sort(byName);
  return [...rows].sort((a, b) => RANK[a.status] - RANK[b.status] || (b.bar ?? 0) - (a.bar ?? 0) || byName(a, b));
}
