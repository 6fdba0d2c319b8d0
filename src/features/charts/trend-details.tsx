/** Legend, notes, summary and table twin of the trend chart. */
import type { ComparisonInput, TrendSeries } from '@/domain/chart-trend';
import { TREND_STYLE } from '@/domain/chart-series';
import type { Language } from '@/domain/view-state';
import { formatDate, formatNumber, formatPeriod } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n-context';
import type { ChartContext } from './chart-context';
import { formatValue } from './chart-format';
import { ChartLegend, type LegendItem } from './chart-legend';
import { TwinTable } from './chart-panel';

const periodLabel = (p: TrendSeries['points'][number], lang: Language) => `${formatPeriod(p.period, lang)}${p.partial ? '*' : ''}`;

export function trendSummary(series: TrendSeries, ctx: ChartContext, t: I18n['t'], lang: Language): string {
  const numeric = series.points.filter((p) => typeof p.value === 'number');
  const max = numeric.reduce<(typeof numeric)[number] | null>((best, p) => (best === null || (p.value as number) > (best.value as number) ? p : best), null);
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  return t('charts.summary.trend', {
    count: formatNumber(series.points.length, lang),
    from: first ? periodLabel(first, lang) : '',
    to: last ? periodLabel(last, lang) : '',
    max: max ? formatValue(max.value, ctx.indicator, lang, '') : '—',
    maxPeriod: max ? periodLabel(max, lang) : '—',
    missing: formatNumber(series.points.filter((p) => p.value === null).length, lang),
  });
}

export function TrendLegend({ series, ctx }: { series: TrendSeries; ctx: ChartContext }) {
  const { t, lang } = useI18n();
  const style = (role: keyof typeof TREND_STYLE): LegendItem['swatch'] => ({
    type: 'line',
    colour: TREND_STYLE[role].colour,
    dash: TREND_STYLE[role].dash,
    marker: TREND_STYLE[role].marker,
  });
  const base = series.points.find((p) => p.key === series.baseKey);
  const uom =
    series.mode === 'absolute'
      ? ` (${ctx.indicator.unitOfMeasure[lang]})`
      : base
        ? ` (${t('charts.trend.indexUnit', { base: formatPeriod(base.period, lang) })})`
        : '';
  const items: LegendItem[] = [{ key: 'unit', label: `${ctx.unit.name}${uom}`, swatch: style('unit') }];
  for (const c of series.compared) items.push({ key: c.role, label: t(`charts.trend.compare.${c.role}`, { name: c.name }), swatch: style(c.role) });
  if (series.targetLine === 'shown') items.push({ key: 'target', label: t('charts.trend.targetLine'), swatch: style('target') });
  items.push({ key: 'selected', label: t('charts.trend.selected', { period: formatPeriod(ctx.state.period, lang) }), swatch: { type: 'area' } });
  return <ChartLegend label={t('charts.legend')} items={items} />;
}

export function TrendNotes({ series, ctx, missing }: { series: TrendSeries; ctx: ChartContext; missing: readonly ComparisonInput[] }) {
  const { t, lang } = useI18n();
  const notes: string[] = [];
  if (series.mode === 'index') {
    const base = series.points.find((p) => p.key === series.baseKey);
    notes.push(base ? t('charts.trend.index', { base: formatPeriod(base.period, lang) }) : t('charts.trend.noBase'));
  } else if (series.compared.length > 0) notes.push(t('charts.trend.rateCompare'));
  if (series.targetLine === 'annual_only') notes.push(t('charts.trend.annualOnly'));
  if (series.targetLine === 'none') notes.push(t('charts.trend.noTarget'));
  if (series.points.some((p) => p.partial)) notes.push(t('charts.trend.partial', { date: formatDate(ctx.meta.dataDate, lang) }));
  if (series.points.some((p) => p.value === 'suppressed')) notes.push(t('value.suppressedHint'));
  if (series.points.some((p) => p.reaggregated)) notes.push(t('charts.trend.reaggregated', { name: ctx.unit.name }));
  for (const m of missing) notes.push(t('charts.trend.compareUnavailable', { name: m.name }));
  return (
    <ul className="chart-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

export function TrendTable({ series, ctx, caption }: { series: TrendSeries; ctx: ChartContext; caption: string }) {
  const { t, lang } = useI18n();
  const notReported = t('value.notReported');
  const value = (cell: Parameters<typeof formatValue>[0]) => formatValue(cell, ctx.indicator, lang, notReported);
  const index = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatNumber(n, lang, 1));
  const showIndex = series.mode === 'index';
  return (
    <TwinTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('charts.table.period')}</th>
          <th scope="col">{ctx.unit.name}</th>
          {series.targetLine === 'shown' && <th scope="col">{t('charts.table.target')}</th>}
          {series.compared.map((c) => (
            <th key={c.role} scope="col">
              {c.name}
            </th>
          ))}
          {showIndex && <th scope="col">{t('charts.table.index', { unit: ctx.unit.name })}</th>}
          {showIndex &&
            series.compared.map((c) => (
              <th key={`i-${c.role}`} scope="col">
                {t('charts.table.index', { unit: c.name })}
              </th>
            ))}
          <th scope="col">{t('charts.table.reports')}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.key} data-reaggregated={p.reaggregated || undefined}>
            <th scope="row">
              {periodLabel(p, lang)}
              {p.reaggregated && ` (${t('charts.trend.reaggregatedShort')})`}
            </th>
            <td className="num">{value(p.value)}</td>
            {series.targetLine === 'shown' && <td className="num">{p.target === null ? t('value.noTarget') : value(p.target)}</td>}
            {series.compared.map((c) => (
              <td key={c.role} className="num">
                {value(p.compare[c.role] ?? null)}
              </td>
            ))}
            {showIndex && <td className="num">{index(p.plot.unit)}</td>}
            {showIndex &&
              series.compared.map((c) => (
                <td key={`i-${c.role}`} className="num">
                  {index(p.plot[c.role])}
                </td>
              ))}
            <td className="num">{`${formatNumber(p.reported, lang)}/${formatNumber(p.expected, lang)}`}</td>
          </tr>
        ))}
      </tbody>
    </TwinTable>
  );
}
