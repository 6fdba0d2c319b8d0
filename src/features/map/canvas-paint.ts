/**
 * Drawing projected shapes on a canvas: fills one path per colour, borders, a single shape's stroke.
 * Paths are kept short and simplified to the pixel (src/domain/pixel-trace.ts).
 */
import type { ProjectedShapes } from '@/domain/projected-shapes';
import { traceShape, type PixelTransform } from '@/domain/pixel-trace';
import { SHAPE_STYLE, type ShapeFill } from './map-shapes';

/** Paths stray at most this far (px) from the rings they draw (Leaflet simplifies its paths to a pixel too). */
const TOLERANCE_PX = 1;
/**
 * Vertices per path before it is filled or stroked and a new one begun: Chromium's software canvas
 * slows down sharply on longer paths (10,000 shapes: 0.12 s drawn in paths of 1,000 vertices, 1 s
 * at 4,000, 5 s as one path per colour).
 */
const PATH_VERTICES = 1000;

/** Where reference coordinates land on the canvas: x · scale + dx, y · scale + dy; and the view in reference units. */
export interface Frame extends PixelTransform {
  view: [number, number, number, number];
}

function inView(box: Float64Array, shape: number, [minX, minY, maxX, maxY]: Frame['view']): boolean {
  return box[4 * shape]! <= maxX && box[4 * shape + 2]! >= minX && box[4 * shape + 1]! <= maxY && box[4 * shape + 3]! >= minY;
}

/** Fills every shape in view, one fill at a time, then draws their borders along the same paths. */
export function paintShapes(
  ctx: CanvasRenderingContext2D,
  shapes: ProjectedShapes,
  batches: readonly { fill: ShapeFill; shapes: readonly number[] }[],
  frame: Frame,
): void {
  const paths: Path2D[] = [];
  for (const { fill, shapes: batch } of batches) {
    ctx.fillStyle = fill;
    let path = new Path2D();
    let n = 0;
    for (const shape of batch) {
      if (!inView(shapes.box, shape, frame.view)) continue;
      n += traceShape(path, shapes, shape, frame, TOLERANCE_PX);
      if (n >= PATH_VERTICES) {
        ctx.fill(path, 'evenodd');
        paths.push(path);
        path = new Path2D();
        n = 0;
      }
    }
    if (n) {
      ctx.fill(path, 'evenodd');
      paths.push(path);
    }
  }
  ctx.strokeStyle = SHAPE_STYLE.border;
  ctx.lineWidth = SHAPE_STYLE.borderWidth;
  for (const path of paths) ctx.stroke(path);
}

/** Strokes one shape (the parent's outline, the highlighted unit). */
export function strokeShape(ctx: CanvasRenderingContext2D, shapes: ProjectedShapes, shape: number, frame: Frame, colour: string, width: number): void {
  ctx.beginPath();
  traceShape(ctx, shapes, shape, frame, TOLERANCE_PX);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.stroke();
}
