/** The words and numbers of the map (tooltips, legend, table twin), all through the catalogue and format.ts. */
import type { Indicator } from '@/domain/indicators';
import type { LegendItem, MapEntry, MapFill, MapModel } from '@/domain/map-legend';
import type { Language } from '@/domain/view-state';
import type { MessageKey, Params } from '@/i18n/catalogue';
import { formatCell, formatNumber, formatPercent } from '@/i18n/format';

export interface MapText {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  indicator: Indicator;
}

/** "45", "45,2%", "x" or "chưa báo cáo", with the unit of measure after a number. */
export function formatValue(entry: Pick<MapEntry, 'value'>, { lang, t, indicator }: MapText): string {
  const text = formatCell(entry.value, lang, indicator.decimals, t('value.notReported'));
  return typeof entry.value === 'number' && indicator.kind !== 'rate' ? `${text} ${indicator.unitOfMeasure[lang]}` : text;
}

export const formatRatio = (ratio: number, lang: Language): string => formatPercent(ratio, lang, ratio < 10 ? 1 : 0);

/** The label of a fill: a class range, a progress band or the reason there is no number. */
export function fillLabel(fill: MapFill, item: Pick<LegendItem, 'range'> | undefined, measure: MapModel['measure'], text: MapText): string {
  const { t, lang, indicator } = text;
  if (fill.kind === 'special') return t(`map.special.${fill.special}`);
  if (fill.kind === 'status') return t(`progress.band.${fill.status}`);
  const range = item?.range;
  if (!range) return '';
  const f = (v: number) => (measure === 'ratio' ? formatRatio(v, lang) : formatNumber(v, lang, indicator.decimals));
  if (range.from === range.to) return f(range.from);
  return t(range.first ? 'map.range' : 'map.rangeAbove', { from: f(range.from), to: f(range.to) });
}

/** The figure line of a unit for the reading shown on the map. */
export function entryFigure(entry: MapEntry, model: MapModel, text: MapText): string {
  const { t, lang } = text;
  if (entry.fill.kind === 'special' && (entry.fill.special === 'withheld' || entry.fill.special === 'notApplicable'))
    return t(`map.special.${entry.fill.special}`);
  const value = formatValue(entry, text);
  if (entry.fill.kind === 'status') return `${t(`progress.band.${entry.fill.status}`)} · ${value}`;
  if (model.measure === 'ratio')
    return entry.ratio === null
      ? `${value} · ${t('map.special.noTarget')}`
      : `${value} · ${t('map.tooltipAchievement', { value: formatRatio(entry.ratio, lang) })}`;
  if (entry.fill.kind === 'special' && entry.fill.special === 'insufficient') return `${value} · ${t('map.special.insufficient')}`;
  return value;
}
