/** Indicator catalogue types and the aggregation kind of each indicator. */
import type { ReportKind } from './levels';

export type LocalText = { vi: string; en: string };

/** How values combine over units and over time. */
export type IndicatorKind = 'flow' | 'stock' | 'rate' | 'person_times';

/** A content area of the programme (ND1–ND4, outcomes, budget in Project 8), declared in data/areas.json, in display order. */
export interface ContentArea {
  code: string;
  name: LocalText;
}

/**
 * How an indicator's target is read (docs/progress-method.md):
 * - "cumulative": a total over the target's period (events held, people trained in the year or phase);
 * - "level": a level reached at the end of the period (teams maintained, a rate); for a flow, the
 *   count within one year, e.g. a yearly ceiling for a lower-is-better count;
 * - "annual_rate": only a yearly rate of change (`yearlyRate`), no level.
 */
export type TargetReading = 'cumulative' | 'level' | 'annual_rate';

export interface TargetRule {
  reading: TargetReading;
  /** Yearly rate of change asked for (−0.02 = fall 2 % a year), used where no numeric target exists. */
  yearlyRate?: number | undefined;
}

/** The indicator's role in the budget panels: allocated, disbursed, or the disbursement rate. */
export type BudgetRole = 'allocated' | 'disbursed' | 'rate';

export type Direction = 'higher' | 'lower';

export interface Indicator {
  code: string;
  name: LocalText;
  /** Code of its content area (data/areas.json). */
  area: string;
  unitOfMeasure: LocalText;
  kind: IndicatorKind;
  direction: Direction;
  /** The kind of unit that enters the reports (figures above it are their sums). */
  reportKind: ReportKind;
  sensitive: boolean;
  /** Dimension codes (see dimensions) for which breakdowns exist. */
  disaggregations: string[];
  /** Rates only: codes of the indicators that are the numerator and the denominator. */
  numerator?: string;
  denominator?: string;
  /** Rates only: factor applied to numerator / denominator (100 for a percentage). */
  scale?: number;
  decimals: number;
  /** How its target is read; the compile always fills it (absent: the reading of its kind, see targetRule). */
  target?: TargetRule | undefined;
  /** Stocks only: a missing report takes the unit's last report for at most this many quarters (carry-forward.ts). */
  carryForward?: number | undefined;
  /** Shown by default in the units table. */
  keyIndicator?: boolean | undefined;
  budget?: BudgetRole | undefined;
  /** Dimension whose breakdown the report writes out in words ("trong đó: bí thư chi bộ 01, …"). */
  textBreakdown?: string | undefined;
  /** The report's phrase for a value, "{value}" standing for it ("tổ chức được {value} hội nghị"). */
  wording?: LocalText | undefined;
}

/** The reading an indicator gets when its catalogue entry does not say: flows add up, stocks and rates are levels. */
export const defaultTargetRule = (kind: IndicatorKind): TargetRule => ({ reading: isAdditiveOverTime(kind) ? 'cumulative' : 'level' });

/** How an indicator's target is read: as declared, else the reading of its kind. */
export const targetRule = (indicator: Pick<Indicator, 'kind' | 'target'>): TargetRule => indicator.target ?? defaultTargetRule(indicator.kind);

/**
 * Whether progress is measured by compound annual growth (rates; yearly counts whose target is a
 * level, such as a yearly ceiling; yearly-rate targets) rather than by pace toward a total or level.
 */
export function usesGrowth(indicator: Pick<Indicator, 'kind' | 'target'>): boolean {
  const { reading } = targetRule(indicator);
  return indicator.kind === 'rate' || reading === 'annual_rate' || (reading === 'level' && isAdditiveOverTime(indicator.kind));
}

/** The budget indicators of a catalogue, by role; null without an allocated and disbursed pair. */
export function budgetPair(indicators: readonly Indicator[]): { allocated: Indicator; disbursed: Indicator; rate: Indicator | null } | null {
  const find = (role: BudgetRole) => indicators.find((i) => i.budget === role) ?? null;
  const allocated = find('allocated');
  const disbursed = find('disbursed');
  return allocated && disbursed ? { allocated, disbursed, rate: find('rate') } : null;
}

/** Money amounts (the budget pair) keep decimals; the rate is a percentage. */
export const isMoney = (indicator: Pick<Indicator, 'budget'>): boolean => indicator.budget === 'allocated' || indicator.budget === 'disbursed';

/** Items grouped by the catalogue's content areas, in their order; empty areas are left out. */
export function groupByArea<T extends { indicator: Indicator }>(items: readonly T[], areas: readonly ContentArea[]): { area: ContentArea; cards: T[] }[] {
  return areas.map((area) => ({ area, cards: items.filter((c) => c.indicator.area === area.code) })).filter((g) => g.cards.length > 0);
}

/** The indicators shown by default in the units table, in catalogue order. */
export const keyIndicators = (indicators: readonly Indicator[]): string[] => indicators.filter((i) => i.keyIndicator).map((i) => i.code);

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
