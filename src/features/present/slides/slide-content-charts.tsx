/**
 * Chart and map slides, from the same domain series as the Charts and Map views (achievement by
 * child unit, the trend by year with annual targets, a disaggregation, the choropleth), drawn
 * in large type by the present feature and exported as native PPTX charts (the map as a picture).
 */
import type { ReactNode } from 'react';
import type { Boundaries, IndicatorDef, UnitDocument } from '@/api/contract';
import { useBoundaries } from '@/api/get-boundaries';
import { buildAchievementSeries, type AchievementRow } from '@/domain/chart-achievement';
import { buildBreakdown } from '@/domain/chart-breakdown';
import { drawable } from '@/domain/chart-series';
import { buildTrend } from '@/domain/chart-trend';
import { buildMapModel } from '@/domain/map-legend';
import { emptyMessageKey } from '@/ui/chart-empty';
import { shortName } from '@/domain/unit-names';
import { fillLabel, type MapText } from '@/ui/map-text';
import { SlideBars, type BarRow, type BarTone, type LegendEntry } from '../slide-bars';
import { SlideFootnote } from '../slide-blocks';
import { useSlideExport } from '../slide-export';
import { SlideLine } from '../slide-line';
import { SlideMap, type SlidePaint } from '../slide-map';
import type { SlideContentProps } from '../slide-types';
import { compareVietnamese, formatDate, formatNumber, formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { SlideUnavailable, valueText, WithIndicator, WithUnit } from './slide-content-common';

/** Series colours in the PPTX (the light theme's). */
const COLOURS = { value: '#0072B2', target: '#1B1F24', behind: '#B34700' };

interface ChartProps {
  props: SlideContentProps;
  unit: UnitDocument;
  indicator: IndicatorDef;
}

const chartSlide = (Body: (p: ChartProps) => ReactNode) =>
  function ChartSlide(props: SlideContentProps) {
    return (
      <WithUnit props={props}>
        {(unit) => <WithIndicator props={props}>{(indicator) => <Body props={props} unit={unit} indicator={indicator} />}</WithIndicator>}
      </WithUnit>
    );
  };

const TONE: Record<AchievementRow['status'], BarTone> = { met: 'met', behind: 'behind', no_target: 'plain', suppressed: 'missing', not_reported: 'missing' };

function Achievement({ props, unit, indicator }: ChartProps) {
  const { t, lang } = useI18n();
  const series = buildAchievementSeries({
    indicator,
    catalogue: new Map(props.catalogue.indicators.map((i) => [i.code, i])),
    children: unit.children,
    figures: unit.figures,
    axis: props.meta.quarters,
    period: props.period,
    sort: 'value',
    compareText: compareVietnamese,
  });
  const rows: BarRow[] = series.rows.map((r) => {
    const value = valueText(r.value, indicator, lang, t);
    return {
      key: r.code,
      label: r.name,
      value: r.bar,
      valueText: `${r.ratio === null ? value : `${value} (${formatPercent(r.ratio, lang)})`}${r.bar !== null && !r.complete ? ' *' : ''}`,
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
  const note = rows.some((r) => r.valueText.endsWith(' *')) ? t('present.bars.incomplete') : undefined;
  const ok = series.availability === 'ok';
  useSlideExport(
    ok
      ? {
          kind: 'bars',
          decimals: indicator.decimals,
          // The footnote's "*" marks the same categories as on the slide.
          categories: rows.map((r) => (r.value === null ? `${r.label} (${r.valueText})` : r.valueText.endsWith(' *') ? `${r.label} *` : r.label)),
          series: [
            { name: t('present.trend.value'), values: rows.map((r) => r.value), colour: COLOURS.value },
            ...(hasTargets ? [{ name: t('present.bars.target'), values: rows.map((r) => r.target), colour: COLOURS.target }] : []),
          ],
          note,
        }
      : null,
  );
  if (!ok) return <SlideUnavailable text={t(emptyMessageKey(series.availability))} />;
  return (
    <>
      <SlideBars rows={rows} caption={props.slide.title} legend={legend} reserve={note ? 48 : 0} />
      {note && <SlideFootnote>{note}</SlideFootnote>}
    </>
  );
}

function Trend({ props, unit, indicator }: ChartProps) {
  const { t, lang } = useI18n();
  const figures = unit.figures[unit.unit.code];
  const series = figures
    ? buildTrend({
        indicator,
        catalogue: new Map(props.catalogue.indicators.map((i) => [i.code, i])),
        unit: figures,
        comparisons: [],
        axis: props.meta.quarters,
        granularity: 'year',
        period: props.period,
      })
    : null;
  // Only the years of the deck's period: a slide never shows figures outside what the deck is about.
  const points = (series?.points ?? [])
    .filter((p) => p.selected)
    .map((p) => ({
      key: p.key,
      label: `${p.key}${p.partial ? '*' : ''}`,
      value: p.plot.unit,
      valueText: valueText(p.value, indicator, lang, t),
      target: series?.targetLine === 'shown' ? p.target : null,
    }));
  const hasTargets = points.some((p) => p.target !== null);
  const legend: LegendEntry[] = [
    { key: 'value', swatch: 'line', label: t('present.trend.value') },
    ...(hasTargets ? [{ key: 'target', swatch: 'dashed' as const, label: t('present.trend.target') }] : []),
  ];
  const notes = [
    points.some((p) => p.label.endsWith('*')) ? t('present.trend.partial', { date: formatDate(props.meta.dataDate, lang) }) : null,
    points.some((p) => p.value === null)
      ? t('present.trend.hidden', {
          items: points
            .filter((p) => p.value === null)
            .map((p) => `${p.key}: ${p.valueText}`)
            .join('; '),
        })
      : null,
  ].filter((n): n is string => n !== null);
  const ok = series?.availability === 'ok';
  useSlideExport(
    ok
      ? {
          kind: 'line',
          decimals: indicator.decimals,
          categories: points.map((p) => p.label),
          series: [
            { name: t('present.trend.value'), values: points.map((p) => p.value), colour: COLOURS.value },
            ...(hasTargets ? [{ name: t('present.trend.target'), values: points.map((p) => p.target), colour: COLOURS.target }] : []),
          ],
          note: notes.join(' ') || undefined,
        }
      : null,
  );
  if (!ok) return <SlideUnavailable text={t(emptyMessageKey(series?.availability))} />;
  return (
    <>
      <SlideLine
        points={points}
        caption={props.slide.title}
        legend={legend}
        formatTick={(v) => formatNumber(v, lang, v % 1 === 0 ? 0 : 1)}
        reserve={notes.length * 44}
      />
      {notes.map((n) => (
        <SlideFootnote key={n}>{n}</SlideFootnote>
      ))}
    </>
  );
}

function Breakdown({ props, unit, indicator }: ChartProps) {
  const { t, lang } = useI18n();
  const series = buildBreakdown({
    indicator,
    catalogue: new Map(props.catalogue.indicators.map((i) => [i.code, i])),
    dimensions: props.catalogue.dimensions,
    dimension: props.slide.dimension,
    unit: { code: unit.unit.code, name: unit.unit.name },
    children: [],
    figures: unit.figures,
    axis: props.meta.quarters,
    period: props.period,
    sort: 'value',
    compareText: compareVietnamese,
  });
  const own = series.rows[0];
  const rows: BarRow[] = own
    ? [
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
      ]
    : [];
  const total = own ? t('present.breakdown.total', { total: valueText(own.total, indicator, lang, t, true) }) : '';
  const coverage =
    own && own.remainder
      ? t('present.breakdown.coverage', { covered: formatNumber(own.known, lang, indicator.decimals), total: valueText(own.total, indicator, lang, t) })
      : null;
  const note = [total, coverage].filter(Boolean).join(' ');
  const ok = series.availability === 'ok' && own !== undefined && series.dimension === props.slide.dimension;
  useSlideExport(
    ok
      ? {
          kind: 'bars',
          decimals: indicator.decimals,
          categories: rows.map((r) => (r.value === null ? `${r.label} (${r.valueText})` : r.label)),
          series: [{ name: total, values: rows.map((r) => r.value), colour: COLOURS.value }],
          note,
        }
      : null,
  );
  if (!ok) return <SlideUnavailable text={t(series.availability === 'ok' ? 'charts.empty.noDimension' : emptyMessageKey(series.availability))} />;
  return (
    <>
      <p className="slide-subhead">{total}</p>
      <SlideBars rows={rows} caption={props.slide.title} reserve={60 + (coverage ? 48 : 0)} />
      {coverage && <SlideFootnote>{coverage}</SlideFootnote>}
    </>
  );
}

function MapBody({ props, unit, indicator, boundaries }: ChartProps & { boundaries: Boundaries }) {
  const { t, lang } = useI18n();
  const drawn = new Set(boundaries.features.map((f) => f.properties.code));
  const model = buildMapModel({
    units: unit.children.filter((c) => drawn.has(c.code)).map((c) => ({ code: c.code, name: c.name, figures: unit.figures[c.code] })),
    indicator,
    indicators: props.catalogue.indicators,
    axis: props.meta.quarters,
    phases: props.meta.phases,
    period: props.period,
    mode: 'value',
    method: 'quantile',
    classes: 5,
  });
  const paints = new Map(model.entries.map((e) => [e.code, e.fill]));
  const paintOf = (fill: (typeof model.entries)[number]['fill'] | undefined): SlidePaint =>
    !fill
      ? { kind: 'pattern', special: 'notApplicable' }
      : fill.kind === 'special'
        ? { kind: 'pattern', special: fill.special }
        : { kind: 'colour', colour: fill.colour };
  const text: MapText = { t, lang, indicator };
  const notes = [indicator.direction === 'lower' ? t('map.lowerIsBetter') : null, boundaries.schematic ? t('present.map.schematic') : null].filter(
    (n): n is string => n !== null,
  );
  const empty = t(unit.children.length ? 'map.noBoundaries' : 'map.noChildren');
  const legend = model.legend.map((item) => `${fillLabel(item.fill, item, model.measure, text)} ${t('map.legendCount', { count: item.count })}`);
  const alt = t('present.map.alt', { title: props.slide.title, legend: legend.join('; ') });
  useSlideExport(model.entries.length ? { kind: 'image', note: notes.join(' ') || undefined, legend, alt } : { kind: 'message', text: empty });
  if (model.entries.length === 0) return <SlideUnavailable text={empty} />;
  return (
    <SlideMap
      caption={props.slide.title}
      outline={boundaries.outline?.geometry ?? null}
      shapes={boundaries.features.map((f) => ({
        code: f.properties.code,
        geometry: f.geometry,
        paint: paintOf(paints.get(f.properties.code)),
        label: f.properties.label ? { text: shortName(f.properties.name), at: f.properties.label.at } : null,
      }))}
      legend={model.legend.map((item) => ({
        key: item.key,
        paint: paintOf(item.fill),
        label: fillLabel(item.fill, item, model.measure, text),
        count: t('map.legendCount', { count: item.count }),
      }))}
      note={notes.join(' ') || undefined}
    />
  );
}

function MapWithBoundaries(p: ChartProps) {
  const { t } = useI18n();
  const boundaries = useBoundaries(p.unit.unit.code);
  if (boundaries.data) return <MapBody {...p} boundaries={boundaries.data} />;
  if (boundaries.error) return <SlideUnavailable text={t('present.slideFailed')} />;
  return <p className="slide-message">{t('state.loading')}</p>;
}

export const AchievementSlide = chartSlide(Achievement);
export const TrendSlide = chartSlide(Trend);
export const BreakdownSlide = chartSlide(Breakdown);
export const MapSlide = chartSlide(MapWithBoundaries);
