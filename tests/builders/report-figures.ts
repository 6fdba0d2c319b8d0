/** Small builders for the report tests: indicators, series and a unit's figures. */
import type { Cell, Series } from '@/domain/aggregate';
import type { Indicator, IndicatorKind } from '@/domain/indicators';
import type { UnitFigures } from '@/domain/report/rows';
import { indicator as build } from './indicator';

export const AXIS = ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4'];

export const indicator = (code: string, kind: IndicatorKind = 'flow', extra: Partial<Indicator> = {}): Indicator =>
  build(code, kind, { name: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` }, unitOfMeasure: { vi: 'buổi', en: 'sessions' }, ...extra });

/** A series with every leaf reporting, unless `reported` says otherwise. */
export const series = (values: Cell[], expected = 1, reported?: number[]): Series => ({
  values,
  reported: reported ?? values.map((v) => (v === null ? 0 : expected)),
  expected,
});

export function figures(s: Record<string, Series>, targets: UnitFigures['targets'] = {}, extra: Partial<UnitFigures> = {}): UnitFigures {
  return { series: s, targets, withheld: [], ...extra };
}

/** The budget indicators: allocated, disbursed and the disbursement rate built from them. */
export const BUDGET = [
  indicator('F1', 'flow', { area: 'FIN', budget: 'allocated', unitOfMeasure: { vi: 'triệu đồng', en: 'million VND' } }),
  indicator('F2', 'flow', { area: 'FIN', budget: 'disbursed', unitOfMeasure: { vi: 'triệu đồng', en: 'million VND' } }),
  indicator('F3', 'rate', { area: 'FIN', budget: 'rate', numerator: 'F2', denominator: 'F1', scale: 100, decimals: 1, unitOfMeasure: { vi: '%', en: '%' } }),
];
