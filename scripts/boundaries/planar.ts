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

export function pointInRing([x, y]: Pair, ring: readonly Pair[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point: Pair, polygon: readonly (readonly Pair[])[]): boolean {
  if (!polygon[0] || !pointInRing(point, polygon[0])) return false;
  return !polygon.slice(1).some((hole) => pointInRing(point, hole));
}

export function pointInMultiPolygon(point: Pair, mp: readonly (readonly (readonly Pair[])[])[]): boolean {
  return mp.some((p) => pointInPolygon(point, p));
}

function segmentDistanceSq([px, py]: Pair, [ax, ay]: Pair, [bx, by]: Pair): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Distance from a point to the nearest edge of a multipolygon. */
export function distanceToEdges(point: Pair, mp: readonly (readonly (readonly Pair[])[])[]): number {
  let best = Infinity;
  for (const polygon of mp) {
    for (const ring of polygon) {
      for (let i = 0, n = ring.length; i < n; i++) best = Math.min(best, segmentDistanceSq(point, ring[i]!, ring[(i + 1) % n]!));
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
  for (let round = 0; round < 3; round++) {
    const sx = (maxX - minX) / steps;
    const sy = (maxY - minY) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const p: Pair = [minX + i * sx, minY + j * sy];
        if (!pointInMultiPolygon(p, mp)) continue;
        const r = distanceToEdges(p, mp);
        if (r > best.radius) best = { point: p, radius: r };
      }
    }
    [minX, maxX, minY, maxY] = [best.point[0] - sx, best.point[0] + sx, best.point[1] - sy, best.point[1] + sy];
  }
  return best;
}
