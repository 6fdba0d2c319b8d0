/**
 * The words and number formats the slide builders write with. The builders decide what a slide
 * says; the i18n module supplies how it reads (features/present/slides/slide-words.ts), so the
 * builders stay pure and are tested here with plain stand-in words.
 */
import type { Cell } from '../aggregate';
import type { Indicator } from '../indicators';
import type { LegendItem, MapFill, MapModel } from '../map-legend';
import type { PeriodSelection } from '../periods';
import type { Assessment } from '../progress-assess';
import type { Comparison } from '../target-comparison';
import type { Language } from '../view-state';

/** Every message a slide builder writes; the i18n catalogue must hold each (the adapter's type check proves it). */
export type SlideMessageKey =
  | 'charts.empty.noDimension'
  | 'map.legendCount'
  | 'map.lowerIsBetter'
  | 'map.noBoundaries'
  | 'map.noChildren'
  | 'notes.request.deadline'
  | 'notes.request.done'
  | 'notes.request.ongoing'
  | 'notes.request.open'
  | 'notes.request.status'
  | 'notes.request.text'
  | 'notes.request.to'
  | 'present.bars.behind'
  | 'present.bars.incomplete'
  | 'present.bars.met'
  | 'present.bars.plain'
  | 'present.bars.target'
  | 'present.breakdown.coverage'
  | 'present.breakdown.remainder'
  | 'present.breakdown.total'
  | 'present.conclusions.doc'
  | 'present.conclusions.docNoNumber'
  | 'present.conclusions.more'
  | 'present.conclusions.none'
  | 'present.kpi.behind'
  | 'present.kpi.caption'
  | 'present.kpi.indicator'
  | 'present.kpi.met'
  | 'present.kpi.noTargetPeriod'
  | 'present.kpi.ratio'
  | 'present.kpi.target'
  | 'present.kpi.value'
  | 'present.lagging.caption'
  | 'present.lagging.more'
  | 'present.lagging.none'
  | 'present.lagging.pulling'
  | 'present.lagging.rank'
  | 'present.lagging.score'
  | 'present.lagging.unit'
  | 'present.map.alt'
  | 'present.map.schematic'
  | 'present.trend.hidden'
  | 'present.trend.partial'
  | 'present.trend.target'
  | 'present.trend.value'
  | 'state.empty'
  | 'suppression.byYearOnly'
  | 'value.notApplicable'
  | 'value.withheld';

export type IndicatorText = Pick<Indicator, 'kind' | 'decimals' | 'unitOfMeasure'>;

export interface SlideWords {
  lang: Language;
  t: (key: SlideMessageKey, params?: Record<string, string | number>) => string;
  number: (value: number, decimals?: number) => string;
  /** A ratio as a percentage: 1.233 → "123,3%". */
  percent: (ratio: number) => string;
  date: (iso: string) => string;
  period: (period: PeriodSelection) => string;
  /** A published value: "1.234" (with its unit: "1.234 lượt người"), "45,2%", "x" or "chưa báo cáo". */
  value: (cell: Cell, indicator: IndicatorText, withUnit?: boolean) => string;
  /** Why a chart has nothing to draw, from its series' availability. */
  emptyChart: (availability: string | undefined) => string;
  /** A progress status: its band, or why there is none. */
  status: (assessment: Assessment) => string;
  /** A progress score with its sign: "+2,9", "−4,2". */
  score: (score: number) => string;
  /** The label of a map fill: a class range, a progress band or why there is no number. */
  mapFill: (fill: MapFill, item: Pick<LegendItem, 'range'> | undefined, measure: MapModel['measure'], indicator: Indicator) => string;
  /** The target as a cell reads: the number, "hidden", "no target", or why the period is not compared. */
  target: (comparison: Comparison | null, indicator: Indicator) => string;
  /** For a yearly level compared through one year's count, that count and year; null otherwise. */
  countedYear: (comparison: Comparison | null, indicator: Indicator) => string | null;
}
