import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { IndicatorDef } from '@/api/contract';
import type { BreakdownLayout } from '@/domain/chart-options';
import type { BreakdownSeries } from '@/domain/chart-breakdown';
import { categoryColour, drawable, REMAINDER_STYLE } from '@/domain/chart-series';
import { formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { axisNumber, formatValue, shortName } from './chart-format';
import { fillOf, HatchDefs, usePatternPrefix } from './chart-legend';

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
    entry[REMAINDER_KEY] = r.remainder;
    return entry;
  });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const nameOf = (code: string) => {
    const row = byCode.get(code);
    return row ? (row.isUnit ? unitLabel : row.name) : '';
  };
  const labelWidth = Math.min(230, Math.max(110, Math.max(...rows.map((r) => shortName(nameOf(r.code)).length)) * 7));
  const stackId = layout === 'stacked' ? 'total' : undefined;
  const notReported = t('value.notReported');

  const renderTick = ({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const row = byCode.get(String(payload?.value));
    if (!row) return <g />;
    const status = row.status === 'not_reported' || row.status === 'suppressed' ? formatValue(row.total, indicator, lang, notReported) : null;
    return (
      <g className="chart-tick" onClick={row.isUnit ? undefined : () => onDrill(row.code)} style={row.isUnit ? undefined : { cursor: 'pointer' }}>
        <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={12} fontWeight={row.isUnit ? 700 : 400} fill="#1b1f24">
          {shortName(nameOf(row.code))}
        </text>
        {status && (
          <text x={Number(x) + 6} y={Number(y)} dy="0.35em" fontSize={12} fontStyle="italic" fill="#4b5563">
            {status}
          </text>
        )}
      </g>
    );
  };

  const TotalLabel = ({ x, y, width: w, height: h, index }: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number }) => {
    const row = index === undefined ? undefined : rows[index];
    if (!row || typeof row.total !== 'number') return null;
    const total = formatValue(row.total, indicator, lang, notReported);
    const text = row.coverage !== null && row.coverage < 1 ? `${total} (${t('charts.table.coverage').toLowerCase()} ${formatPercent(row.coverage, lang)})` : total;
    return (
      <text x={Number(x) + Number(w) + 6} y={Number(y) + Number(h) / 2} dy="0.35em" fontSize={12} fill="#1b1f24">
        {text}
      </text>
    );
  };

  const click = (index: number) => {
    const row = rows[index];
    if (row && !row.isUnit) onDrill(row.code);
  };
  const colours = series.categories.map((_, i) => categoryColour(i));
  return (
    <BarChart layout="vertical" width={width} height={breakdownHeight(rows.length, series.categories.length, layout)} data={data} margin={{ top: 4, right: layout === 'stacked' ? 190 : 24, bottom: 4, left: 4 }} barCategoryGap="18%" barGap={1} accessibilityLayer={false}>
      <HatchDefs colours={[REMAINDER_STYLE.colour]} prefix={prefix} />
      <CartesianGrid horizontal={false} stroke="#e5e7eb" />
      <XAxis type="number" tickFormatter={axisNumber(lang)} fontSize={12} stroke="#4b5563" />
      <YAxis type="category" dataKey="code" width={labelWidth} interval={0} tick={renderTick} tickLine={false} stroke="#4b5563" />
      {series.categories.map((c, i) => (
        <Bar key={c.code} dataKey={c.code} stackId={stackId} fill={colours[i]} stroke="#ffffff" strokeWidth={layout === 'stacked' ? 1 : 0} isAnimationActive={false} cursor="pointer" onClick={(_, index) => click(index)} />
      ))}
      <Bar dataKey={REMAINDER_KEY} stackId={stackId} fill={fillOf(prefix, REMAINDER_STYLE.colour, REMAINDER_STYLE.pattern)} stroke={REMAINDER_STYLE.colour} isAnimationActive={false} cursor="pointer" onClick={(_, index) => click(index)}>
        {layout === 'stacked' && <LabelList dataKey={REMAINDER_KEY} content={TotalLabel} />}
      </Bar>
    </BarChart>
  );
}
