import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { BudgetRow } from '@/domain/chart-budget';
import { BUDGET_STYLE } from '@/domain/chart-series';
import { formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { axisNumber, codeOf, shortName, sideAxes, type TickProps } from './chart-format';
import { fillOf, HatchDefs, usePatternPrefix } from './chart-legend';
import { SideText } from './side-text';

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
  const axes = sideAxes(width, rows.map(labelOf), 130);
  const data = rows.map((r) => ({ key: r.key, allocated: r.plot.allocated, disbursed: r.plot.disbursed }));

  const renderName = ({ x, y, payload }: TickProps) => {
    const row = byKey.get(String(payload?.value));
    if (!row) return <g />;
    return (
      <g className="chart-tick" onClick={onDrill ? () => onDrill(row.key) : undefined} style={onDrill ? { cursor: 'pointer' } : undefined}>
        <SideText x={Number(x) - 6} y={Number(y)} anchor="end" text={shortName(labelOf(row), axes.nameChars)} twoLines={false} />
      </g>
    );
  };
  /** The disbursement rate of each row (or why there is none) on the right. */
  const renderRate = ({ x, y, payload }: TickProps) => {
    const row = byKey.get(String(payload?.value));
    if (!row) return <g />;
    const missing = row.allocated === null && row.disbursed === null;
    const text = missing
      ? t('value.notReported')
      : typeof row.rate === 'number'
        ? t('charts.budget.rateLabel', { percent: `${formatNumber(row.rate, lang, 1)}%` })
        : '—';
    return <SideText x={Number(x) + 4} y={Number(y)} text={text} twoLines={axes.twoLines} italic={missing} muted={missing} />;
  };

  const click = onDrill ? (entry: { payload?: unknown }) => onDrill(codeOf(entry.payload)) : undefined;
  const allocated = BUDGET_STYLE.allocated;
  const disbursed = BUDGET_STYLE.disbursed;
  return (
    <BarChart
      layout="vertical"
      width={width}
      height={budgetHeight(rows.length)}
      data={data}
      margin={{ top: 4, right: 8, bottom: 4, left: 4 }}
      barCategoryGap="20%"
      barGap={2}
      accessibilityLayer={false}
    >
      <HatchDefs colours={[allocated.colour]} prefix={prefix} />
      <CartesianGrid horizontal={false} stroke="#e5e7eb" />
      <XAxis type="number" tickFormatter={axisNumber(lang)} fontSize={12} stroke="#4b5563" />
      <YAxis yAxisId="rows" type="category" dataKey="key" width={axes.label} interval={0} tick={renderName} tickLine={false} stroke="#4b5563" />
      <YAxis
        yAxisId="rates"
        orientation="right"
        type="category"
        dataKey="key"
        width={axes.value}
        interval={0}
        tick={renderRate}
        tickLine={false}
        axisLine={false}
      />
      <Bar
        yAxisId="rows"
        dataKey="allocated"
        fill={fillOf(prefix, allocated.colour, allocated.pattern)}
        stroke={allocated.colour}
        isAnimationActive={false}
        cursor={onDrill ? 'pointer' : undefined}
        onClick={click}
      />
      <Bar yAxisId="rows" dataKey="disbursed" fill={disbursed.colour} isAnimationActive={false} cursor={onDrill ? 'pointer' : undefined} onClick={click} />
    </BarChart>
  );
}
