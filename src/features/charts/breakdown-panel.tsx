import { useNavigate } from 'react-router';
import { useUnit } from '@/api/get-unit';
import { buildBreakdown, type BreakdownSeries } from '@/domain/chart-breakdown';
import { categoryColour, REMAINDER_STYLE } from '@/domain/chart-series';
import { serializeSelection } from '@/domain/periods';
import { drillTo } from '@/domain/view-state';
import { compareVietnamese, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { PanelEmpty } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import { BreakdownChart, breakdownHeight } from './breakdown-chart';
import { BreakdownNotes, BreakdownTable, breakdownSummary } from './breakdown-details';
import type { ChartContext } from './chart-context';
import { OptionSelect, useSetChartOptions } from './chart-controls';
import { emptyMessageKey } from '@/ui/chart-empty';
import { ChartLegend, type LegendItem } from './chart-legend';
import { CAPTION_ALLOWANCE, ChartFigure, ChartPanel } from './chart-panel';

/** Disaggregation by one dimension at a time: container (the unit document) + renderer. */
export function BreakdownPanel({ ctx }: { ctx: ChartContext }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const setOptions = useSetChartOptions(ctx.state);
  const query = useUnit(ctx.unit.code);
  const { indicator, options, state } = ctx;
  const dimensions = ctx.catalogue.dimensions;
  const series = query.data
    ? buildBreakdown({
        indicator,
        catalogue: ctx.indicators,
        dimensions,
        dimension: options.dimension,
        unit: query.data.unit,
        children: query.data.children,
        figures: query.data.figures,
        axis: ctx.meta.quarters,
        period: state.period,
        sort: options.sort,
        compareText: compareVietnamese,
      })
    : null;
  const available = dimensions.filter((d) => d.code in (query.data?.figures[ctx.unit.code]?.series[indicator.code]?.breakdown ?? {}));
  const dimension = dimensions.find((d) => d.code === series?.dimension);
  const dimensionName = dimension ? dimension.name[lang].toLowerCase() : '';
  const unitLabel = t('charts.breakdown.unitRow', { unit: ctx.unit.name });
  const titleKey = !dimension ? 'charts.breakdown.titleNone' : ctx.unit.childCount > 0 ? 'charts.breakdown.title' : 'charts.breakdown.titleUnit';
  const title = t(titleKey, { indicator: indicator.name[lang], dimension: dimensionName, unit: ctx.unit.name, period: formatPeriod(state.period, lang) });
  const controls =
    available.length > 0 ? (
      <>
        <OptionSelect
          label={t('charts.breakdown.dimension')}
          value={series?.dimension ?? available[0]?.code ?? ''}
          options={available.map((d) => ({ value: d.code, label: d.name[lang] }))}
          onChange={(code) => setOptions({ dimension: code })}
        />
        <OptionSelect
          label={t('charts.breakdown.layout')}
          value={options.layout}
          options={[
            { value: 'stacked', label: t('charts.breakdown.stacked') },
            { value: 'grouped', label: t('charts.breakdown.grouped') },
          ]}
          onChange={(layout) => setOptions({ layout })}
        />
      </>
    ) : undefined;
  const height = breakdownHeight(series?.rows.length ?? ctx.unit.childCount + 1, series?.categories.length ?? 2, options.layout);
  return (
    <ChartPanel
      id="chart-breakdown"
      title={title}
      dataDate={ctx.dataDate}
      fileName={{
        unit: ctx.unit.name,
        view: `bieu-do-phan-to-${series?.dimension ?? ''}`,
        details: [indicator.code],
        period: serializeSelection(state.period),
      }}
      resetKey={ctx.resetKey}
      controls={controls}
      ready={series?.availability === 'ok'}
    >
      {(showTable) => (
        <QueryState query={query} height={height + CAPTION_ALLOWANCE}>
          {() =>
            !series || series.availability !== 'ok' ? (
              <PanelEmpty message={t(emptyMessageKey(series?.availability))} />
            ) : (
              <ChartFigure
                summary={breakdownSummary(series, ctx, dimensionName, t, lang)}
                height={height}
                showTable={showTable}
                table={<BreakdownTable series={series} ctx={ctx} caption={title} unitLabel={unitLabel} />}
                legend={<ChartLegend label={t('charts.legend')} items={legendOf(series, lang, t('charts.breakdown.remainder'))} />}
                notes={<BreakdownNotes series={series} ctx={ctx} dimensionName={dimensionName} />}
              >
                {(width) => (
                  <BreakdownChart
                    series={series}
                    indicator={indicator}
                    layout={options.layout}
                    width={width}
                    unitLabel={unitLabel}
                    onDrill={(code) => void navigate(drillTo(state, code))}
                  />
                )}
              </ChartFigure>
            )
          }
        </QueryState>
      )}
    </ChartPanel>
  );
}

function legendOf(series: BreakdownSeries, lang: 'vi' | 'en', remainder: string): LegendItem[] {
  const items: LegendItem[] = series.categories.map((c, i) => ({
    key: c.code,
    label: c.name[lang],
    swatch: { type: 'box', colour: categoryColour(i), pattern: 'solid' },
  }));
  if (series.partial)
    items.push({ key: 'remainder', label: remainder, swatch: { type: 'box', colour: REMAINDER_STYLE.colour, pattern: REMAINDER_STYLE.pattern } });
  return items;
}
