/** A trend for a projector: the values as a line with labelled points, the target as a dashed line; gaps where there is no number. */
import type { LegendEntry, LinePoint } from '@/domain/slides/slide-body';
import { SlideLegend } from './slide-bars';
import { SLIDE } from './slide-types';
import { niceTicks } from './svg-geometry';

interface Props {
  points: readonly LinePoint[];
  caption: string;
  legend: readonly LegendEntry[];
  formatTick: (value: number) => string;
  reserve?: number;
}

const FONT = 28;

function segments(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (p.y === null) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
    open = true;
  }
  return d;
}

export function SlideLine({ points, caption, legend, formatTick, reserve = 0 }: Props) {
  const width = SLIDE.body.width;
  const height = SLIDE.body.height - 52 - reserve;
  const left = 150;
  const right = 60;
  const top = 56;
  const bottom = 64;
  const max = Math.max(0, ...points.map((p) => Math.max(p.value ?? 0, p.target ?? 0)));
  const ticks = niceTicks(max);
  const ceiling = ticks[ticks.length - 1] ?? 1;
  const plotH = height - top - bottom;
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
  const xOf = (i: number) => (points.length > 1 ? left + i * step : (left + width - right) / 2);
  const yOf = (v: number) => top + plotH - (v / ceiling) * plotH;
  const values = points.map((p, i) => ({ x: xOf(i), y: p.value === null ? null : yOf(p.value) }));
  const targets = points.map((p, i) => ({ x: xOf(i), y: p.target === null ? null : yOf(p.target) }));

  return (
    <div className="slide-chart">
      <SlideLegend items={legend} />
      <svg className="slide-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={yOf(tick)} y2={yOf(tick)} className="slide-svg__grid" />
            <text x={left - 16} y={yOf(tick)} dy="0.35em" textAnchor="end" fontSize={24} className="slide-svg__text slide-svg__text--muted">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        <path d={segments(targets)} className="line line--target" />
        {targets.map(
          (p, i) => p.y !== null && <rect key={`t${i}`} x={p.x - 9} y={p.y - 9} width={18} height={18} className="line__marker line__marker--target" />,
        )}
        <path d={segments(values)} className="line line--value" />
        {points.map((p, i) => (
          <g key={p.key}>
            {values[i]!.y !== null && <circle cx={values[i]!.x} cy={values[i]!.y!} r={11} className="line__marker line__marker--value" />}
            <text
              x={xOf(i)}
              y={(values[i]!.y ?? top + plotH) - 24}
              textAnchor="middle"
              fontSize={FONT}
              fontWeight={700}
              className={`slide-svg__text${p.value === null ? ' slide-svg__text--missing' : ''}`}
            >
              {p.valueText}
            </text>
            <text x={xOf(i)} y={height - bottom + 44} textAnchor="middle" fontSize={FONT} className="slide-svg__text">
              {p.label}
            </text>
          </g>
        ))}
        <line x1={left} x2={width - right} y1={top + plotH} y2={top + plotH} className="slide-svg__axis" />
      </svg>
    </div>
  );
}
