/** Key-figure cards of a unit: value for the period, target, achievement, change and completeness. */
import type { Achievement } from './achievement';
import type { Figure } from './aggregate';
import { computeFigure, type HiddenTargets, type TargetTable, type UnitSeries, type WithheldReason } from './figures';
import type { Indicator } from './indicators';
import { previousSelection, selectionIndices, type PeriodSelection } from './periods';
import { compareWithTarget, type Comparison } from './target-comparison';

export interface KpiCard {
  indicator: Indicator;
  status: 'ok' | 'not_applicable' | 'withheld';
  /** Why a withheld figure is not published (absent: below the commune level). */
  withheldReason?: WithheldReason | undefined;
  figure: Figure | null;
  /** "suppressed" when a sensitive indicator's target could reveal a hidden count. */
  target: number | 'suppressed' | null;
  achievement: Achievement | null;
  /** How the figure meets its target, or why it is not compared (null when there is no figure). */
  comparison: Comparison | null;
  /** Value of the previous period of the same length; null when unknown. */
  previous: number | null;
  /** value − previous, when both are numbers. */
  change: number | null;
}

export interface KpiInput {
  indicators: readonly Indicator[];
  unit: UnitSeries & { targets: TargetTable; hiddenTargets?: HiddenTargets | undefined };
  axis: readonly string[];
  period: PeriodSelection;
}

export function buildKpiCards({ indicators, unit, axis, period }: KpiInput): KpiCard[] {
  const catalogue = new Map(indicators.map((i) => [i.code, i]));
  const indices = selectionIndices(period, axis);
  const prev = previousSelection(period);
  const prevIndices = prev ? selectionIndices(prev, axis) : [];
  return indicators.map((indicator) => {
    const result = computeFigure(indicator, unit, catalogue, indices);
    if (result.status !== 'ok') {
      const withheldReason = result.status === 'withheld' ? result.reason : undefined;
      return {
        indicator,
        status: result.status,
        withheldReason,
        figure: null,
        target: null,
        achievement: null,
        comparison: null,
        previous: null,
        change: null,
      };
    }
    const comparison = compareWithTarget({ indicator, unit, catalogue, axis, period, value: result.figure.value });
    const prevResult = prevIndices.length ? computeFigure(indicator, unit, catalogue, prevIndices) : null;
    const previous = prevResult?.status === 'ok' && typeof prevResult.figure.value === 'number' ? prevResult.figure.value : null;
    const value = result.figure.value;
    return {
      indicator,
      status: 'ok',
      figure: result.figure,
      target: comparison.kind === 'compared' ? comparison.target : comparison.kind === 'hidden' ? 'suppressed' : null,
      achievement: comparison.kind === 'compared' ? comparison.achievement : null,
      comparison,
      previous,
      change: typeof value === 'number' && previous !== null ? value - previous : null,
    };
  });
}
