/**
 * Horizontal bars for a projector: one row per unit or category, its value written at the end of
 * the bar, the target as a tick. Rows without a number ("chưa báo cáo", "x") get no bar, only
 * their text: never a zero. More than 16 rows go into two columns, so type stays large.
 */
import { useId } from 'react';
import type { BarRow, LegendEntry } from '@/domain/slides/slide-body';
import { SLIDE } from './slide-types';
import { CHAR_WIDTH, fitText } from './svg-geometry';

const ROWS_PER_COLUMN = 16;
const LEGEND_HEIGHT = 52;

export function SlideLegend({ items }: { items: readonly LegendEntry[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="slide-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span className={`slide-swatch slide-swatch--${item.swatch}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  rows: readonly BarRow[];
  caption: string;
  legend?: readonly LegendEntry[];
  /** Space under the chart kept for notes. */
  reserve?: number;
}

export function SlideBars({ rows, caption, legend = [], reserve = 0 }: Props) {
  const prefix = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const width = SLIDE.body.width;
  const height = SLIDE.body.height - (legend.length ? LEGEND_HEIGHT : 0) - reserve;
  const columns = rows.length > ROWS_PER_COLUMN ? 2 : 1;
  const perColumn = Math.ceil(rows.length / columns) || 1;
  const gap = 48;
  const colWidth = (width - gap * (columns - 1)) / columns;
  const rowHeight = Math.min(72, height / perColumn);
  const font = rowHeight >= 46 ? 28 : 24;
  const longest = Math.max(4, ...rows.map((r) => r.label.length));
  const labelWidth = Math.min(colWidth * 0.34, longest * font * CHAR_WIDTH + 16);
  const longestValue = Math.max(4, ...rows.map((r) => r.valueText.length));
  const valueWidth = Math.min(colWidth * 0.34, longestValue * font * CHAR_WIDTH + 24);
  const barWidth = colWidth - labelWidth - valueWidth;
  const max = Math.max(1e-9, ...rows.map((r) => Math.max(r.value ?? 0, r.target ?? 0)));
  const scale = (v: number) => (Math.max(0, v) / max) * barWidth;
  const thickness = Math.max(16, rowHeight * 0.6);
  const labelChars = Math.floor((labelWidth - 16) / (font * CHAR_WIDTH));

  return (
    <div className="slide-chart">
      <SlideLegend items={legend} />
      <svg className="slide-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption}>
        <defs>
          <pattern id={`${prefix}-hatch`} width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="14" height="14" className="bar-hatch__bg" />
            <rect width="6" height="14" className="bar-hatch__ink" />
          </pattern>
        </defs>
        {rows.map((row, i) => {
          const col = Math.floor(i / perColumn);
          const x0 = col * (colWidth + gap) + labelWidth;
          const y = (i % perColumn) * rowHeight;
          const mid = y + rowHeight / 2;
          const length = row.value === null ? 0 : scale(row.value);
          return (
            <g key={row.key} className={`bar bar--${row.tone}`}>
              <text x={x0 - 14} y={mid} dy="0.35em" textAnchor="end" fontSize={font} className="slide-svg__text">
                {fitText(row.label, labelChars)}
              </text>
              {row.value !== null && (
                <rect
                  x={x0}
                  y={mid - thickness / 2}
                  width={Math.max(length, 2)}
                  height={thickness}
                  className="bar__fill"
                  fill={row.tone === 'behind' ? `url(#${prefix}-hatch)` : undefined}
                />
              )}
              {row.target !== null && (
                <rect x={x0 + scale(row.target) - 3} y={mid - thickness / 2 - 8} width={6} height={thickness + 16} className="bar__target" />
              )}
              <text
                x={x0 + Math.max(length, row.target !== null ? scale(row.target) : 0) + 16}
                y={mid}
                dy="0.35em"
                fontSize={font}
                className={`slide-svg__text${row.value === null ? ' slide-svg__text--missing' : ''}`}
              >
                {row.valueText}
              </text>
            </g>
          );
        })}
        {Array.from({ length: columns }, (_, col) => (
          <line
            key={col}
            x1={col * (colWidth + gap) + labelWidth}
            x2={col * (colWidth + gap) + labelWidth}
            y1={0}
            y2={perColumn * rowHeight}
            className="slide-svg__axis"
          />
        ))}
      </svg>
    </div>
  );
}
