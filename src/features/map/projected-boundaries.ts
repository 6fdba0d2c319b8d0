/**
 * A boundary document projected once (src/domain/projected-shapes.ts) and shared by what needs its
 * coordinates: the view's fit and the canvas layer. The layer is rebuilt for every new paint, the
 * projection only for a new document.
 */
import type { Boundaries } from '@/api/contract';
import type { GridIndex } from '@/domain/grid-index';
import { extentOfShapes, projectShapes, type Box, type ProjectedShapes } from '@/domain/projected-shapes';

export interface ProjectedBoundaries {
  shapes: ProjectedShapes;
  outline: ProjectedShapes | null;
  /** The box around every shape and the outline. */
  extent: Box | null;
  /** The box the view is fitted to: the units, or the unit's own outline when it has none. */
  fit: Box | null;
  /** Built when the pointer first needs it: the first render does not. */
  grid: GridIndex | null;
}

const projections = new WeakMap<Boundaries, ProjectedBoundaries>();

export function projectedOf(boundaries: Boundaries): ProjectedBoundaries {
  let projected = projections.get(boundaries);
  if (!projected) {
    const shapes = projectShapes(boundaries.features.map((f) => f.geometry));
    const outline = boundaries.outline ? projectShapes([boundaries.outline.geometry]) : null;
    const fit = boundaries.features.length ? extentOfShapes([shapes]) : extentOfShapes([outline]);
    projected = { shapes, outline, extent: extentOfShapes([shapes, outline]), fit, grid: null };
    projections.set(boundaries, projected);
  }
  return projected;
}
