/** What the key-figures slide shows and exports: a row per indicator of the page, values as published ("x", hidden targets stay hidden). */
import type { KpiCard } from '../kpi';
import type { PeriodSelection } from '../periods';
import { targetKeysFor } from '../target-comparison';
import { tableSlide, type SlideColumn, type SlideModel, type TableSlideParts } from './slide-body';
import type { SlideWords } from './slide-words';

export interface KpiSlideRow {
  key: string;
  /** Indicator, value, target (with the year counted), achievement. */
  cells: [string, string, string, string];
  /** Whether the target is met; null when there is no achievement to show. */
  met: boolean | null;
}

export type KpiSlideModel = SlideModel<TableSlideParts<KpiSlideRow>>;

/** The value cell: the published figure with its unit, or why there is none. */
function valueCell(card: KpiCard, w: SlideWords): string {
  if (card.status === 'withheld') return w.t(card.withheldReason === 'period' ? 'suppression.byYearOnly' : 'value.withheld');
  if (card.status === 'not_applicable' || !card.figure) return w.t('value.notApplicable');
  return w.value(card.figure.value, card.indicator, true);
}

/** One row: the indicator's name, value, target (and the year it is counted over) and the achievement with its verdict. */
function kpiRow(card: KpiCard, w: SlideWords): KpiSlideRow {
  const { indicator, achievement, comparison } = card;
  const basis = w.countedYear(comparison, indicator);
  const target = card.status !== 'ok' ? '' : w.target(comparison, indicator) + (basis ? ` — ${basis}` : '');
  const met = achievement?.ratio != null ? achievement.met : null;
  const ratio = achievement?.ratio != null ? `${w.percent(achievement.ratio)} ${w.t(met ? 'present.kpi.met' : 'present.kpi.behind')}` : '';
  return { key: indicator.code, cells: [indicator.name[w.lang], valueCell(card, w), target, ratio], met };
}

/** The key figures of the page's cards; a footnote when the period cannot be compared with a target. */
export function kpiSlideModel(cards: readonly KpiCard[], period: PeriodSelection, w: SlideWords): KpiSlideModel {
  const { t } = w;
  if (cards.length === 0) return { unavailable: t('state.empty') };
  const columns: SlideColumn[] = [
    { label: t('present.kpi.indicator'), width: '46%' },
    { label: t('present.kpi.value'), numeric: true, width: '20%' },
    { label: t('present.kpi.target'), numeric: true, width: '14%' },
    { label: t('present.kpi.ratio'), numeric: true, width: '20%' },
  ];
  const rows = cards.map((card) => kpiRow(card, w));
  const note = targetKeysFor(period) === null ? t('present.kpi.noTargetPeriod') : undefined;
  const caption = t('present.kpi.caption', { period: w.period(period) });
  return tableSlide({ columns, rows, caption, note }, (r) => [...r.cells]);
}
