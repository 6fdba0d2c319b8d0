/**
 * The one comparison of a figure with its target, used by every view (cards, table, map, charts,
 * report, slides). A target is read as the catalogue declares (`target.reading`):
 * - "cumulative": the total over the period against the target for the same span (the year's
 *   target, the phase target, the sum of the annual targets of whole years);
 * - "level" for a stock or a rate: the level at the end of the period against the target due then
 *   (the last year's target, the phase target);
 * - "level" or "annual_rate" for a flow: a count within one calendar year (a yearly ceiling, say)
 *   against that year's target, or for the phase the latest complete year against the phase
 *   target, as the progress assessment reads it. A total over several years is never compared
 *   with a yearly level.
 * Where no comparison makes sense for the period, the reason is returned instead of a number.
 */
import { achievement, type Achievement } from './achievement';
import type { Cell } from './aggregate';
import { computeFigure, type HiddenTargets, type TargetTable, type UnitSeries } from './figures';
import { isAdditiveOverTime, targetRule, type Indicator } from './indicators';
import { quarterOrdinal, selectionOrdinals, type PeriodSelection, type QuarterKey } from './periods';

/** The span a target is set for: one year, whole years (their targets added or the last one), the phase. */
export type TargetScope = { kind: 'year'; year: number } | { kind: 'years'; from: number; to: number } | { kind: 'phase' };

/**
 * Why there is no comparison: no target set; the period is not a whole year or the phase;
 * a yearly level asked of a year not yet complete; or no complete year yet in the phase.
 */
export type NoComparisonReason = 'no_target' | 'not_whole_years' | 'partial_year' | 'no_complete_year';

export type Comparison =
  | {
      kind: 'compared';
      /** The figure compared: the period's, or for a yearly level the count of `year`. */
      actual: Cell;
      /** The calendar year whose count is compared, when that is not the period's own figure. */
      year: number | null;
      target: number;
      scope: TargetScope;
      achievement: Achievement;
    }
  /** The target exists but is withheld to protect people: never a number, never an achievement. */
  | { kind: 'hidden' }
  | { kind: 'none'; reason: NoComparisonReason; year?: number | undefined };

export interface ComparisonInput {
  indicator: Indicator;
  unit: UnitSeries & { targets: TargetTable; hiddenTargets?: HiddenTargets | undefined };
  catalogue: ReadonlyMap<string, Indicator>;
  /** The quarter axis of the dataset. */
  axis: readonly string[];
  period: PeriodSelection;
  /** The period's figure value, when the caller already has it. */
  value: Cell;
}

/** Whole calendar years a selection spans exactly ("phase" for a phase), or null. */
export function wholeYears(sel: PeriodSelection): { from: number; to: number } | 'phase' | null {
  if (sel.kind === 'phase') return 'phase';
  if (sel.kind === 'year') return { from: sel.year, to: sel.year };
  if (sel.kind === 'range' && sel.from.month === 1 && sel.to.month === 12) return { from: sel.from.year, to: sel.to.year };
  return null;
}

/** The target keys a selection compares with ("2023", a phase's code "2021-2025"), or null when none applies. */
export function targetKeysFor(sel: PeriodSelection): string[] | null {
  const years = wholeYears(sel);
  if (years === null) return null;
  if (years === 'phase') return sel.kind === 'phase' && sel.phase ? [sel.phase.code] : null;
  return Array.from({ length: years.to - years.from + 1 }, (_, i) => String(years.from + i));
}

/** Positions on the axis of a calendar year's quarters; null unless all four are on it. */
function yearIndices(axis: readonly string[], year: number): number[] | null {
  const out = axis.flatMap((key, i) => (Math.floor(quarterOrdinal(key as QuarterKey) / 4) === year ? [i] : []));
  return out.length === 4 ? out : null;
}

/**
 * A complete year's figure: all four quarters on the axis, each reported (quarterly series), and
 * the year's figure published. Null otherwise. The progress assessment reads years by this too.
 */
export function completeYearFigure(indicator: Indicator, unit: UnitSeries, catalogue: ReadonlyMap<string, Indicator>, axis: readonly string[], year: number) {
  const indices = yearIndices(axis, year);
  if (!indices) return null;
  const series = unit.series[indicator.code] ?? unit.series[indicator.numerator ?? ''];
  if (series?.grain !== 'year') {
    const quarters = indices.map((i) => computeFigure(indicator, unit, catalogue, [i]));
    if (quarters.some((q) => q.status !== 'ok' || q.figure.value === null)) return null;
  }
  const figure = computeFigure(indicator, unit, catalogue, indices);
  return figure.status === 'ok' && figure.figure.value !== null ? { indices, figure: figure.figure } : null;
}

/** Calendar years with data inside a selection, in order. */
function yearsWithin(axis: readonly string[], sel: PeriodSelection): number[] {
  const { first, last } = selectionOrdinals(sel);
  const ordinals = axis.map((k) => quarterOrdinal(k as QuarterKey)).filter((o) => o >= first && o <= last);
  return [...new Set(ordinals.map((o) => Math.floor(o / 4)))];
}

export function compareWithTarget({ indicator, unit, catalogue, axis, period, value }: ComparisonInput): Comparison {
  const keys = targetKeysFor(period);
  if (keys === null) return { kind: 'none', reason: 'not_whole_years' };
  const hidden = unit.hiddenTargets?.[indicator.code] ?? [];
  const own = unit.targets[indicator.code] ?? {};
  const yearlyCount = isAdditiveOverTime(indicator.kind) && targetRule(indicator).reading !== 'cumulative';
  const cumulative = isAdditiveOverTime(indicator.kind) && !yearlyCount;
  // A level is due at the end of the span: only the last key's target is compared.
  const used = cumulative ? keys : keys.slice(-1);
  if (used.some((key) => hidden.includes(key))) return { kind: 'hidden' };
  if (used.some((key) => own[key] === undefined)) return { kind: 'none', reason: 'no_target' };
  const target = used.reduce((sum, key) => sum + own[key]!, 0);
  const years = wholeYears(period)!;
  const scope: TargetScope = years === 'phase' ? { kind: 'phase' } : years.from === years.to ? { kind: 'year', year: years.from } : { kind: 'years', ...years };
  if (!yearlyCount) return { kind: 'compared', actual: value, year: null, target, scope, achievement: achievement(value, target, indicator.direction) };
  // A yearly level: the count of one complete calendar year, never a total over several.
  let year: number | null;
  if (years === 'phase') {
    year =
      yearsWithin(axis, period)
        .filter((y) => completeYearFigure(indicator, unit, catalogue, axis, y) !== null)
        .pop() ?? null;
    if (year === null) return { kind: 'none', reason: 'no_complete_year' };
  } else {
    year = years.to;
    if (!yearIndices(axis, year)) return { kind: 'none', reason: 'partial_year', year };
  }
  const figure = computeFigure(indicator, unit, catalogue, yearIndices(axis, year)!);
  const actual = figure.status === 'ok' ? figure.figure.value : null;
  const sameAsPeriod = years !== 'phase' && years.from === years.to;
  return { kind: 'compared', actual, year: sameAsPeriod ? null : year, target, scope, achievement: achievement(actual, target, indicator.direction) };
}
