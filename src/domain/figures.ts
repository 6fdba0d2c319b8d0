/**
 * A unit's figure for one indicator over a selected period, computed from its published quarterly
 * series by the aggregation rules; rates are built from their numerator and denominator.
 */
import { aggregateOverTime, ratioOfFigures, type Cell, type Figure, type Series } from './aggregate';
import type { Indicator } from './indicators';
import { cellFromTotals, type PeriodTotal } from './period-totals';

/** A published series: quarterly, or (grain "year", sensitive indicators) only as totals by year and for the phase. */
export interface PublishedSeries extends Series {
  grain?: 'quarter' | 'year' | undefined;
  totals?: readonly PeriodTotal[] | undefined;
}

/** A rate's sides summed over the units that reported both (rate-pairs.ts), published where that differs from the sides' own series. */
export interface PairedRate extends Omit<Series, 'values'> {
  numerator: readonly Cell[];
  denominator: readonly Cell[];
}

export interface UnitSeries {
  series: Readonly<Record<string, PublishedSeries | undefined>>;
  rates?: Readonly<Record<string, PairedRate | undefined>> | undefined;
  withheld: readonly string[];
}

export type FigureResult =
  | { status: 'ok'; figure: Figure }
  /** The indicator is not reported at this unit's level (e.g. a commune-level indicator in a village). */
  | { status: 'not_applicable' }
  /**
   * A sensitive indicator not published here: below the commune level (no reason given), or for
   * a period its totals by year and for the phase cannot answer (reason "period").
   */
  | { status: 'withheld'; reason?: WithheldReason };

/** Why a figure is withheld: "level" (below the commune level) or "period" (published by year only). */
export type WithheldReason = 'level' | 'period';

export function computeFigure(indicator: Indicator, unit: UnitSeries, catalogue: ReadonlyMap<string, Indicator>, indices: readonly number[]): FigureResult {
  if (unit.withheld.includes(indicator.code)) return { status: 'withheld' };
  if (indicator.kind === 'rate') {
    const num = indicator.numerator ? catalogue.get(indicator.numerator) : undefined;
    const den = indicator.denominator ? catalogue.get(indicator.denominator) : undefined;
    if (!num || !den) return { status: 'not_applicable' };
    const { n, d } = rateSides(indicator, num, den, unit, catalogue, indices);
    if (n.status !== 'ok') return n;
    if (d.status !== 'ok') return d;
    // Nothing to divide by (e.g. no especially-disadvantaged village in the unit): the rate does not apply.
    if (d.figure.value === 0) return { status: 'not_applicable' };
    return { status: 'ok', figure: ratioOfFigures(n.figure, d.figure, indicator.scale ?? 1) };
  }
  const series = unit.series[indicator.code];
  if (!series) return { status: 'not_applicable' };
  const figure = aggregateOverTime(indicator.kind, series, indices);
  if (series.grain !== 'year') return { status: 'ok', figure };
  // Quarterly values are not published: read the period from the published totals, or not at all.
  const value = cellFromTotals(indicator.kind, series.totals ?? [], indices);
  return value === undefined ? { status: 'withheld', reason: 'period' } : { status: 'ok', figure: { ...figure, value } };
}

/**
 * A rate's numerator and denominator over the period: from the units that reported both sides when
 * the unit publishes them paired, else (no unit below reported one side alone) from the sides' own series.
 */
export function rateSides(
  rate: Indicator,
  num: Indicator,
  den: Indicator,
  unit: UnitSeries,
  catalogue: ReadonlyMap<string, Indicator>,
  indices: readonly number[],
) {
  const paired = unit.rates?.[rate.code];
  if (!paired || num.kind === 'rate' || den.kind === 'rate' || unit.withheld.includes(num.code) || unit.withheld.includes(den.code)) {
    return { n: computeFigure(num, unit, catalogue, indices), d: computeFigure(den, unit, catalogue, indices) };
  }
  const side = (kind: Exclude<Indicator['kind'], 'rate'>, values: readonly Cell[]): FigureResult => ({
    status: 'ok',
    figure: aggregateOverTime(kind, { ...paired, values }, indices),
  });
  return { n: side(num.kind, paired.numerator), d: side(den.kind, paired.denominator) };
}

/**
 * The target that applies to a selection: an annual target for a year, the phase target for
 * the phase; for rates, the ratio of the numerator's and denominator's targets when both exist.
 */
export function targetFor(indicator: Indicator, targets: TargetTable, key: string | null): number | null {
  if (key === null) return null;
  return targets[indicator.code]?.[key] ?? null;
}

export type TargetTable = Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
/** Sensitive indicator → target keys withheld because they could reveal a hidden count. */
export type HiddenTargets = Readonly<Record<string, readonly string[] | undefined>>;

/** The target as published: a number, "suppressed" when withheld to protect people, null when none applies. */
export function targetCell(indicator: Indicator, targets: TargetTable, key: string | null, hidden: HiddenTargets = {}): number | 'suppressed' | null {
  if (key !== null && hidden[indicator.code]?.includes(key)) return 'suppressed';
  return targetFor(indicator, targets, key);
}
