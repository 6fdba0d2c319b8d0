/**
 * What the chart slides show and export, from the domain series of the Charts view: bars or
 * points with their value texts, the legend, the footnotes, the PPTX body, or the message in
 * place of a chart.
 */
import type { AchievementRow, AchievementSeries } from '../chart-achievement';
import type { BreakdownSeries } from '../chart-breakdown';
import { drawable } from '../chart-series';
import type { TrendSeries } from '../chart-trend';
import type { Indicator } from '../indicators';
import type { BarRow, BarTone, LegendEntry, LinePoint, SlideModel } from './slide-body';
import type { SlideWords } from './slide-words';

/** Series colours in the PPTX (the light theme's). */
export const COLOURS = { value: '#0072B2', target: '#1B1F24' };

const TONE: Record<AchievementRow['status'], BarTone> = { met: 'met', behind: 'behind', no_target: 'plain', suppressed: 'missing', not_reported: 'missing' };
const INCOMPLETE = ' *';

/** Achievement by child unit: a bar each, the ratio beside the value, "*" on units with missing reports. */
export function achievementSlideModel(
  series: AchievementSeries,
  indicator: Indicator,
  w: SlideWords,
): SlideModel<{ rows: BarRow[]; legend: LegendEntry[]; note: string | undefined }> {
  const { t } = w;
  if (series.availability !== 'ok') return { unavailable: w.emptyChart(series.availability) };
  const rows: BarRow[] = series.rows.map((r) => {
    const value = w.value(r.value, indicator);
    return {
      key: r.code,
      label: r.name,
      value: r.bar,
      valueText: `${r.ratio === null ? value : `${value} (${w.percent(r.ratio)})`}${r.bar !== null && !r.complete ? INCOMPLETE : ''}`,
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
  indicator: Indicator,
  dataDate: string,
  w: SlideWords,
): SlideModel<{ points: LinePoint[]; legend: LegendEntry[]; notes: string[] }> {
  const { t } = w;
  if (series?.availability !== 'ok') return { unavailable: w.emptyChart(series?.availability) };
  const points: LinePoint[] = series.points
    .filter((p) => p.selected)
    .map((p) => ({
      key: p.key,
      label: `${p.key}${p.partial ? '*' : ''}`,
      value: p.plot.unit,
      valueText: w.value(p.value, indicator),
      target: series.targetLine === 'shown' ? p.target : null,
    }));
  const hasTargets = points.some((p) => p.target !== null);
  const legend: LegendEntry[] = [
    { key: 'value', swatch: 'line', label: t('present.trend.value') },
    ...(hasTargets ? [{ key: 'target', swatch: 'dashed' as const, label: t('present.trend.target') }] : []),
  ];
  const hidden = points.filter((p) => p.value === null);
  const notes = [
    points.some((p) => p.label.endsWith('*')) ? t('present.trend.partial', { date: w.date(dataDate) }) : null,
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
  indicator: Indicator,
  w: SlideWords,
): SlideModel<{ rows: BarRow[]; total: string; coverage: string | null }> {
  const { t, lang } = w;
  const own = series.rows[0];
  if (series.availability !== 'ok') return { unavailable: w.emptyChart(series.availability) };
  if (own === undefined || series.dimension !== dimension) return { unavailable: t('charts.empty.noDimension') };
  const rows: BarRow[] = [
    ...series.categories.map((c) => ({
      key: c.code,
      label: c.name[lang],
      value: drawable(own.values[c.code] ?? null),
      valueText: w.value(own.values[c.code] ?? null, indicator),
      target: null,
      tone: 'value' as const,
    })),
    ...(own.remainder
      ? [
          {
            key: 'rest',
            label: t('present.breakdown.remainder'),
            value: own.remainder,
            valueText: w.number(own.remainder, indicator.decimals),
            target: null,
            tone: 'plain' as const,
          },
        ]
      : []),
  ];
  const total = t('present.breakdown.total', { total: w.value(own.total, indicator, true) });
  const coverage = own.remainder
    ? t('present.breakdown.coverage', { covered: w.number(own.known, indicator.decimals), total: w.value(own.total, indicator) })
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
