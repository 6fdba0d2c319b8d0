/**
 * One row per indicator for a unit and a period: the figure (by the aggregation rules), the target
 * that applies, the achievement, and for rates the numerator and denominator behind the ratio.
 * The text, the annex table and the findings are all built from these rows.
 */
import type { Achievement } from '../achievement';
import { sumCells, type Cell, type Figure } from '../aggregate';
import { computeFigure, rateSides, type HiddenTargets, type PublishedSeries, type TargetTable, type UnitSeries } from '../figures';
import type { Indicator } from '../indicators';
import { selectionIndices, type PeriodSelection } from '../periods';
import { compareWithTarget, type NoComparisonReason, type TargetScope } from '../target-comparison';

/** The target a row is compared with, and the figure compared (a year's count for a yearly level). */
export interface ReportTarget {
  value: number;
  scope: TargetScope;
  actual: Cell;
  /** The year whose count is compared, when not the period's own figure. */
  year: number | null;
}

export interface UnitFigures extends UnitSeries {
  series: Readonly<
    Record<string, (PublishedSeries & { breakdown?: Readonly<Record<string, Readonly<Record<string, readonly Cell[]>>>> | undefined }) | undefined>
  >;
  targets: TargetTable;
  /** Targets of sensitive indicators withheld because they could reveal a hidden count. */
  hiddenTargets?: HiddenTargets | undefined;
}

export interface ReportRow {
  indicator: Indicator;
  status: 'ok' | 'not_applicable' | 'withheld';
  /** "period": a sensitive indicator published by year only, which cannot answer this period. */
  withheldReason: string | null;
  figure: Figure | null;
  target: ReportTarget | null;
  /** The target exists but is withheld to protect people: never "no target", never a number. */
  targetHidden: boolean;
  achievement: Achievement | null;
  /**
   * Why a target the unit has is not compared for this period (a yearly level against a total over
   * several quarters, a year not yet complete…); null when compared, hidden, or no target is set.
   */
  noComparison: { reason: Exclude<NoComparisonReason, 'no_target'>; year: number | null } | null;
  /** Rates: the numerator and denominator figures the ratio is built from. */
  parts: { numerator: Cell; denominator: Cell; unit: Indicator } | null;
}

export function buildRows(indicators: readonly Indicator[], unit: UnitFigures, axis: readonly string[], period: PeriodSelection): ReportRow[] {
  const catalogue = new Map(indicators.map((i) => [i.code, i]));
  const indices = selectionIndices(period, axis);
  return indicators.map((indicator): ReportRow => {
    const result = computeFigure(indicator, unit, catalogue, indices);
    if (result.status !== 'ok') {
      const withheldReason = result.status === 'withheld' ? (result.reason ?? null) : null;
      return {
        indicator,
        status: result.status,
        withheldReason,
        figure: null,
        target: null,
        targetHidden: false,
        achievement: null,
        noComparison: null,
        parts: null,
      };
    }
    const c = compareWithTarget({ indicator, unit, catalogue, axis, period, value: result.figure.value });
    const targetHidden = c.kind === 'hidden';
    const target = c.kind === 'compared' ? { value: c.target, scope: c.scope, actual: c.actual, year: c.year } : null;
    // A period that is not whole years compares with no target key: it has a target to speak of only if the unit has any.
    const hasTarget = Object.keys(unit.targets[indicator.code] ?? {}).length > 0;
    const noComparison = c.kind === 'none' && c.reason !== 'no_target' && hasTarget ? { reason: c.reason, year: c.year ?? null } : null;
    let parts: ReportRow['parts'] = null;
    const num = indicator.numerator ? catalogue.get(indicator.numerator) : undefined;
    const den = indicator.denominator ? catalogue.get(indicator.denominator) : undefined;
    if (indicator.kind === 'rate' && num && den) {
      const { n, d } = rateSides(indicator, num, den, unit, catalogue, indices);
      if (n.status === 'ok' && d.status === 'ok') parts = { numerator: n.figure.value, denominator: d.figure.value, unit: den };
    }
    return {
      indicator,
      status: 'ok',
      withheldReason: null,
      figure: result.figure,
      target,
      targetHidden,
      achievement: c.kind === 'compared' ? c.achievement : null,
      noComparison,
      parts,
    };
  });
}

export interface BreakdownPart {
  category: string;
  value: Cell;
}

/**
 * A breakdown (e.g. participants by role) summed over the period's quarters. `known` is the total
 * the categories account for, so a partial breakdown is said to be partial instead of looking complete.
 */
export function breakdownOver(
  unit: UnitFigures,
  code: string,
  dimension: string,
  axis: readonly string[],
  period: PeriodSelection,
): { parts: BreakdownPart[]; known: Cell } | null {
  const byCategory = unit.series[code]?.breakdown?.[dimension];
  if (!byCategory) return null;
  const indices = selectionIndices(period, axis);
  const parts = Object.entries(byCategory).map(([category, values]) => ({ category, value: sumCells(indices.map((i) => values[i] ?? null)) }));
  return { parts, known: sumCells(parts.map((p) => p.value)) };
}
