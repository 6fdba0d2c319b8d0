/** Small builders for the chart series tests. */
import type { Cell, Series } from '@/domain/aggregate';
import type { UnitFigures } from '@/domain/chart-achievement';
import type { Indicator, IndicatorKind } from '@/domain/indicators';
import { indicator as build } from './indicator';

export const AXIS_2023 = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'];

export const indicator = (code: string, kind: IndicatorKind, extra: Partial<Indicator> = {}): Indicator =>
  build(code, kind, { unitOfMeasure: { vi: 'lượt', en: 'times' }, ...extra });

export const series = (values: Cell[], expected = 1): Series => ({ values, reported: values.map((v) => (v === null ? 0 : expected)), expected });

export function unitFigures(series: Record<string, Series>, targets: UnitFigures['targets'] = {}, withheld: string[] = []): UnitFigures {
  return { series, targets, withheld };
}

export { catalogueOf } from './indicator';
