/** Key-figure cards of a unit: value for the period, target, achievement, change and completeness. */
import { achievement, type Achievement } from './achievement';
import type { Figure } from './aggregate';
import { computeFigure, targetCell, type HiddenTargets, type TargetTable, type UnitSeries, type WithheldReason } from './figures';
import type { Indicator } from './indicators';
import { previousSelection, selectionIndices, targetKeyFor, type PeriodSelection } from './periods';

export interface KpiCard {
  indicator: Indicator;
  status: 'ok' | 'not_applicable' | 'withheld';
  /** Why a withheld figure is not published (absent: below the commune level). */
  withheldReason?: WithheldReason | undefined;
  figure: Figure | null;
  /** "suppressed" when a sensitive indicator's target could reveal a hidden count. */
  target: number | 'suppressed' | null;
  achievement: Achievement | null;
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
  const targetKey = targetKeyFor(period);
  return indicators.map((indicator) => {
    const result = computeFigure(indicator, unit, catalogue, indices);
    if (result.status !== 'ok') {
      const withheldReason = result.status === 'withheld' ? result.reason : undefined;
      return { indicator, status: result.status, withheldReason, figure: null, target: null, achievement: null, previous: null, change: null };
    }
    const target = targetCell(indicator, unit.targets, targetKey, unit.hiddenTargets);
    const prevResult = prevIndices.length ? computeFigure(indicator, unit, catalogue, prevIndices) : null;
    const previous = prevResult?.status === 'ok' && typeof prevResult.figure.value === 'number' ? prevResult.figure.value : null;
    const value = result.figure.value;
    return {
      indicator,
      status: 'ok',
      figure: result.figure,
      target,
      achievement: typeof target === 'number' ? achievement(value, target, indicator.direction) : null,
      previous,
      change: typeof value === 'number' && previous !== null ? value - previous : null,
    };
  });
}
