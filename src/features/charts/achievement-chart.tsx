import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import type { IndicatorDef } from '@/api/contract';
import type { AchievementRow } from '@/domain/chart-achievement';
import { STATUS_STYLE } from '@/domain/chart-series';
import { formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { axisNumber, codeOf, formatValue, shortName, sideAxes, type TickProps } from './chart-format';
import { fillOf, HatchDefs, usePatternPrefix } from './chart-legend';
import { SideText } from './side-text';

export const ROW_HEIGHT = 34;
export const AXIS_HEIGHT = 36;
export const achievementHeight = (rows: number): number => Math.max(3, rows) * ROW_HEIGHT + AXIS_HEIGHT;

interface Props {
  rows: readonly AchievementRow[];
  indicator: IndicatorDef;
  width: number;
  onDrill: (code: string) => void;
}

/**
 * Horizontal bars of actual per child (none for "chưa báo cáo" and "x"), the child's target as a
 * black tick, and on the right of each row its value and achievement.
 */
export function AchievementChart({ rows, indicator, width, onDrill }: Props) {
  const { t, lang } = useI18n();
  const prefix = usePatternPrefix();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const axes = sideAxes(
    width,
    rows.map((r) => r.name),
    170,
  );
  const notReported = t('value.notReported');
  const valueText = (row: AchievementRow) => {
    const value = formatValue(row.value, indicator, lang, notReported);
    const text = row.ratio === null ? value : t('charts.label.ratio', { value, percent: formatPercent(row.ratio, lang) });
    return row.bar !== null && !row.complete ? `${text} *` : text;
  };

  const renderName = ({ x, y, payload }: TickProps) => {
    const row = byCode.get(String(payload?.value));
    if (!row) return <g />;
    return (
      <g className="chart-tick" onClick={() => onDrill(row.code)} style={{ cursor: 'pointer' }}>
        <SideText x={Number(x) - 6} y={Number(y)} anchor="end" text={shortName(row.name, axes.nameChars)} twoLines={false} />
      </g>
    );
  };
  const renderValue = ({ x, y, payload }: TickProps) => {
    const row = byCode.get(String(payload?.value));
    if (!row) return <g />;
    return <SideText x={Number(x) + 4} y={Number(y)} text={valueText(row)} twoLines={axes.twoLines} italic={row.bar === null} muted={row.bar === null} />;
  };
  const renderTarget = (props: { x?: number; y?: number; width?: number; height?: number; payload?: unknown }) => {
    const row = byCode.get(codeOf(props.payload));
    if (!row || row.target === null) return <g />;
    const x = (props.x ?? 0) + (props.width ?? 0);
    return <rect x={x - 1.5} y={(props.y ?? 0) - 3} width={3} height={(props.height ?? 0) + 6} fill="#1b1f24" />;
  };

  return (
    <BarChart
      layout="vertical"
      width={width}
      height={achievementHeight(rows.length)}
      data={rows as AchievementRow[]}
      margin={{ top: 4, right: 8, bottom: 4, left: 4 }}
      barCategoryGap="22%"
      accessibilityLayer={false}
    >
      <HatchDefs colours={[STATUS_STYLE.behind.colour]} prefix={prefix} />
      <CartesianGrid horizontal={false} stroke="#e5e7eb" />
      <XAxis type="number" tickFormatter={axisNumber(lang)} fontSize={12} stroke="#4b5563" allowDecimals={indicator.decimals > 0} />
      <YAxis yAxisId="bars" type="category" dataKey="code" width={axes.label} interval={0} tick={renderName} tickLine={false} stroke="#4b5563" />
      <YAxis
        yAxisId="values"
        orientation="right"
        type="category"
        dataKey="code"
        width={axes.value}
        interval={0}
        tick={renderValue}
        tickLine={false}
        axisLine={false}
      />
      <YAxis yAxisId="targets" type="category" dataKey="code" hide />
      <Bar yAxisId="bars" dataKey="bar" isAnimationActive={false} cursor="pointer" onClick={(entry) => onDrill(codeOf(entry.payload))}>
        {rows.map((r) => (
          <Cell key={r.code} fill={fillOf(prefix, STATUS_STYLE[r.status].colour, STATUS_STYLE[r.status].pattern)} stroke={STATUS_STYLE[r.status].colour} />
        ))}
      </Bar>
      <Bar yAxisId="targets" dataKey="target" isAnimationActive={false} shape={renderTarget} fill="none" legendType="none" />
    </BarChart>
  );
}
