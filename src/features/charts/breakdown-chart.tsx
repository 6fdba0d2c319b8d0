import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { IndicatorDef } from '@/api/contract';
import type { BreakdownLayout } from '@/domain/chart-options';
import type { BreakdownSeries } from '@/domain/chart-breakdown';
import { categoryColour, drawable, REMAINDER_STYLE } from '@/domain/chart-series';
import { formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { axisNumber, codeOf, formatValue, shortName, sideAxes, type TickProps } from './chart-format';
import { fillOf, HatchDefs, usePatternPrefix } from './chart-legend';
import { SideText } from './side-text';

export const REMAINDER_KEY = '__remainder';

export function breakdownHeight(rows: number, categories: number, layout: BreakdownLayout): number {
  const perRow = layout === 'stacked' ? 34 : Math.max(34, (categories + 1) * 9 + 12);
  return Math.max(2, rows) * perRow + 36;
}

interface Props {
  series: BreakdownSeries;
  indicator: IndicatorDef;
  layout: BreakdownLayout;
  width: number;
  unitLabel: string;
  onDrill: (code: string) => void;
}

/** Bars per unit (the unit itself first), one segment or bar per category, the uncovered part hatched grey. */
export function BreakdownChart({ series, indicator, layout, width, unitLabel, onDrill }: Props) {
  const { t, lang } = useI18n();
  const prefix = usePatternPrefix();
  const rows = series.rows;
  const data = rows.map((r) => {
    const entry: Record<string, string | number | null> = { code: r.code };
    for (const c of series.categories) entry[c.code] = drawable(r.values[c.code] ?? null);
    entry[REMAINDER_KEY] = r.remainder !== null && r.remainder > 0 ? r.remainder : null;
    return entry;
  });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const nameOf = (code: string) => {
    const row = byCode.get(code);
    return row ? (row.isUnit ? unitLabel : row.name) : '';
  };
  const axes = sideAxes(
    width,
    rows.map((r) => nameOf(r.code)),
    series.partial ? 200 : 100,
  );
  const stackId = layout === 'stacked' ? 'total' : undefined;
  const notReported = t('value.notReported');

  const renderTick = ({ x, y, payload }: TickProps) => {
    const row = byCode.get(String(payload?.value));
    if (!row) return <g />;
    return (
      <g className="chart-tick" onClick={row.isUnit ? undefined : () => onDrill(row.code)} style={row.isUnit ? undefined : { cursor: 'pointer' }}>
        <SideText x={Number(x) - 6} y={Number(y)} anchor="end" text={shortName(nameOf(row.code), axes.nameChars)} twoLines={false} bold={row.isUnit} />
      </g>
    );
  };

  /** Totals (and coverage when partial) on a right-hand axis, aligned with each row. */
  const renderTotal = ({ x, y, payload }: TickProps) => {
    const row = byCode.get(String(payload?.value));
    if (!row) return <g />;
    const total = formatValue(row.total, indicator, lang, notReported);
    const missing = typeof row.total !== 'number';
    const text =
      !missing && row.coverage !== null && row.coverage < 1
        ? `${total} · ${t('charts.table.coverage').toLowerCase()} ${formatPercent(row.coverage, lang)}`
        : total;
    return (
      <SideText x={Number(x) + 6} y={Number(y)} text={text} twoLines={axes.twoLines || text.length > 26} italic={missing} muted={missing} bold={row.isUnit} />
    );
  };

  const click = (entry: { payload?: unknown }) => {
    const row = byCode.get(codeOf(entry.payload));
    if (row && !row.isUnit) onDrill(row.code);
  };
  const colours = series.categories.map((_, i) => categoryColour(i));
  return (
    <BarChart
      layout="vertical"
      width={width}
      height={breakdownHeight(rows.length, series.categories.length, layout)}
      data={data}
      margin={{ top: 4, right: 8, bottom: 4, left: 4 }}
      barCategoryGap="18%"
      barGap={1}
      accessibilityLayer={false}
    >
      <HatchDefs colours={[REMAINDER_STYLE.colour]} prefix={prefix} />
      <CartesianGrid horizontal={false} stroke="#e5e7eb" />
      <XAxis type="number" tickFormatter={axisNumber(lang)} fontSize={12} stroke="#4b5563" />
      <YAxis yAxisId="units" type="category" dataKey="code" width={axes.label} interval={0} tick={renderTick} tickLine={false} stroke="#4b5563" />
      <YAxis
        yAxisId="totals"
        orientation="right"
        type="category"
        dataKey="code"
        width={axes.value}
        interval={0}
        tick={renderTotal}
        tickLine={false}
        axisLine={false}
      />
      {series.categories.map((c, i) => (
        <Bar
          key={c.code}
          yAxisId="units"
          dataKey={c.code}
          stackId={stackId}
          fill={colours[i]}
          stroke="#ffffff"
          strokeWidth={layout === 'stacked' ? 1 : 0}
          isAnimationActive={false}
          cursor="pointer"
          onClick={click}
        />
      ))}
      {series.partial && (
        <Bar
          yAxisId="units"
          dataKey={REMAINDER_KEY}
          stackId={stackId}
          fill={fillOf(prefix, REMAINDER_STYLE.colour, REMAINDER_STYLE.pattern)}
          stroke={REMAINDER_STYLE.colour}
          isAnimationActive={false}
          cursor="pointer"
          onClick={click}
        />
      )}
    </BarChart>
  );
}
