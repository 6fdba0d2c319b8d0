/**
 * What the chart and map slides show and export, from the domain series of the Charts and Map
 * views: bars or points with their value texts, the legend, the footnotes, the PPTX body, or the
 * message in place of a chart. Pure: the slide bodies (slide-content-charts.tsx) only draw them.
 */
import type { Boundaries, IndicatorDef } from '@/api/contract';
import type { AchievementRow, AchievementSeries } from '@/domain/chart-achievement';
import type { BreakdownSeries } from '@/domain/chart-breakdown';
import { drawable } from '@/domain/chart-series';
import type { TrendSeries } from '@/domain/chart-trend';
import type { MapFill, MapModel } from '@/domain/map-legend';
import { shortName } from '@/domain/unit-names';
import { formatDate, formatNumber, formatPercent } from '@/i18n/format';
import type { I18n } from '@/i18n/i18n-context';
import { emptyMessageKey } from '@/ui/chart-empty';
import { fillLabel, type MapText } from '@/ui/map-text';
import type { BarRow, BarTone, LegendEntry } from '../slide-bars';
import type { SlideExportBody } from '../slide-export';
import type { LinePoint } from '../slide-line';
import type { MapLegendEntry, MapShape, SlidePaint } from '../slide-map';
import { valueText } from './slide-values';

/** Series colours in the PPTX (the light theme's). */
export const COLOURS = { value: '#0072B2', target: '#1B1F24' };

/** A chart slide: what it draws and exports, or the message that stands in its place. */
export type ChartSlideModel<T> = { unavailable: string } | ({ unavailable: null; exported: SlideExportBody } & T);

const TONE: Record<AchievementRow['status'], BarTone> = { met: 'met', behind: 'behind', no_target: 'plain', suppressed: 'missing', not_reported: 'missing' };
const INCOMPLETE = ' *';

/** Achievement by child unit: a bar each, the ratio beside the value, "*" on units with missing reports. */
export function achievementSlideModel(
  series: AchievementSeries,
  indicator: IndicatorDef,
  { t, lang }: I18n,
): ChartSlideModel<{ rows: BarRow[]; legend: LegendEntry[]; note: string | undefined }> {
  if (series.availability !== 'ok') return { unavailable: t(emptyMessageKey(series.availability)) };
  const rows: BarRow[] = series.rows.map((r) => {
    const value = valueText(r.value, indicator, lang, t);
    return {
      key: r.code,
      label: r.name,
      value: r.bar,
      valueText: `${r.ratio === null ? value : `${value} (${formatPercent(r.ratio, lang)})`}${r.bar !== null && !r.complete ? INCOMPLETE : ''}`,
      target: r.target,
      tone: TONE[r.status],
    };
  });
  const hasTargets = rows.some((r) => r.target !== null);
  const legend: LegendEntry[] = [
    ...(series.counts.met ? [{ key: 'met', swatch: 'met' as const, label: t('present.bars.met') }] : []),
    ...(series.counts.behind ? [{ key: 'behind', swatch: 'behind' as const, label: t('present.bars.behind') }] : []),
    ...(series.counts.no_target ? [{ key: 'plain', swatch: 'plain' as const, label: t('present.bars.plain') }] : []),
    ...(hasTargets ? [{ key: 'target', swatch: 'target' as const, label: t('present.bars.target') }] : []),
  ];
  const incomplete = (r: BarRow) => r.valueText.endsWith(INCOMPLETE);
  const note = rows.some(incomplete) ? t('present.bars.incomplete') : undefined;
  return {
    unavailable: null,
    rows,
    legend,
    note,
    exported: {
      kind: 'bars',
      decimals: indicator.decimals,
      // The footnote's "*" marks the same categories as on the slide.
      categories: rows.map((r) => (r.value === null ? `${r.label} (${r.valueText})` : incomplete(r) ? `${r.label} *` : r.label)),
      series: [
        { name: t('present.trend.value'), values: rows.map((r) => r.value), colour: COLOURS.value },
        ...(hasTargets ? [{ name: t('present.bars.target'), values: rows.map((r) => r.target), colour: COLOURS.target }] : []),
      ],
      note,
    },
  };
}

/** The trend by year, only the years of the deck's period: a slide never shows figures outside what the deck is about. */
export function trendSlideModel(
  series: TrendSeries | null,
  indicator: IndicatorDef,
  dataDate: string,
  { t, lang }: I18n,
): ChartSlideModel<{ points: LinePoint[]; legend: LegendEntry[]; notes: string[] }> {
  if (series?.availability !== 'ok') return { unavailable: t(emptyMessageKey(series?.availability)) };
  const points: LinePoint[] = series.points
    .filter((p) => p.selected)
    .map((p) => ({
      key: p.key,
      label: `${p.key}${p.partial ? '*' : ''}`,
      value: p.plot.unit,
      valueText: valueText(p.value, indicator, lang, t),
      target: series.targetLine === 'shown' ? p.target : null,
    }));
  const hasTargets = points.some((p) => p.target !== null);
  const legend: LegendEntry[] = [
    { key: 'value', swatch: 'line', label: t('present.trend.value') },
    ...(hasTargets ? [{ key: 'target', swatch: 'dashed' as const, label: t('present.trend.target') }] : []),
  ];
  const hidden = points.filter((p) => p.value === null);
  const notes = [
    points.some((p) => p.label.endsWith('*')) ? t('present.trend.partial', { date: formatDate(dataDate, lang) }) : null,
    hidden.length ? t('present.trend.hidden', { items: hidden.map((p) => `${p.key}: ${p.valueText}`).join('; ') }) : null,
  ].filter((n): n is string => n !== null);
  return {
    unavailable: null,
    points,
    legend,
    notes,
    exported: {
      kind: 'line',
      decimals: indicator.decimals,
      categories: points.map((p) => p.label),
      series: [
        { name: t('present.trend.value'), values: points.map((p) => p.value), colour: COLOURS.value },
        ...(hasTargets ? [{ name: t('present.trend.target'), values: points.map((p) => p.target), colour: COLOURS.target }] : []),
      ],
      note: notes.join(' ') || undefined,
    },
  };
}

/** One unit's breakdown: a bar per category, the part without a category last, the total above, the coverage below. */
export function breakdownSlideModel(
  series: BreakdownSeries,
  dimension: string | null | undefined,
  indicator: IndicatorDef,
  { t, lang }: I18n,
): ChartSlideModel<{ rows: BarRow[]; total: string; coverage: string | null }> {
  const own = series.rows[0];
  if (series.availability !== 'ok') return { unavailable: t(emptyMessageKey(series.availability)) };
  if (own === undefined || series.dimension !== dimension) return { unavailable: t('charts.empty.noDimension') };
  const rows: BarRow[] = [
    ...series.categories.map((c) => ({
      key: c.code,
      label: c.name[lang],
      value: drawable(own.values[c.code] ?? null),
      valueText: valueText(own.values[c.code] ?? null, indicator, lang, t),
      target: null,
      tone: 'value' as const,
    })),
    ...(own.remainder
      ? [
          {
            key: 'rest',
            label: t('present.breakdown.remainder'),
            value: own.remainder,
            valueText: formatNumber(own.remainder, lang, indicator.decimals),
            target: null,
            tone: 'plain' as const,
          },
        ]
      : []),
  ];
  const total = t('present.breakdown.total', { total: valueText(own.total, indicator, lang, t, true) });
  const coverage = own.remainder
    ? t('present.breakdown.coverage', { covered: formatNumber(own.known, lang, indicator.decimals), total: valueText(own.total, indicator, lang, t) })
    : null;
  return {
    unavailable: null,
    rows,
    total,
    coverage,
    exported: {
      kind: 'bars',
      decimals: indicator.decimals,
      categories: rows.map((r) => (r.value === null ? `${r.label} (${r.valueText})` : r.label)),
      series: [{ name: total, values: rows.map((r) => r.value), colour: COLOURS.value }],
      note: [total, coverage].filter(Boolean).join(' '),
    },
  };
}

const paintOf = (fill: MapFill | undefined): SlidePaint =>
  !fill
    ? { kind: 'pattern', special: 'notApplicable' }
    : fill.kind === 'special'
      ? { kind: 'pattern', special: fill.special }
      : { kind: 'colour', colour: fill.colour };

/** The choropleth of the children: shapes with their paint and short name, the legend with counts, the notes, the picture's text. */
export function mapSlideModel(
  model: MapModel,
  boundaries: Boundaries,
  hasChildren: boolean,
  title: string,
  text: MapText,
): ChartSlideModel<{ shapes: MapShape[]; legend: MapLegendEntry[]; note: string | undefined }> {
  const { t, indicator } = text;
  if (model.entries.length === 0) return { unavailable: t(hasChildren ? 'map.noBoundaries' : 'map.noChildren') };
  const paints = new Map(model.entries.map((e) => [e.code, e.fill]));
  const notes = [indicator.direction === 'lower' ? t('map.lowerIsBetter') : null, boundaries.schematic ? t('present.map.schematic') : null].filter(
    (n): n is string => n !== null,
  );
  const note = notes.join(' ') || undefined;
  const legend = model.legend.map((item) => ({
    key: item.key,
    paint: paintOf(item.fill),
    label: fillLabel(item.fill, item, model.measure, text),
    count: t('map.legendCount', { count: item.count }),
  }));
  const legendText = legend.map((item) => `${item.label} ${item.count}`);
  return {
    unavailable: null,
    shapes: boundaries.features.map((f) => ({
      code: f.properties.code,
      geometry: f.geometry,
      paint: paintOf(paints.get(f.properties.code)),
      label: f.properties.label ? { text: shortName(f.properties.name), at: f.properties.label.at } : null,
    })),
    legend,
    note,
    exported: { kind: 'image', note, legend: legendText, alt: t('present.map.alt', { title, legend: legendText.join('; ') }) },
  };
}
