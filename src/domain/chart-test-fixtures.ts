/** Small builders for the chart series tests. */
import type { Cell, Series } from './aggregate';
import type { UnitFigures } from './chart-achievement';
import type { Indicator, IndicatorKind } from './indicators';

export const AXIS_2023 = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'];

export function indicator(code: string, kind: IndicatorKind, extra: Partial<Indicator> = {}): Indicator {
  return {
    code,
    name: { vi: code, en: code },
    area: 'ND1',
    unitOfMeasure: { vi: 'lượt', en: 'times' },
    kind,
    direction: 'higher',
    reportKind: 'village',
    sensitive: false,
    disaggregations: [],
    decimals: 0,
    ...extra,
  };
}

export const series = (values: Cell[], expected = 1): Series => ({ values, reported: values.map((v) => (v === null ? 0 : expected)), expected });

export function unitFigures(series: Record<string, Series>, targets: UnitFigures['targets'] = {}, withheld: string[] = []): UnitFigures {
  return { series, targets, withheld };
}

export const catalogueOf = (...indicators: Indicator[]): ReadonlyMap<string, Indicator> => new Map(indicators.map((i) => [i.code, i]));
