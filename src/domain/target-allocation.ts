/**
 * Annual and phase targets down the hierarchy: which units have no annual target for a year,
 * and whether the children's targets add up to the parent's (over- or under-allocated).
 */
import { achievement, type Achievement } from './achievement';
import type { Cell } from './aggregate';
import { indicatorCompleteness, NO_REPORTS, type Completeness } from './completeness';
import { computeFigure, targetCell, type HiddenTargets } from './figures';
import { isAdditiveOverUnits, type Indicator } from './indicators';
import { selectionIndices } from './periods';
import { PROGRESS_CONFIG } from './progress-config';
import type { UnitFigures } from './progress-assess';

export type TargetTable = Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;

export interface AllocationCheck {
  /** "2023" or "phase". */
  key: string;
  parent: number | null;
  /** Sum of the targets of the children that have one; null when none has. */
  childrenSum: number | null;
  /** Children without a target for this key. */
  missing: string[];
  /** childrenSum − parent: positive = over-allocated, negative = under-allocated. */
  difference: number | null;
  /** difference / parent. */
  relative: number | null;
  /** "hidden": a target involved is withheld to protect people, so the sum is not checked here. */
  status: 'balanced' | 'over' | 'under' | 'no_parent_target' | 'no_child_targets' | 'hidden';
}

interface TargetsOf {
  targets: TargetTable;
  hiddenTargets?: HiddenTargets | undefined;
}

/**
 * Compare the parent's target for `key` with the sum of its children's. Rates do not add up over
 * units and get no check (null).
 */
export function checkAllocation(
  indicator: Indicator,
  parent: TargetsOf,
  children: readonly ({ code: string } & TargetsOf)[],
  key: string,
  tolerance = PROGRESS_CONFIG.allocationTolerance,
): AllocationCheck | null {
  if (!isAdditiveOverUnits(indicator.kind)) return null;
  const hidden = (u: TargetsOf) => u.hiddenTargets?.[indicator.code]?.includes(key) ?? false;
  if (hidden(parent) || children.some(hidden)) return { key, parent: null, childrenSum: null, missing: [], difference: null, relative: null, status: 'hidden' };
  const parentTarget = parent.targets[indicator.code]?.[key] ?? null;
  let sum: number | null = null;
  const missing: string[] = [];
  for (const child of children) {
    const t = child.targets[indicator.code]?.[key];
    if (t === undefined) missing.push(child.code);
    else sum = (sum ?? 0) + t;
  }
  const base = { key, parent: parentTarget, childrenSum: sum, missing };
  if (parentTarget === null) return { ...base, difference: null, relative: null, status: 'no_parent_target' };
  if (sum === null) return { ...base, difference: null, relative: null, status: 'no_child_targets' };
  const difference = sum - parentTarget;
  const relative = parentTarget === 0 ? null : difference / parentTarget;
  const scale = Math.max(Math.abs(parentTarget), Math.abs(sum), 1);
  const status = Math.abs(difference) <= tolerance * scale ? 'balanced' : difference > 0 ? 'over' : 'under';
  // Float sums (13129.599999…) are shown as balanced with a zero difference.
  return status === 'balanced' ? { ...base, difference: 0, relative: 0, status } : { ...base, difference, relative, status };
}

/** Indicators that have targets for a unit (any year or the phase, published or hidden), in catalogue order. */
export const indicatorsWithTargets = (indicators: readonly Indicator[], targets: TargetTable, hidden: HiddenTargets = {}): Indicator[] =>
  indicators.filter((i) => Object.keys(targets[i.code] ?? {}).length > 0 || (hidden[i.code]?.length ?? 0) > 0);

export interface MissingAnnualTargets {
  year: number;
  /** Codes of the indicators with targets that lack one for this year. */
  indicators: string[];
  /** True when no indicator has a target for the year ("chưa có chỉ tiêu năm 2023"). */
  all: boolean;
}

/**
 * Years without an annual target, per unit: for every indicator that has some target, each
 * year in `years` must have its own. Units with no targets at all (villages) are not flagged.
 */
export function missingAnnualTargets(
  indicators: readonly Indicator[],
  targets: TargetTable,
  years: readonly number[],
  hidden: HiddenTargets = {},
): MissingAnnualTargets[] {
  const withTargets = indicatorsWithTargets(indicators, targets, hidden);
  if (withTargets.length === 0) return [];
  return years.flatMap((year) => {
    const key = String(year);
    const lacking = withTargets.filter((i) => targets[i.code]?.[key] === undefined && !hidden[i.code]?.includes(key)).map((i) => i.code);
    return lacking.length === 0 ? [] : [{ year, indicators: lacking, all: lacking.length === withTargets.length }];
  });
}

export interface AnnualCell {
  year: number;
  status: 'ok' | 'not_applicable' | 'withheld';
  actual: Cell;
  /** "suppressed" when the target could reveal a hidden count. */
  target: number | 'suppressed' | null;
  achievement: Achievement | null;
  completeness: Completeness;
  /** The year is not fully covered by data yet (e.g. 2025 to 30/06). */
  partial: boolean;
}

/** Actual against the annual target for each year, as a ratio of sums, uncapped. */
export function annualCells(
  indicator: Indicator,
  unit: UnitFigures,
  catalogue: ReadonlyMap<string, Indicator>,
  axis: readonly string[],
  years: readonly number[],
): AnnualCell[] {
  return years.map((year) => {
    const indices = selectionIndices({ kind: 'year', year }, axis);
    const target = targetCell(indicator, unit.targets, String(year), unit.hiddenTargets);
    const result = computeFigure(indicator, unit, catalogue, indices);
    const series = unit.series[indicator.code] ?? unit.series[indicator.numerator ?? ''];
    const common = { year, target, partial: indices.length > 0 && indices.length < 4 };
    if (result.status !== 'ok' || indices.length === 0) {
      return { ...common, status: result.status, actual: null, achievement: null, completeness: NO_REPORTS };
    }
    const actual = result.figure.value;
    return {
      ...common,
      status: 'ok',
      actual,
      achievement: typeof target === 'number' ? achievement(actual, target, indicator.direction) : null,
      completeness: series ? indicatorCompleteness(indicator, series, indices) : NO_REPORTS,
    };
  });
}
