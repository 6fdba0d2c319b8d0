/**
 * Tracing projected shapes as pixel paths, simplified to the pixel: a vertex is left out when the
 * segment that replaces it passes within a tolerance of it and of every vertex already left out
 * since the last one drawn, so the path never strays further than the tolerance from the ring.
 * At a low zoom most vertices of a detailed boundary fall on nearly straight runs and are dropped
 * (Leaflet simplifies its paths to a pixel too), which spares both the path building and the
 * canvas's rasterisation.
 */
import type { ProjectedShapes } from './projected-shapes';

/** What a path is drawn into: a canvas context, a `Path2D`, or a recorder in tests. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** Where reference coordinates land on the canvas: x · scale + dx, y · scale + dy. */
export interface PixelTransform {
  scale: number;
  dx: number;
  dy: number;
}

/**
 * Vertices left out in a row at most: the check of every left-out vertex against the next segment
 * grows with the run, so a long straight run is cut into pieces this long.
 */
const MAX_RUN = 16;

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const wx = px - ax;
  const wy = py - ay;
  const length2 = vx * vx + vy * vy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, (wx * vx + wy * vy) / length2)) : 0;
  const dx = wx - t * vx;
  const dy = wy - t * vy;
  return dx * dx + dy * dy;
}

/**
 * Traces one shape's rings (all its polygons and holes) into `sink`, each ring closed, leaving out
 * vertices within `tolerancePx` of the path drawn. Returns the number of vertices drawn.
 */
export function traceShape(sink: PathSink, shapes: ProjectedShapes, shape: number, { scale, dx, dy }: PixelTransform, tolerancePx: number): number {
  const { xy, ringStart, shapeRing } = shapes;
  const tolerance2 = tolerancePx * tolerancePx;
  const px = (i: number) => xy[2 * i]! * scale + dx;
  const py = (i: number) => xy[2 * i + 1]! * scale + dy;
  let drawn = 0;
  for (let r = shapeRing[shape]!; r < shapeRing[shape + 1]!; r++) {
    const first = ringStart[r]!;
    const last = ringStart[r + 1]! - 1;
    if (last <= first) continue;
    let anchor = first;
    let ax = px(first);
    let ay = py(first);
    sink.moveTo(ax, ay);
    drawn++;
    for (let i = first + 1; i < last; i++) {
      // Vertex i can be left out if the segment from the anchor to vertex i + 1 passes near it and
      // near every vertex left out since the anchor.
      const bx = px(i + 1);
      const by = py(i + 1);
      let near = i - anchor <= MAX_RUN;
      for (let k = anchor + 1; near && k <= i; k++) near = segmentDistance2(px(k), py(k), ax, ay, bx, by) <= tolerance2;
      if (near) continue;
      anchor = i;
      ax = px(i);
      ay = py(i);
      sink.lineTo(ax, ay);
      drawn++;
    }
    sink.lineTo(px(last), py(last));
    sink.closePath();
    drawn++;
  }
  return drawn;
}
