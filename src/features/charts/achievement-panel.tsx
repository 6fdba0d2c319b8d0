import { Link, useNavigate } from 'react-router';
import { useUnit } from '@/api/get-unit';
import { buildAchievementSeries, type AchievementSeries } from '@/domain/chart-achievement';
import { BAR_STATUSES, STATUS_STYLE } from '@/domain/chart-series';
import { serializeSelection } from '@/domain/periods';
import { drillTo } from '@/domain/view-state';
import { compareVietnamese, formatNumber, formatPercent, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { PanelEmpty } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import { AchievementChart, achievementHeight } from './achievement-chart';
import type { ChartContext } from './chart-context';
import { OptionSelect, useSetChartOptions } from './chart-controls';
import { emptyMessageKey } from '@/ui/chart-empty';
import { formatValue } from './chart-format';
import { ChartLegend, type LegendItem } from './chart-legend';
import { CAPTION_ALLOWANCE, ChartFigure, ChartPanel, TwinTable } from './chart-panel';

/** Achievement by child unit: container (the unit document) + renderer. */
export function AchievementPanel({ ctx }: { ctx: ChartContext }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const setOptions = useSetChartOptions(ctx.state);
  const query = useUnit(ctx.unit.code);
  const { indicator, state, options } = ctx;
  const series = query.data
    ? buildAchievementSeries({
        indicator,
        catalogue: ctx.indicators,
        children: query.data.children,
        figures: query.data.figures,
        axis: ctx.meta.quarters,
        period: state.period,
        sort: options.sort,
        compareText: compareVietnamese,
      })
    : null;
  const title = t('charts.achievement.title', { indicator: indicator.name[lang], unit: ctx.unit.name, period: formatPeriod(state.period, lang) });
  const controls = (
    <OptionSelect
      label={t('charts.sort.label')}
      value={options.sort}
      options={[
        { value: 'value', label: t('charts.sort.value') },
        { value: 'name', label: t('charts.sort.name') },
      ]}
      onChange={(sort) => setOptions({ sort })}
    />
  );
  const height = achievementHeight(series?.rows.length ?? ctx.unit.childCount);
  return (
    <ChartPanel
      id="chart-achievement"
      title={title}
      dataDate={ctx.dataDate}
      fileName={{ unit: ctx.unit.name, view: 'bieu-do-theo-don-vi', details: [indicator.code], period: serializeSelection(state.period) }}
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
                summary={summaryOf(series, ctx, t, lang)}
                height={height}
                showTable={showTable}
                table={<AchievementTable series={series} ctx={ctx} caption={title} />}
                legend={<ChartLegend label={t('charts.legend')} items={legendOf(series, t)} />}
                notes={<AchievementNotes series={series} ctx={ctx} />}
              >
                {(width) => <AchievementChart rows={series.rows} indicator={indicator} width={width} onDrill={(code) => void navigate(drillTo(state, code))} />}
              </ChartFigure>
            )
          }
        </QueryState>
      )}
    </ChartPanel>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function legendOf(series: AchievementSeries, t: T): LegendItem[] {
  const items: LegendItem[] = [];
  for (const status of BAR_STATUSES) {
    if (series.counts[status] === 0) continue;
    const style = STATUS_STYLE[status];
    const swatch: LegendItem['swatch'] =
      status === 'suppressed'
        ? { type: 'text', text: t('value.suppressed') }
        : status === 'not_reported'
          ? { type: 'text', text: '—' }
          : { type: 'box', colour: style.colour, pattern: style.pattern };
    items.push({ key: status, label: t(`charts.status.${status}`), swatch });
  }
  if (series.rows.some((r) => r.target !== null)) items.push({ key: 'target', label: t('charts.legend.target'), swatch: { type: 'tick' } });
  return items;
}

function summaryOf(series: AchievementSeries, ctx: ChartContext, t: T, lang: 'vi' | 'en'): string {
  const top = series.rows
    .filter((r) => r.bar !== null)
    .reduce<(typeof series.rows)[number] | null>((best, r) => (best === null || (r.bar ?? 0) > (best.bar ?? 0) ? r : best), null);
  const c = series.counts;
  return t('charts.summary.achievement', {
    count: formatNumber(series.rows.length, lang),
    met: formatNumber(c.met, lang),
    behind: formatNumber(c.behind, lang),
    noTarget: formatNumber(c.no_target, lang),
    suppressed: formatNumber(c.suppressed, lang),
    notReported: formatNumber(c.not_reported, lang),
    top: top ? `${top.name} ${formatValue(top.value, ctx.indicator, lang, '')}` : '—',
  });
}

function AchievementNotes({ series, ctx }: { series: AchievementSeries; ctx: ChartContext }) {
  const { t } = useI18n();
  const notes: string[] = [];
  if (!series.targetPeriod) notes.push(t('charts.note.noTargetPeriod'));
  else if (series.rows.every((r) => r.target === null)) notes.push(t('charts.note.noTargets'));
  if (ctx.indicator.direction === 'lower') notes.push(t('charts.note.lowerIsBetter'));
  if (series.rows.some((r) => r.bar !== null && !r.complete)) notes.push(t('charts.legend.incomplete'));
  if (series.counts.suppressed > 0) notes.push(t('value.suppressedHint'));
  notes.push(t('charts.note.drill'));
  return (
    <ul className="chart-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

function AchievementTable({ series, ctx, caption }: { series: AchievementSeries; ctx: ChartContext; caption: string }) {
  const { t, lang } = useI18n();
  const notReported = t('value.notReported');
  return (
    <TwinTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('charts.table.unit')}</th>
          <th scope="col">{t('charts.table.value')}</th>
          <th scope="col">{t('charts.table.target')}</th>
          <th scope="col">{t('charts.table.ratio')}</th>
          <th scope="col">{t('charts.table.status')}</th>
          <th scope="col">{t('charts.table.reports')}</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => (
          <tr key={r.code}>
            <th scope="row">
              <Link to={drillTo(ctx.state, r.code)}>{r.name}</Link>
            </th>
            <td className="num">{formatValue(r.value, ctx.indicator, lang, notReported)}</td>
            <td className="num">{r.target === null ? t('value.noTarget') : formatValue(r.target, ctx.indicator, lang, notReported)}</td>
            <td className="num">{r.ratio === null ? '—' : formatPercent(r.ratio, lang)}</td>
            <td>{t(`charts.status.${r.status}`)}</td>
            <td className="num">{`${formatNumber(r.reported, lang)}/${formatNumber(r.expected, lang)}`}</td>
          </tr>
        ))}
      </tbody>
    </TwinTable>
  );
}
