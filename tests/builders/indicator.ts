/** One builder for catalogue indicators in tests: a plain higher-is-better flow unless told otherwise. */
import type { Indicator, IndicatorKind } from '@/domain/indicators';

export function indicator(code: string, kind: IndicatorKind = 'flow', extra: Partial<Indicator> = {}): Indicator {
  return {
    code,
    name: { vi: code, en: code },
    area: 'ND1',
    unitOfMeasure: { vi: '', en: '' },
    kind,
    direction: 'higher',
    reportKind: 'village',
    sensitive: false,
    disaggregations: [],
    decimals: 0,
    ...extra,
  };
}

/** The catalogue as the domain reads it: indicators by code. */
export const catalogueOf = (...indicators: Indicator[]): ReadonlyMap<string, Indicator> => new Map(indicators.map((i) => [i.code, i]));
