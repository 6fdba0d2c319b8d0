import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { AchievementRow } from '@/domain/chart-achievement';
import { STATUS_STYLE } from '@/domain/chart-series';
import { useI18n } from '@/i18n/i18n-context';
import { formatPercent } from '@/i18n/format';
import type { IndicatorDef } from '@/api/contract';
import { axisNumber, formatValue, shortName } from './chart-format';
import { fillOf, HatchDefs, usePatternPrefix } from './chart-legend';

export const ROW_HEIGHT = 34;
export const AXIS_HEIGHT = 36;
export const achievementHeight = (rows: number): number => Math.max(3, rows) * ROW_HEIGHT + AXIS_HEIGHT;

interface Props {
  rows: readonly AchievementRow[];
  indicator: IndicatorDef;
  width: number;
  onDrill: (code: string) => void;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

/** Horizontal bars of actual per child, the child's target as a black tick, a label with value and achievement. */
export function AchievementChart({ rows, indicator, width, onDrill }: Props) {
  const { t, lang } = useI18n();
  const prefix = usePatternPrefix();
  const height = achievementHeight(rows.length);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const labelWidth = Math.min(230, Math.max(110, Math.max(...rows.map((r) => shortName(r.name).length)) * 7));
  const notReported = t('value.notReported');

  const renderTick = ({ x, y, payload }: TickProps) => {
    const row = byCode.get(String(payload?.value));
    if (!row) return null;
    const nx = Number(x);
    const ny = Number(y);
    const missing = row.bar === null;
    return (
      <g className="chart-tick" onClick={() => onDrill(row.code)} style={{ cursor: 'pointer' }}>
        <text x={nx - 6} y={ny} dy="0.35em" textAnchor="end" fontSize={12} fill="#1b1f24">
          {shortName(row.name)}
        </text>
        {missing && (
          <text x={nx + 6} y={ny} dy="0.35em" fontSize={12} fontStyle="italic" fill="#4b5563">
            {formatValue(row.value, indicator, lang, notReported)}
          </text>
        )}
      </g>
    );
  };

  const BarLabel = ({ x, y, width: w, height: h, index }: LabelProps) => {
    const row = index === undefined ? undefined : rows[index];
    if (!row || row.bar === null) return null;
    const value = formatValue(row.value, indicator, lang, notReported);
    const text = row.ratio === null ? value : t('charts.label.ratio', { value, percent: formatPercent(row.ratio, lang) });
    return (
      <text x={Number(x) + Number(w) + 6} y={Number(y) + Number(h) / 2} dy="0.35em" fontSize={12} fill="#1b1f24">
        {row.complete ? text : `${text} *`}
      </text>
    );
  };

  const renderTarget = (props: { x?: number; y?: number; width?: number; height?: number; index?: number }) => {
    const row = props.index === undefined ? undefined : rows[props.index];
    if (!row || row.target === null) return <g />;
    const x = (props.x ?? 0) + (props.width ?? 0);
    return <rect x={x - 1.5} y={(props.y ?? 0) - 3} width={3} height={(props.height ?? 0) + 6} fill="#1b1f24" />;
  };

  return (
    <BarChart layout="vertical" width={width} height={height} data={rows as AchievementRow[]} margin={{ top: 4, right: 170, bottom: 4, left: 4 }} barCategoryGap="22%" accessibilityLayer={false}>
      <HatchDefs colours={[STATUS_STYLE.behind.colour]} prefix={prefix} />
      <CartesianGrid horizontal={false} stroke="#e5e7eb" />
      <XAxis type="number" tickFormatter={axisNumber(lang)} fontSize={12} stroke="#4b5563" allowDecimals={indicator.decimals > 0} />
      <YAxis yAxisId="bars" type="category" dataKey="code" width={labelWidth} interval={0} tick={renderTick} tickLine={false} stroke="#4b5563" />
      <YAxis yAxisId="targets" type="category" dataKey="code" hide />
      <Bar yAxisId="bars" dataKey="bar" isAnimationActive={false} cursor="pointer" onClick={(_, index) => rows[index] && onDrill(rows[index].code)}>
        {rows.map((r) => (
          <Cell key={r.code} fill={fillOf(prefix, STATUS_STYLE[r.status].colour, STATUS_STYLE[r.status].pattern)} stroke={STATUS_STYLE[r.status].colour} />
        ))}
        <LabelList dataKey="bar" content={BarLabel} />
      </Bar>
      <Bar yAxisId="targets" dataKey="target" isAnimationActive={false} shape={renderTarget} fill="none" legendType="none" />
    </BarChart>
  );
}
