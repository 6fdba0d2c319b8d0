/**
 * A choropleth for a projector, drawn as plain SVG from the boundaries (no tiles, nothing from the
 * network): classes in colour, cells without a number in a neutral fill with a pattern, the
 * legend beside it in large type.
 */
import { useId } from 'react';
import { SPECIAL_KINDS, SPECIAL_PATTERNS } from '@/domain/palettes';
import type { MapLegendEntry, MapShape as Shape, SlidePaint } from '@/domain/slides/slide-body';
import { SLIDE } from './slide-types';
import { fitProjection, fitText, type Geometry } from './svg-geometry';

export type MapShape = Shape<Geometry>;

interface Props {
  shapes: readonly MapShape[];
  outline: Geometry | null;
  legend: readonly MapLegendEntry[];
  caption: string;
  note?: string | undefined;
}

const LEGEND_WIDTH = 620;
/**
 * The light theme's strokes as SVG attributes: the stylesheet's theme colours win on screen, and
 * a picture of the map (PPTX export) keeps the light look even where styles are not carried over.
 */
const LIGHT = {
  shape: { stroke: '#ffffff', strokeWidth: 2 },
  label: { fill: '#111111', stroke: '#ffffff', strokeWidth: 6, paintOrder: 'stroke', strokeLinejoin: 'round' as const },
};
const MAX_LABELS = 24;

function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {SPECIAL_KINDS.map((kind) => {
        const spec = SPECIAL_PATTERNS[kind];
        const ink = { stroke: spec.ink, strokeWidth: 3 };
        return (
          <pattern key={kind} id={`${prefix}-${kind}`} width="16" height="16" patternUnits="userSpaceOnUse">
            <rect width="16" height="16" fill={spec.background} />
            {spec.shape === 'hatch' && <path d="M-4,4 l8,-8 M0,16 l16,-16 M12,20 l8,-8" {...ink} />}
            {spec.shape === 'backhatch' && <path d="M-4,12 l8,8 M0,0 l16,16 M12,-4 l8,8" {...ink} />}
            {spec.shape === 'cross' && <path d="M0,0 l16,16 M0,16 l16,-16" {...ink} strokeWidth={2} />}
            {spec.shape === 'lines' && <path d="M0,8 h16" {...ink} />}
            {spec.shape === 'dots' && <circle cx="8" cy="8" r="3.2" fill={spec.ink} />}
          </pattern>
        );
      })}
    </defs>
  );
}

const fillOf = (paint: SlidePaint, prefix: string): string => (paint.kind === 'colour' ? paint.colour : `url(#${prefix}-${paint.special})`);

export function SlideMap({ shapes, outline, legend, caption, note }: Props) {
  const prefix = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const width = SLIDE.body.width - LEGEND_WIDTH - 32;
  const height = SLIDE.body.height;
  const projection = fitProjection(shapes.length ? shapes.map((s) => s.geometry) : outline ? [outline] : [], width, height, 12);
  const labelled = shapes.length <= MAX_LABELS;
  return (
    <div className="slide-map">
      <svg className="slide-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption}>
        <PatternDefs prefix={prefix} />
        {outline && shapes.length === 0 && <path d={projection.path(outline)} className="slide-map__outline" fill="none" stroke="#111111" strokeWidth={2} />}
        {shapes.map((s) => (
          <path key={s.code} d={projection.path(s.geometry)} fill={fillOf(s.paint, prefix)} className="slide-map__shape" {...LIGHT.shape} />
        ))}
        {labelled &&
          shapes.map((s) => {
            if (!s.label) return null;
            const [x, y] = projection.project(Number(s.label.at[0]), Number(s.label.at[1]));
            return (
              <text key={s.code} x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={24} fontWeight={700} className="slide-map__label" {...LIGHT.label}>
                {fitText(s.label.text, 18)}
              </text>
            );
          })}
      </svg>
      <div className="slide-map__side">
        <ul className="slide-map__legend">
          {legend.map((item) => (
            <li key={item.key}>
              <svg width="44" height="32" aria-hidden="true" focusable="false">
                <rect x="1.5" y="1.5" width="41" height="29" fill={fillOf(item.paint, prefix)} className="slide-map__swatch" stroke="#111111" strokeWidth={2} />
              </svg>
              <span>{item.label}</span>
              <span className="slide-map__count">{item.count}</span>
            </li>
          ))}
        </ul>
        {note && <p className="slide-note">{note}</p>}
      </div>
    </div>
  );
}
