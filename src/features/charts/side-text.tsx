/** SVG text for axis ticks, on one line or two. */
import { splitLabel } from './chart-format';

interface Props {
  x: number;
  y: number;
  text: string;
  twoLines: boolean;
  anchor?: 'start' | 'end';
  italic?: boolean;
  bold?: boolean;
  muted?: boolean;
}

export function SideText({ x, y, text, twoLines, anchor = 'start', italic = false, bold = false, muted = false }: Props) {
  const lines = twoLines ? splitLabel(text) : [text];
  return (
    <text
      x={x}
      y={y}
      dy={lines.length === 2 ? '-0.25em' : '0.35em'}
      textAnchor={anchor}
      fontSize={12}
      fontStyle={italic ? 'italic' : 'normal'}
      fontWeight={bold ? 700 : 400}
      fill={muted ? '#4b5563' : '#1b1f24'}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? undefined : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
