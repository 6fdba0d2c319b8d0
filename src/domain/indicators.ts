/** Indicator catalogue types and the aggregation kind of each indicator. */

export type LocalText = { vi: string; en: string };

/** How values combine over units and over time. */
export type IndicatorKind = 'flow' | 'stock' | 'rate' | 'person_times';

/** ND1–ND4 content areas, outcomes and finance. */
export type ContentArea = 'ND1' | 'ND2' | 'ND3' | 'ND4' | 'OUT' | 'FIN';
export const CONTENT_AREAS: readonly ContentArea[] = ['ND1', 'ND2', 'ND3', 'ND4', 'OUT', 'FIN'];

export type Direction = 'higher' | 'lower';

/** Level at which leaf reports are entered (3 = commune, 4 = village / residential group). */
export type ReportLevel = 3 | 4;

export interface Indicator {
  code: string;
  name: LocalText;
  area: ContentArea;
  unitOfMeasure: LocalText;
  kind: IndicatorKind;
  direction: Direction;
  reportLevel: ReportLevel;
  sensitive: boolean;
  /** Dimension codes (see dimensions) for which breakdowns exist. */
  disaggregations: string[];
  /** Rates only: codes of the indicators that are the numerator and the denominator. */
  numerator?: string;
  denominator?: string;
  /** Rates only: factor applied to numerator / denominator (100 for a percentage). */
  scale?: number;
  decimals: number;
}

export interface Dimension {
  code: string;
  name: LocalText;
  categories: { code: string; name: LocalText }[];
}

/** Flows and person-times add up over periods; stocks take the period-end value. */
export function isAdditiveOverTime(kind: IndicatorKind): boolean {
  return kind === 'flow' || kind === 'person_times';
}

/** Everything but rates adds up over units. */
export function isAdditiveOverUnits(kind: IndicatorKind): boolean {
  return kind !== 'rate';
}
