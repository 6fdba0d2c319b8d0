import { useNavigate } from 'react-router';
import { useUnit } from '@/api/get-unit';
import { buildBudgetByUnit, buildBudgetByYear, type BudgetRow, type BudgetSeries } from '@/domain/chart-budget';
import { BUDGET_STYLE } from '@/domain/chart-series';
import { budgetPair } from '@/domain/indicators';
import { serializeSelection } from '@/domain/periods';
import { drillTo } from '@/domain/view-state';
import { compareVietnamese, formatPeriod, formatQuarterKey } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { PanelEmpty } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import { BudgetNotes, BudgetTable, budgetSummary } from './budget-details';
import { BudgetChart, budgetHeight } from './budget-chart';
import type { ChartContext } from './chart-context';
import { emptyMessageKey } from '@/ui/chart-empty';
import { ChartLegend } from './chart-legend';
import { CAPTION_ALLOWANCE, ChartFigure, ChartPanel } from './chart-panel';

type Mode = 'units' | 'years';

/** Budget allocated vs disbursed with the disbursement rate: per child unit (selected period; units with children only) and per year. */
export function BudgetPanels({ ctx }: { ctx: ChartContext }) {
  if (!budgetPair([...ctx.indicators.values()])) return null;
  return (
    <div className="chart-grid">
      {ctx.unit.childCount > 0 && <BudgetPanel ctx={ctx} mode="units" />}
      <BudgetPanel ctx={ctx} mode="years" />
    </div>
  );
}

function BudgetPanel({ ctx, mode }: { ctx: ChartContext; mode: Mode }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const query = useUnit(ctx.unit.code);
  const { state, meta } = ctx;
  let series: BudgetSeries | null = null;
  if (query.data) {
    const own = query.data.figures[ctx.unit.code];
    series =
      mode === 'units'
        ? buildBudgetByUnit({
            catalogue: ctx.indicators,
            unit: own,
            children: query.data.children,
            figures: query.data.figures,
            axis: meta.quarters,
            period: state.period,
            sort: ctx.options.sort,
            compareText: compareVietnamese,
          })
        : buildBudgetByYear({ catalogue: ctx.indicators, unit: ctx.unit, figures: own, axis: meta.quarters });
  }
  const first = formatQuarterKey(meta.quarters[0] ?? '', lang);
  const last = formatQuarterKey(meta.quarters[meta.quarters.length - 1] ?? '', lang);
  const title =
    mode === 'units'
      ? t('charts.budgetUnits.title', { unit: ctx.unit.name, period: formatPeriod(state.period, lang) })
      : t('charts.budgetYears.title', { unit: ctx.unit.name, from: first, to: last });
  const labelOf = (row: BudgetRow) => (row.period ? `${formatPeriod(row.period, lang)}${row.partial ? '*' : ''}` : row.name);
  const height = budgetHeight(series?.rows.length ?? (mode === 'units' ? ctx.unit.childCount : 4));
  const pair = budgetPair([...ctx.indicators.values()]);
  const allocated = pair?.allocated;
  const disbursed = pair?.disbursed;
  const periodPart = mode === 'units' ? serializeSelection(state.period) : `${meta.quarters[0] ?? ''}-${meta.quarters[meta.quarters.length - 1] ?? ''}`;
  const emptyKey = series?.availability === 'not_applicable' ? 'charts.empty.noBudget' : emptyMessageKey(series?.availability);
  return (
    <ChartPanel
      id={`chart-budget-${mode}`}
      title={title}
      dataDate={ctx.dataDate}
      fileName={{ unit: ctx.unit.name, view: mode === 'units' ? 'bieu-do-kinh-phi-theo-don-vi' : 'bieu-do-kinh-phi-theo-nam', period: periodPart }}
      resetKey={ctx.resetKey}
      ready={series?.availability === 'ok'}
    >
      {(showTable) => (
        <QueryState query={query} height={height + CAPTION_ALLOWANCE}>
          {() =>
            !series || series.availability !== 'ok' ? (
              <PanelEmpty message={t(emptyKey)} />
            ) : (
              <ChartFigure
                summary={budgetSummary(series, t, lang)}
                height={height}
                showTable={showTable}
                table={<BudgetTable series={series} ctx={ctx} caption={title} labelOf={labelOf} linkRows={mode === 'units'} />}
                legend={
                  <ChartLegend
                    label={t('charts.legend')}
                    items={[
                      { key: 'allocated', label: allocated?.name[lang] ?? '', swatch: { type: 'box', ...BUDGET_STYLE.allocated } },
                      { key: 'disbursed', label: disbursed?.name[lang] ?? '', swatch: { type: 'box', ...BUDGET_STYLE.disbursed } },
                    ]}
                  />
                }
                notes={<BudgetNotes series={series} ctx={ctx} uom={allocated?.unitOfMeasure[lang] ?? ''} />}
              >
                {(width) => (
                  <BudgetChart
                    rows={series.rows}
                    labelOf={labelOf}
                    width={width}
                    onDrill={mode === 'units' ? (code) => void navigate(drillTo(state, code)) : undefined}
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
