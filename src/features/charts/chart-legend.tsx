import { useId, type ReactNode } from 'react';
import type { Pattern } from '@/domain/chart-series';

/** A prefix for SVG ids that is unique on the page and safe inside url(#…). */
export function usePatternPrefix(): string {
  return `p${useId().replace(/[^A-Za-z0-9]/g, '')}`;
}

/** SVG pattern id for a hatched fill of a colour (colours come from our palette). */
export const hatchId = (prefix: string, colour: string): string => `${prefix}-hatch-${colour.replace(/[^A-Za-z0-9]/g, '')}`;

/** Hatch patterns for the given colours; render inside the chart's <svg>. */
export function HatchDefs({ colours, prefix }: { colours: readonly string[]; prefix: string }) {
  return (
    <defs>
      {[...new Set(colours)].map((c) => (
        <pattern key={c} id={hatchId(prefix, c)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={c} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2.5" />
        </pattern>
      ))}
    </defs>
  );
}

export const fillOf = (prefix: string, colour: string, pattern: Pattern): string =>
  pattern === 'hatch' ? `url(#${hatchId(prefix, colour)})` : pattern === 'none' ? 'none' : colour;

export type SwatchKind =
  | { type: 'box'; colour: string; pattern: Pattern }
  | { type: 'line'; colour: string; dash?: string | undefined; marker?: string }
  | { type: 'tick' }
  | { type: 'area' }
  | { type: 'text'; text: string };

function Swatch({ kind }: { kind: SwatchKind }) {
  const prefix = usePatternPrefix();
  if (kind.type === 'text') return <span className="chart-legend__text-swatch">{kind.text}</span>;
  return (
    <svg className="chart-legend__swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {kind.type === 'box' && (
        <>
          {kind.pattern === 'hatch' && <HatchDefs colours={[kind.colour]} prefix={prefix} />}
          <rect
            x="1"
            y="1"
            width="26"
            height="12"
            fill={fillOf(prefix, kind.colour, kind.pattern)}
            stroke={kind.colour}
            strokeWidth={kind.pattern === 'none' ? 1 : 0}
            strokeDasharray={kind.pattern === 'none' ? '3 2' : undefined}
          />
        </>
      )}
      {kind.type === 'line' && (
        <>
          <line x1="1" y1="7" x2="27" y2="7" stroke={kind.colour} strokeWidth="2.5" strokeDasharray={kind.dash} />
          {kind.marker === 'circle' && <circle cx="14" cy="7" r="3.5" fill={kind.colour} />}
          {kind.marker === 'triangle' && <path d="M14 2.5 L18.5 10.5 L9.5 10.5 Z" fill={kind.colour} />}
          {kind.marker === 'diamond' && <path d="M14 2 L19 7 L14 12 L9 7 Z" fill={kind.colour} />}
        </>
      )}
      {kind.type === 'tick' && <rect x="12.5" y="0" width="3" height="14" fill="#1b1f24" />}
      {kind.type === 'area' && <rect x="1" y="1" width="26" height="12" fill="#e5e7eb" stroke="#9ca3af" />}
    </svg>
  );
}

export interface LegendItem {
  key: string;
  label: ReactNode;
  swatch: SwatchKind;
}

/** A real-text legend (readable, printable, part of the exported image). */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Swatch kind={item.swatch} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
