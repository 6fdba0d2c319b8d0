/**
 * Chart and map slides, from the same domain series as the Charts and Map views (achievement by
 * child unit, the trend by year with annual targets, a disaggregation, the choropleth), drawn
 * in large type by the present feature and exported as native PPTX charts (the map as a picture).
 * What each shows and exports is built in domain/slides; these bodies read the data and draw.
 */
import type { ReactNode } from 'react';
import type { Boundaries, IndicatorDef, UnitDocument } from '@/api/contract';
import { useBoundaries } from '@/api/get-boundaries';
import { buildAchievementSeries } from '@/domain/chart-achievement';
import { buildBreakdown } from '@/domain/chart-breakdown';
import { buildTrend } from '@/domain/chart-trend';
import { buildMapModel } from '@/domain/map-legend';
import { SlideBars } from '../slide-bars';
import { SlideFootnote } from '../slide-blocks';
import { useSlideExport } from '../slide-export';
import { SlideLine } from '../slide-line';
import { SlideMap } from '../slide-map';
import type { SlideContentProps } from '../slide-types';
import { compareVietnamese, formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { achievementSlideModel, breakdownSlideModel, trendSlideModel } from '@/domain/slides/chart-slides';
import { mapSlideModel } from '@/domain/slides/map-slide';
import { slideWords } from './slide-words';
import { SlideUnavailable, WithIndicator, WithUnit } from './slide-content-common';

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

const catalogueMap = (props: SlideContentProps) => new Map(props.catalogue.indicators.map((i) => [i.code, i]));

function Achievement({ props, unit, indicator }: ChartProps) {
  const i18n = useI18n();
  const series = buildAchievementSeries({
    indicator,
    catalogue: catalogueMap(props),
    children: unit.children,
    figures: unit.figures,
    axis: props.meta.quarters,
    period: props.period,
    sort: 'value',
    compareText: compareVietnamese,
  });
  const model = achievementSlideModel(series, indicator, slideWords(i18n));
  useSlideExport(model.unavailable === null ? model.exported : null);
  if (model.unavailable !== null) return <SlideUnavailable text={model.unavailable} />;
  return (
    <>
      <SlideBars rows={model.rows} caption={props.slide.title} legend={model.legend} reserve={model.note ? 48 : 0} />
      {model.note && <SlideFootnote>{model.note}</SlideFootnote>}
    </>
  );
}

function Trend({ props, unit, indicator }: ChartProps) {
  const i18n = useI18n();
  const figures = unit.figures[unit.unit.code];
  const series = figures
    ? buildTrend({
        indicator,
        catalogue: catalogueMap(props),
        unit: figures,
        comparisons: [],
        axis: props.meta.quarters,
        granularity: 'year',
        period: props.period,
      })
    : null;
  const model = trendSlideModel(series, indicator, props.meta.dataDate, slideWords(i18n));
  useSlideExport(model.unavailable === null ? model.exported : null);
  if (model.unavailable !== null) return <SlideUnavailable text={model.unavailable} />;
  return (
    <>
      <SlideLine
        points={model.points}
        caption={props.slide.title}
        legend={model.legend}
        formatTick={(v) => formatNumber(v, i18n.lang, v % 1 === 0 ? 0 : 1)}
        reserve={model.notes.length * 44}
      />
      {model.notes.map((n) => (
        <SlideFootnote key={n}>{n}</SlideFootnote>
      ))}
    </>
  );
}

function Breakdown({ props, unit, indicator }: ChartProps) {
  const i18n = useI18n();
  const series = buildBreakdown({
    indicator,
    catalogue: catalogueMap(props),
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
  const model = breakdownSlideModel(series, props.slide.dimension, indicator, slideWords(i18n));
  useSlideExport(model.unavailable === null ? model.exported : null);
  if (model.unavailable !== null) return <SlideUnavailable text={model.unavailable} />;
  return (
    <>
      <p className="slide-subhead">{model.total}</p>
      <SlideBars rows={model.rows} caption={props.slide.title} reserve={60 + (model.coverage ? 48 : 0)} />
      {model.coverage && <SlideFootnote>{model.coverage}</SlideFootnote>}
    </>
  );
}

function MapBody({ props, unit, indicator, boundaries }: ChartProps & { boundaries: Boundaries }) {
  const i18n = useI18n();
  const drawn = new Set(boundaries.features.map((f) => f.properties.code));
  const map = buildMapModel({
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
  const model = mapSlideModel(map, boundaries, unit.children.length > 0, props.slide.title, indicator, slideWords(i18n));
  useSlideExport(model.unavailable === null ? model.exported : null);
  if (model.unavailable !== null) return <SlideUnavailable text={model.unavailable} />;
  return <SlideMap caption={props.slide.title} outline={boundaries.outline?.geometry ?? null} shapes={model.shapes} legend={model.legend} note={model.note} />;
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
