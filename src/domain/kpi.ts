/** Key-figure cards of a unit: value for the period, target, achievement, change and completeness. */
import { achievement, type Achievement } from './achievement';
import type { Figure } from './aggregate';
import { computeFigure, targetFor, type UnitSeries } from './figures';
import type { ContentArea, Indicator } from './indicators';
import { previousSelection, selectionIndices, targetKeyFor, type PeriodSelection } from './periods';

export interface KpiCard {
  indicator: Indicator;
  status: 'ok' | 'not_applicable' | 'withheld';
  figure: Figure | null;
  target: number | null;
  achievement: Achievement | null;
  /** Value of the previous period of the same length; null when unknown. */
  previous: number | null;
  /** value − previous, when both are numbers. */
  change: number | null;
}

export interface KpiInput {
  indicators: readonly Indicator[];
  unit: UnitSeries & { targets: Readonly<Record<string, Readonly<Record<string, number>> | undefined>> };
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
      return { indicator, status: result.status, figure: null, target: null, achievement: null, previous: null, change: null };
    }
    const target = targetFor(indicator, unit.targets, targetKey);
    const prevResult = prevIndices.length ? computeFigure(indicator, unit, catalogue, prevIndices) : null;
    const previous = prevResult?.status === 'ok' && typeof prevResult.figure.value === 'number' ? prevResult.figure.value : null;
    const value = result.figure.value;
    return {
      indicator,
      status: 'ok',
      figure: result.figure,
      target,
      achievement: target === null ? null : achievement(value, target, indicator.direction),
      previous,
      change: typeof value === 'number' && previous !== null ? value - previous : null,
    };
  });
}

export function groupByArea<T extends { indicator: Indicator }>(cards: readonly T[], order: readonly ContentArea[]): { area: ContentArea; cards: T[] }[] {
  return order.map((area) => ({ area, cards: cards.filter((c) => c.indicator.area === area) })).filter((g) => g.cards.length > 0);
}
