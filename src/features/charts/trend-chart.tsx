import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { ComparisonTarget } from '@/domain/chart-options';
import { TREND_STYLE, type TrendRole } from '@/domain/chart-series';
import type { TrendSeries } from '@/domain/chart-trend';
import { formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { axisNumber } from './chart-format';

export const TREND_HEIGHT = 320;

interface Props {
  series: TrendSeries;
  width: number;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
}

/**
 * A marker per series shape (circle, triangle, diamond), so lines differ by more than colour. Points
 * at `hollow` positions (re-aggregated from old units) are drawn open.
 */
function marker(role: TrendRole, hollow: ReadonlySet<number> = new Set()) {
  const { colour, marker: shape } = TREND_STYLE[role];
  const render = ({ cx, cy, index, value }: DotProps) => {
    const key = `${role}-${index}`;
    if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={key} />;
    if (index !== undefined && hollow.has(index)) return <circle key={key} cx={cx} cy={cy} r={4} fill="#ffffff" stroke={colour} strokeWidth={2} />;
    if (shape === 'triangle') return <path key={key} d={`M${cx} ${cy - 5} L${cx + 5} ${cy + 4} L${cx - 5} ${cy + 4} Z`} fill={colour} />;
    if (shape === 'diamond') return <path key={key} d={`M${cx} ${cy - 5} L${cx + 5} ${cy} L${cx} ${cy + 5} L${cx - 5} ${cy} Z`} fill={colour} />;
    return <circle key={key} cx={cx} cy={cy} r={4} fill={colour} />;
  };
  return render;
}

/** Splits a long period label over two lines ("6 tháng đầu" / "năm 2023"). */
function twoLines(label: string): [string, string?] {
  if (label.length <= 12) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++) if (label[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  return best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

/** The indicator over time: the unit, the annual target, comparisons; the selected period shaded. */
export function TrendChart({ series, width }: Props) {
  const { lang } = useI18n();
  const labels = new Map(series.points.map((p) => [p.key, `${formatPeriod(p.period, lang)}${p.partial ? '*' : ''}`]));
  const data = series.points.map((p) => ({
    key: p.key,
    band: p.selected ? 1 : 0,
    unit: p.plot.unit,
    target: p.plot.target,
    parent: p.plot.parent ?? null,
    province: p.plot.province ?? null,
  }));
  const renderTick = ({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const [a, b] = twoLines(labels.get(String(payload?.value)) ?? '');
    return (
      <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={12} fill="#1b1f24">
        <tspan x={Number(x)}>{a}</tspan>
        {b && (
          <tspan x={Number(x)} dy="1.2em">
            {b}
          </tspan>
        )}
      </text>
    );
  };
  const reaggregated = new Set(series.points.flatMap((p, i) => (p.reaggregated ? [i] : [])));
  const line = (role: ComparisonTarget | 'unit') => (
    <Line
      key={role}
      yAxisId="values"
      dataKey={role}
      stroke={TREND_STYLE[role].colour}
      strokeWidth={role === 'unit' ? 3 : 2}
      strokeDasharray={TREND_STYLE[role].dash}
      dot={marker(role, role === 'unit' ? reaggregated : undefined)}
      activeDot={false}
      connectNulls={false}
      isAnimationActive={false}
    />
  );
  return (
    <ComposedChart
      width={width}
      height={TREND_HEIGHT}
      data={data}
      margin={{ top: 10, right: 16, bottom: 8, left: 8 }}
      barCategoryGap={0}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#e5e7eb" />
      <XAxis dataKey="key" interval="preserveStartEnd" tick={renderTick} height={42} stroke="#4b5563" />
      <YAxis yAxisId="values" tickFormatter={axisNumber(lang)} fontSize={12} stroke="#4b5563" width={64} />
      <YAxis yAxisId="band" domain={[0, 1]} orientation="right" width={0} hide />
      <Bar yAxisId="band" dataKey="band" fill="#e5e7eb" isAnimationActive={false} />
      {series.targetLine === 'shown' && (
        <Line
          yAxisId="values"
          dataKey="target"
          type="step"
          stroke={TREND_STYLE.target.colour}
          strokeWidth={2}
          strokeDasharray={TREND_STYLE.target.dash}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      )}
      {series.compared.map((c) => line(c.role))}
      {line('unit')}
    </ComposedChart>
  );
}
