/** Notes, summary and table twin of the budget charts. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Cell } from '@/domain/aggregate';
import type { BudgetRow, BudgetSeries } from '@/domain/chart-budget';
import { budgetPair } from '@/domain/indicators';
import { drillTo, type Language } from '@/domain/view-state';
import { formatCell, formatDate, formatNumber } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n-context';
import type { ChartContext } from './chart-context';
import { TwinTable } from './chart-panel';

const rateText = (rate: Cell, lang: Language, notReported: string) =>
  typeof rate === 'number' ? `${formatNumber(rate, lang, 1)}%` : rate === null ? notReported : formatCell(rate, lang);

export function budgetSummary(series: BudgetSeries, t: I18n['t'], lang: Language): string {
  const total = series.total;
  const none = t('value.notReported');
  return t('charts.summary.budget', {
    count: formatNumber(series.rows.length, lang),
    allocated: total ? formatCell(total.allocated, lang, 0, none) : none,
    disbursed: total ? formatCell(total.disbursed, lang, 0, none) : none,
    rate: total ? rateText(total.rate, lang, '—') : '—',
  });
}

export function BudgetNotes({ series, ctx, uom }: { series: BudgetSeries; ctx: ChartContext; uom: string }) {
  const { t, lang } = useI18n();
  const notes = [t('charts.budget.uom', { uom })];
  if (series.rows.some((r) => r.partial)) notes.push(t('charts.trend.partial', { date: formatDate(ctx.meta.dataDate, lang) }));
  return (
    <ul className="chart-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

interface TableProps {
  series: BudgetSeries;
  ctx: ChartContext;
  caption: string;
  labelOf: (row: BudgetRow) => string;
  linkRows: boolean;
}

export function BudgetTable({ series, ctx, caption, labelOf, linkRows }: TableProps) {
  const { t, lang } = useI18n();
  const none = t('value.notReported');
  const pair = budgetPair([...ctx.indicators.values()]);
  const line = (key: string, label: ReactNode, row: Pick<BudgetRow, 'allocated' | 'disbursed' | 'rate'>, total = false) => (
    <tr key={key} className={total ? 'chart-table__total' : undefined}>
      <th scope="row">{label}</th>
      <td className="num">{formatCell(row.allocated, lang, 1, none)}</td>
      <td className="num">{formatCell(row.disbursed, lang, 1, none)}</td>
      <td className="num">{rateText(row.rate, lang, '—')}</td>
    </tr>
  );
  return (
    <TwinTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{linkRows ? t('charts.table.unit') : t('charts.table.period')}</th>
          <th scope="col">{pair?.allocated.name[lang]}</th>
          <th scope="col">{pair?.disbursed.name[lang]}</th>
          <th scope="col">{pair?.rate?.name[lang] ?? t('charts.table.rate')}</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => line(r.key, linkRows ? <Link to={drillTo(ctx.state, r.key)}>{labelOf(r)}</Link> : labelOf(r), r))}
        {series.total && line('total', `${t('charts.table.total')} – ${ctx.unit.name}`, series.total, true)}
      </tbody>
    </TwinTable>
  );
}
