/**
 * A unit's figure for one indicator over a selected period, computed from its published quarterly
 * series by the aggregation rules; rates are built from their numerator and denominator.
 */
import { aggregateOverTime, ratioOfFigures, type Figure, type Series } from './aggregate';
import type { Indicator } from './indicators';

export interface UnitSeries {
  series: Readonly<Record<string, Series | undefined>>;
  withheld: readonly string[];
}

export type FigureResult =
  | { status: 'ok'; figure: Figure }
  /** The indicator is not reported at this unit's level (e.g. a commune-level indicator in a village). */
  | { status: 'not_applicable' }
  /** A sensitive indicator not published at this level. */
  | { status: 'withheld' };

export function computeFigure(
  indicator: Indicator,
  unit: UnitSeries,
  catalogue: ReadonlyMap<string, Indicator>,
  indices: readonly number[],
): FigureResult {
  if (unit.withheld.includes(indicator.code)) return { status: 'withheld' };
  if (indicator.kind === 'rate') {
    const num = indicator.numerator ? catalogue.get(indicator.numerator) : undefined;
    const den = indicator.denominator ? catalogue.get(indicator.denominator) : undefined;
    if (!num || !den) return { status: 'not_applicable' };
    const n = computeFigure(num, unit, catalogue, indices);
    const d = computeFigure(den, unit, catalogue, indices);
    if (n.status !== 'ok') return n;
    if (d.status !== 'ok') return d;
    // Nothing to divide by (e.g. no especially-disadvantaged village in the unit): the rate does not apply.
    if (d.figure.value === 0) return { status: 'not_applicable' };
    return { status: 'ok', figure: ratioOfFigures(n.figure, d.figure, indicator.scale ?? 1) };
  }
  const series = unit.series[indicator.code];
  if (!series) return { status: 'not_applicable' };
  return { status: 'ok', figure: aggregateOverTime(indicator.kind, series, indices) };
}

/**
 * The target that applies to a selection: an annual target for a year, the phase target for
 * the phase; for rates, the ratio of the numerator's and denominator's targets when both exist.
 */
export function targetFor(
  indicator: Indicator,
  targets: Readonly<Record<string, Readonly<Record<string, number>> | undefined>>,
  key: string | null,
): number | null {
  if (key === null) return null;
  const own = targets[indicator.code]?.[key];
  if (own !== undefined) return own;
  return null;
}
