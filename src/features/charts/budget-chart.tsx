import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { BudgetRow } from '@/domain/chart-budget';
import { BUDGET_STYLE } from '@/domain/chart-series';
import { formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { axisNumber, shortName } from './chart-format';
import { fillOf, HatchDefs, usePatternPrefix } from './chart-legend';

export const budgetHeight = (rows: number): number => Math.max(2, rows) * 44 + 36;

interface Props {
  rows: readonly BudgetRow[];
  /** Name on the axis: the unit's name, or the year. */
  labelOf: (row: BudgetRow) => string;
  width: number;
  /** Rows are units that can be opened. */
  onDrill?: (code: string) => void;
}

/** Allocated (hatched) and disbursed (solid) bars per row, labelled with the disbursement rate. */
export function BudgetChart({ rows, labelOf, width, onDrill }: Props) {
  const { t, lang } = useI18n();
  const prefix = usePatternPrefix();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const labelWidth = Math.min(230, Math.max(90, Math.max(...rows.map((r) => shortName(labelOf(r)).length)) * 7));
  const data = rows.map((r) => ({ key: r.key, allocated: r.plot.allocated, disbursed: r.plot.disbursed }));

  const renderTick = ({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const row = byKey.get(String(payload?.value));
    if (!row) return <g />;
    const missing = row.plot.allocated === null && row.plot.disbursed === null;
    return (
      <g className="chart-tick" onClick={onDrill ? () => onDrill(row.key) : undefined} style={onDrill ? { cursor: 'pointer' } : undefined}>
        <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12} fill="#1b1f24">
          {shortName(labelOf(row))}
        </text>
        {missing && (
          <text x={Number(x) + 6} y={Number(y)} dy="0.35em" fontSize={12} fontStyle="italic" fill="#4b5563">
            {t('value.notReported')}
          </text>
        )}
      </g>
    );
  };

  const RateLabel = ({ x, y, width: w, height: h, index }: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number }) => {
    const row = index === undefined ? undefined : rows[index];
    if (!row || typeof row.rate !== 'number') return null;
    return (
      <text x={Number(x) + Number(w) + 6} y={Number(y) + Number(h) / 2} dy="0.35em" fontSize={12} fill="#1b1f24">
        {t('charts.budget.rateLabel', { percent: `${formatNumber(row.rate, lang, 1)}%` })}
      </text>
    );
  };

  const click = onDrill ? (_: unknown, index: number) => rows[index] && onDrill(rows[index].key) : undefined;
  const allocated = BUDGET_STYLE.allocated;
  const disbursed = BUDGET_STYLE.disbursed;
  return (
    <BarChart layout="vertical" width={width} height={budgetHeight(rows.length)} data={data} margin={{ top: 4, right: 130, bottom: 4, left: 4 }} barCategoryGap="20%" barGap={2} accessibilityLayer={false}>
      <HatchDefs colours={[allocated.colour]} prefix={prefix} />
      <CartesianGrid horizontal={false} stroke="#e5e7eb" />
      <XAxis type="number" tickFormatter={axisNumber(lang)} fontSize={12} stroke="#4b5563" />
      <YAxis type="category" dataKey="key" width={labelWidth} interval={0} tick={renderTick} tickLine={false} stroke="#4b5563" />
      <Bar dataKey="allocated" fill={fillOf(prefix, allocated.colour, allocated.pattern)} stroke={allocated.colour} isAnimationActive={false} cursor={onDrill ? 'pointer' : undefined} onClick={click} />
      <Bar dataKey="disbursed" fill={disbursed.colour} isAnimationActive={false} cursor={onDrill ? 'pointer' : undefined} onClick={click}>
        <LabelList dataKey="disbursed" content={RateLabel} />
      </Bar>
    </BarChart>
  );
}
