import { useQuery } from '@tanstack/react-query';
import { unitQueryOptions, useUnit } from '@/api/get-unit';
import type { ComparisonTarget } from '@/domain/chart-options';
import { buildTrend, type ComparisonInput } from '@/domain/chart-trend';
import { formatQuarterKey } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { apiErrorMessage } from '@/ui/api-error-message';
import { PanelEmpty, PanelLoading } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import type { ChartContext } from './chart-context';
import { OptionChecks, OptionSelect, useSetChartOptions } from './chart-controls';
import { emptyMessageKey } from '@/ui/chart-empty';
import { CAPTION_ALLOWANCE, ChartFigure, ChartPanel } from './chart-panel';
import { TREND_HEIGHT, TrendChart } from './trend-chart';
import { TrendLegend, TrendNotes, TrendTable, trendSummary } from './trend-details';

const GRANULARITY_FILE_PART = { quarter: 'quy', half: '6-thang', year: 'nam' } as const;

/** Which comparisons make sense here: the parent below the province, and the province. */
export function comparisonChoices(ctx: Pick<ChartContext, 'unit' | 'ancestors' | 'meta'>): { role: ComparisonTarget; code: string; name: string }[] {
  const out: { role: ComparisonTarget; code: string; name: string }[] = [];
  const parent = ctx.ancestors[ctx.ancestors.length - 1];
  const province = ctx.ancestors.find((a) => a.code === ctx.meta.rootUnit);
  if (parent && parent.code !== ctx.meta.rootUnit) out.push({ role: 'parent', code: parent.code, name: parent.name });
  if (province) out.push({ role: 'province', code: province.code, name: province.name });
  return out;
}

/** The indicator over time for the unit: container (unit + comparison documents) + renderer. */
export function TrendPanel({ ctx }: { ctx: ChartContext }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const setOptions = useSetChartOptions(ctx.state);
  const { indicator, options, meta } = ctx;
  const choices = comparisonChoices(ctx);
  const wanted = choices.filter((c) => options.compare.includes(c.role));
  const parentChoice = wanted.find((c) => c.role === 'parent');
  const provinceChoice = wanted.find((c) => c.role === 'province');
  const query = useUnit(ctx.unit.code);
  const parentQuery = useQuery({ ...unitQueryOptions(parentChoice?.code ?? ''), enabled: parentChoice !== undefined });
  const provinceQuery = useQuery({ ...unitQueryOptions(provinceChoice?.code ?? ''), enabled: provinceChoice !== undefined });
  const compareQueries = [
    { choice: parentChoice, query: parentQuery },
    { choice: provinceChoice, query: provinceQuery },
  ].flatMap(({ choice, query: q }) => (choice ? [{ choice, query: q }] : []));
  const comparing = compareQueries.some((c) => c.query.isPending);
  const failed = compareQueries.filter((c) => c.query.error);
  const comparisons: ComparisonInput[] = [];
  for (const { choice, query: q } of compareQueries) {
    const figures = q.data?.figures[choice.code];
    if (figures) comparisons.push({ role: choice.role, name: choice.name, figures });
  }
  const own = query.data?.figures[ctx.unit.code];
  const series = own
    ? buildTrend({
        indicator,
        catalogue: ctx.indicators,
        unit: own,
        comparisons,
        axis: meta.quarters,
        granularity: options.granularity,
        period: ctx.state.period,
      })
    : null;
  const first = meta.quarters[0] ?? '';
  const last = meta.quarters[meta.quarters.length - 1] ?? '';
  const title = t('charts.trend.title', {
    indicator: indicator.name[lang],
    granularity: t(`charts.granularity.${options.granularity}`),
    unit: ctx.unit.name,
    from: formatQuarterKey(first, lang),
    to: formatQuarterKey(last, lang),
  });
  const controls = (
    <>
      <OptionSelect
        label={t('charts.granularity.label')}
        value={options.granularity}
        options={(['quarter', 'half', 'year'] as const).map((g) => ({ value: g, label: t(`charts.granularity.${g}`) }))}
        onChange={(granularity) => setOptions({ granularity })}
      />
      {choices.length > 0 && (
        <OptionChecks
          legend={t('charts.trend.compare.label')}
          values={options.compare}
          options={choices.map((c) => ({ value: c.role, label: t(`charts.trend.compare.${c.role}`, { name: c.name }) }))}
          onChange={(compare) => setOptions({ compare })}
        />
      )}
    </>
  );
  const ready = series?.availability === 'ok' && !comparing;
  return (
    <ChartPanel
      id="chart-trend"
      title={title}
      dataDate={ctx.dataDate}
      fileName={{
        unit: ctx.unit.name,
        view: `bieu-do-xu-huong-theo-${GRANULARITY_FILE_PART[options.granularity]}`,
        details: [indicator.code],
        period: `${first}-${last}`,
      }}
      resetKey={ctx.resetKey}
      controls={controls}
      ready={ready}
    >
      {(showTable) => (
        <QueryState query={query} height={TREND_HEIGHT + CAPTION_ALLOWANCE}>
          {() => {
            if (!series || series.availability !== 'ok') return <PanelEmpty message={t(emptyMessageKey(series?.availability))} />;
            if (comparing) return <PanelLoading height={TREND_HEIGHT + CAPTION_ALLOWANCE} />;
            return (
              <>
                {failed.map(({ choice, query: q }) => (
                  <div key={choice.role} className="chart-inline-error no-export" role="alert">
                    <span>{t('charts.trend.compareError', { message: apiErrorMessage(q.error, i18n) })}</span>
                    <button type="button" className="button" onClick={() => void q.refetch()}>
                      {t('state.retry')}
                    </button>
                  </div>
                ))}
                <ChartFigure
                  summary={trendSummary(series, ctx, t, lang)}
                  height={TREND_HEIGHT}
                  showTable={showTable}
                  table={<TrendTable series={series} ctx={ctx} caption={title} />}
                  legend={<TrendLegend series={series} ctx={ctx} />}
                  notes={<TrendNotes series={series} ctx={ctx} missing={comparisons.filter((c) => !series.compared.some((s) => s.role === c.role))} />}
                >
                  {(width) => <TrendChart series={series} width={width} />}
                </ChartFigure>
              </>
            );
          }}
        </QueryState>
      )}
    </ChartPanel>
  );
}
