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

/**
 * Traces one shape's rings (all its polygons and holes) into `sink`, each ring closed, leaving out
 * vertices within `tolerancePx` of the path drawn. Returns the number of vertices drawn.
 *
 * A vertex within the tolerance of the last one drawn needs no further check (every segment from
 * that vertex passes near it); the others are checked again against each longer segment tried.
 * Written as flat loops without helper calls: it runs once per vertex on a map's first render,
 * mostly before the engine has optimised it.
 */
export function traceShape(sink: PathSink, shapes: ProjectedShapes, shape: number, { scale, dx, dy }: PixelTransform, tolerancePx: number): number {
  const { xy, ringStart, shapeRing } = shapes;
  const tolerance2 = tolerancePx * tolerancePx;
  let drawn = 0;
  for (let r = shapeRing[shape]!; r < shapeRing[shape + 1]!; r++) {
    const first = ringStart[r]!;
    const last = ringStart[r + 1]! - 1;
    if (last <= first) continue;
    let anchor = first;
    let ax = xy[2 * first]! * scale + dx;
    let ay = xy[2 * first + 1]! * scale + dy;
    sink.moveTo(ax, ay);
    drawn++;
    // The first vertex left out since the anchor that lies beyond the tolerance from it (last + 1: none).
    let far = last + 1;
    let x = xy[2 * (first + 1)]! * scale + dx;
    let y = xy[2 * (first + 1) + 1]! * scale + dy;
    for (let i = first + 1; i < last; i++) {
      const bx = xy[2 * (i + 1)]! * scale + dx;
      const by = xy[2 * (i + 1) + 1]! * scale + dy;
      let near = i - anchor <= MAX_RUN;
      if (near && (x - ax) * (x - ax) + (y - ay) * (y - ay) > tolerance2) {
        if (far > i) far = i;
        // Vertex i and every far vertex left out before it must lie within the tolerance of the
        // segment from the anchor to vertex i + 1.
        const vx = bx - ax;
        const vy = by - ay;
        const length2 = vx * vx + vy * vy;
        for (let k = far; near && k <= i; k++) {
          const wx = xy[2 * k]! * scale + dx - ax;
          const wy = xy[2 * k + 1]! * scale + dy - ay;
          const along = wx * vx + wy * vy;
          if (along <= 0) near = wx * wx + wy * wy <= tolerance2;
          else if (along >= length2) near = (wx - vx) * (wx - vx) + (wy - vy) * (wy - vy) <= tolerance2;
          else {
            const cross = wx * vy - wy * vx;
            near = cross * cross <= tolerance2 * length2;
          }
        }
      }
      if (!near) {
        anchor = i;
        ax = x;
        ay = y;
        far = last + 1;
        sink.lineTo(ax, ay);
        drawn++;
      }
      x = bx;
      y = by;
    }
    sink.lineTo(xy[2 * last]! * scale + dx, xy[2 * last + 1]! * scale + dy);
    sink.closePath();
    drawn++;
  }
  return drawn;
}
