/** The fills of cells without a number, as SVG patterns (map and legend) and canvas patterns (canvas renderer). */
import { patternId, SPECIAL_KINDS, SPECIAL_PATTERNS, type PatternSpec, type SpecialKind } from '@/domain/palettes';

const SIZE = 8;

function PatternShape({ spec }: { spec: PatternSpec }) {
  const ink = { stroke: spec.ink, strokeWidth: 1.5 };
  switch (spec.shape) {
    case 'hatch':
      return <path d={`M-2,2 l4,-4 M0,${SIZE} l${SIZE},-${SIZE} M${SIZE - 2},${SIZE + 2} l4,-4`} {...ink} />;
    case 'backhatch':
      return <path d={`M-2,${SIZE - 2} l4,4 M0,0 l${SIZE},${SIZE} M${SIZE - 2},-2 l4,4`} {...ink} />;
    case 'cross':
      return <path d={`M0,0 l${SIZE},${SIZE} M0,${SIZE} l${SIZE},-${SIZE}`} {...ink} strokeWidth={1} />;
    case 'lines':
      return <path d={`M0,${SIZE / 2} h${SIZE}`} {...ink} />;
    case 'dots':
      return <circle cx={SIZE / 2} cy={SIZE / 2} r={1.6} fill={spec.ink} />;
    case 'none':
      return null;
  }
}

/** One set of pattern definitions per page section that uses them (the map figure holds it, so exports have it). */
export function MapPatternDefs() {
  return (
    <svg className="map-pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {SPECIAL_KINDS.map((kind) => (
          <pattern key={kind} id={patternId(kind)} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
            <rect width={SIZE} height={SIZE} fill={SPECIAL_PATTERNS[kind].background} />
            <PatternShape spec={SPECIAL_PATTERNS[kind]} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A small swatch of a fill (colour or pattern reference) for legends and tables. */
export function Swatch({ paint, size = 16 }: { paint: string; size?: number }) {
  return (
    <svg className="map-swatch" width={size} height={size} aria-hidden="true" focusable="false" data-fill={paint}>
      <rect x="0.5" y="0.5" width={size - 1} height={size - 1} fill={paint} stroke="#4b5563" strokeWidth="1" />
    </svg>
  );
}

const canvasPatterns = new Map<SpecialKind, CanvasPattern | string>();

/** The same patterns for the canvas renderer (created once per page). */
export function canvasPaint(kind: SpecialKind): CanvasPattern | string {
  const cached = canvasPatterns.get(kind);
  if (cached) return cached;
  const spec = SPECIAL_PATTERNS[kind];
  const tile = document.createElement('canvas');
  tile.width = SIZE;
  tile.height = SIZE;
  const ctx = tile.getContext('2d');
  if (!ctx) return spec.background;
  ctx.fillStyle = spec.background;
  ctx.fillRect(0, 0, SIZE, SIZE);
  ctx.strokeStyle = spec.ink;
  ctx.fillStyle = spec.ink;
  ctx.lineWidth = 1.5;
  const lines: Record<PatternSpec['shape'], number[][]> = {
    hatch: [
      [-2, 2, 2, -2],
      [0, SIZE, SIZE, 0],
      [SIZE - 2, SIZE + 2, SIZE + 2, SIZE - 2],
    ],
    backhatch: [
      [-2, SIZE - 2, 2, SIZE + 2],
      [0, 0, SIZE, SIZE],
      [SIZE - 2, -2, SIZE + 2, 2],
    ],
    cross: [
      [0, 0, SIZE, SIZE],
      [0, SIZE, SIZE, 0],
    ],
    lines: [[0, SIZE / 2, SIZE, SIZE / 2]],
    dots: [],
    none: [],
  };
  ctx.beginPath();
  for (const [x1, y1, x2, y2] of lines[spec.shape]) {
    ctx.moveTo(x1!, y1!);
    ctx.lineTo(x2!, y2!);
  }
  ctx.stroke();
  if (spec.shape === 'dots') {
    ctx.beginPath();
    ctx.arc(SIZE / 2, SIZE / 2, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  }
  const pattern = ctx.createPattern(tile, 'repeat') ?? spec.background;
  canvasPatterns.set(kind, pattern);
  return pattern;
}
