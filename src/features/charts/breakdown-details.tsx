/** Notes, summary and table twin of the disaggregation chart. */
import { Link } from 'react-router';
import type { BreakdownSeries } from '@/domain/chart-breakdown';
import { drillTo, type Language } from '@/domain/view-state';
import { formatNumber, formatPercent } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n-context';
import type { ChartContext } from './chart-context';
import { formatValue } from './chart-format';
import { TwinTable } from './chart-panel';

export function breakdownSummary(series: BreakdownSeries, ctx: ChartContext, dimensionName: string, t: I18n['t'], lang: Language): string {
  const unit = series.rows[0];
  const parts = unit
    ? series.categories.map((c) => `${c.name[lang]} ${formatValue(unit.values[c.code] ?? null, ctx.indicator, lang, t('value.notReported'))}`).join(', ')
    : '';
  return t('charts.summary.breakdown', {
    layout: t(ctx.options.layout === 'stacked' ? 'charts.breakdown.stacked' : 'charts.breakdown.grouped').toLowerCase(),
    dimension: dimensionName,
    count: formatNumber(series.rows.length, lang),
    unit: ctx.unit.name,
    parts,
  });
}

export function BreakdownNotes({ series, ctx, dimensionName }: { series: BreakdownSeries; ctx: ChartContext; dimensionName: string }) {
  const { t, lang } = useI18n();
  const notes: string[] = [];
  const unit = series.rows[0];
  if (unit && typeof unit.total === 'number' && unit.coverage !== null && unit.coverage < 1) {
    notes.push(
      t('charts.breakdown.coverage', {
        dimension: dimensionName,
        known: formatNumber(unit.known, lang, ctx.indicator.decimals),
        total: formatNumber(unit.total, lang, ctx.indicator.decimals),
        uom: ctx.indicator.unitOfMeasure[lang],
        unit: ctx.unit.name,
        percent: formatPercent(unit.coverage, lang),
      }),
    );
  } else if (series.partial) notes.push(t('charts.breakdown.partialChildren'));
  if (series.rows.some((r) => r.hasSuppressed || r.status === 'suppressed')) notes.push(t('charts.breakdown.suppressed'));
  if (series.rows.length > 1) notes.push(t('charts.note.drill'));
  return (
    <ul className="chart-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

export function BreakdownTable({ series, ctx, caption, unitLabel }: { series: BreakdownSeries; ctx: ChartContext; caption: string; unitLabel: string }) {
  const { t, lang } = useI18n();
  const notReported = t('value.notReported');
  const value = (cell: Parameters<typeof formatValue>[0]) => formatValue(cell, ctx.indicator, lang, notReported);
  return (
    <TwinTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('charts.table.unit')}</th>
          {series.categories.map((c) => (
            <th key={c.code} scope="col">
              {c.name[lang]}
            </th>
          ))}
          {series.partial && <th scope="col">{t('charts.breakdown.remainder')}</th>}
          <th scope="col">{t('charts.table.total')}</th>
          <th scope="col">{t('charts.table.coverage')}</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => (
          <tr key={r.code}>
            <th scope="row">{r.isUnit ? unitLabel : <Link to={drillTo(ctx.state, r.code)}>{r.name}</Link>}</th>
            {series.categories.map((c) => (
              <td key={c.code} className="num">
                {r.status === 'no_breakdown' ? '—' : value(r.values[c.code] ?? null)}
              </td>
            ))}
            {series.partial && <td className="num">{r.remainder === null ? '—' : formatNumber(r.remainder, lang, ctx.indicator.decimals)}</td>}
            <td className="num">{value(r.total)}</td>
            <td className="num">
              {r.status === 'no_breakdown' ? t('charts.breakdown.noBreakdown') : r.coverage === null ? '—' : formatPercent(r.coverage, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </TwinTable>
  );
}
