/**
 * The part of the map a canvas layer needs to cover: the view with some padding (so a short pan
 * shows shapes before the redraw), but no more than the shapes' own box with a margin for their
 * strokes. A map fitted to its units leaves the padding, and often the sides of the view, empty:
 * a canvas sized to the view would allocate, clear and composite pixels that never hold a shape.
 */
import type { Box } from './projected-shapes';

/**
 * The area to draw, in whole pixels (rounded outwards): the padded view ∩ the content box grown by
 * `marginPx`. Width and height are 0 when the content lies outside the padded view (or there is none).
 */
export function canvasArea(paddedView: Box, content: Box | null, marginPx: number): { x: number; y: number; width: number; height: number } {
  const [vx0, vy0, vx1, vy1] = paddedView;
  const [cx0, cy0, cx1, cy1] = content ?? [vx0, vy0, vx0, vy0];
  const x0 = Math.floor(Math.max(vx0, cx0 - marginPx));
  const y0 = Math.floor(Math.max(vy0, cy0 - marginPx));
  const x1 = Math.ceil(Math.min(vx1, cx1 + marginPx));
  const y1 = Math.ceil(Math.min(vy1, cy1 + marginPx));
  if (!content || x1 <= x0 || y1 <= y0) return { x: Math.floor(vx0), y: Math.floor(vy0), width: 0, height: 0 };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
