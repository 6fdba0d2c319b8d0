/** Small planar geometry helpers on polygon-clipping's coordinate arrays (x, y in any planar unit). */
import type { MultiPolygon, Pair, Polygon, Ring } from 'polygon-clipping';

export type { MultiPolygon, Pair, Polygon, Ring };

/** Signed area of a ring (positive when counter-clockwise); works whether or not the ring is closed. */
export function ringArea(ring: readonly Pair[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % n]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export function polygonArea(polygon: readonly (readonly Pair[])[]): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? Math.abs(ringArea(ring)) : -Math.abs(ringArea(ring))), 0);
}

export function multiPolygonArea(mp: readonly (readonly (readonly Pair[])[])[]): number {
  return mp.reduce((sum, p) => sum + polygonArea(p), 0);
}

// The tests below run for every cell of a label grid (hundreds per shape, a country has 100,000
// shapes): plain indexed loops, no destructuring or closures, the same arithmetic in the same order.
export function pointInRing(point: Pair, ring: readonly Pair[]): boolean {
  const x = point[0];
  const y = point[1];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const xi = a[0];
    const yi = a[1];
    const xj = b[0];
    const yj = b[1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point: Pair, polygon: readonly (readonly Pair[])[]): boolean {
  if (!polygon[0] || !pointInRing(point, polygon[0])) return false;
  for (let h = 1; h < polygon.length; h++) if (pointInRing(point, polygon[h]!)) return false;
  return true;
}

export function pointInMultiPolygon(point: Pair, mp: readonly (readonly (readonly Pair[])[])[]): boolean {
  for (let p = 0; p < mp.length; p++) if (pointInPolygon(point, mp[p]!)) return true;
  return false;
}

function segmentDistanceSq(px: number, py: number, a: Pair, b: Pair): number {
  const ax = a[0];
  const ay = a[1];
  const dx = b[0] - ax;
  const dy = b[1] - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Distance from a point to the nearest edge of a multipolygon. With `atLeast`, the search stops
 * as soon as an edge is clearly nearer than that (the caller only wants farther points): the
 * result is then some distance below `atLeast`, not the nearest.
 */
export function distanceToEdges(point: Pair, mp: readonly (readonly (readonly Pair[])[])[], atLeast = -1): number {
  const px = point[0];
  const py = point[1];
  // A margin keeps the shortcut exact: sqrt(d) < atLeast holds whatever the rounding.
  const stopBelow = atLeast > 0 ? atLeast * atLeast * (1 - 1e-9) : -1;
  let best = Infinity;
  for (let p = 0; p < mp.length; p++) {
    const polygon = mp[p]!;
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r]!;
      for (let i = 0, n = ring.length; i < n; i++) {
        best = Math.min(best, segmentDistanceSq(px, py, ring[i]!, ring[(i + 1) % n]!));
        if (best < stopBelow) return Math.sqrt(best);
      }
    }
  }
  return Math.sqrt(best);
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boxOf(points: Iterable<Pair>): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

export function* pointsOf(mp: readonly (readonly (readonly Pair[])[])[]): Generator<Pair> {
  for (const polygon of mp) for (const ring of polygon) yield* ring;
}

/** Area-weighted centroid of the largest polygon's outer ring. */
export function centroid(mp: readonly (readonly (readonly Pair[])[])[]): Pair {
  const largest = [...mp].sort((a, b) => polygonArea(b) - polygonArea(a))[0];
  const ring = largest?.[0] ?? [];
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % n]!;
    const cross = x1 * y2 - x2 * y1;
    a += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  if (a === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

/**
 * A point well inside the shape (approximate pole of inaccessibility): the grid point farthest
 * from the edges, refined once around the best cell. Returns the point and its distance to the edges.
 */
export function interiorPoint(mp: readonly (readonly (readonly Pair[])[])[], steps = 16): { point: Pair; radius: number } {
  const box = boxOf(pointsOf(mp));
  let best: { point: Pair; radius: number } = { point: centroid(mp), radius: -1 };
  if (pointInMultiPolygon(best.point, mp)) best.radius = distanceToEdges(best.point, mp);
  let { minX, minY, maxX, maxY } = box;
  const probe: Pair = [0, 0];
  for (let round = 0; round < 3; round++) {
    const sx = (maxX - minX) / steps;
    const sy = (maxY - minY) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        probe[0] = minX + i * sx;
        probe[1] = minY + j * sy;
        if (!pointInMultiPolygon(probe, mp)) continue;
        const r = distanceToEdges(probe, mp, best.radius);
        if (r > best.radius) best = { point: [probe[0], probe[1]], radius: r };
      }
    }
    [minX, maxX, minY, maxY] = [best.point[0] - sx, best.point[0] + sx, best.point[1] - sy, best.point[1] + sy];
  }
  return best;
}
