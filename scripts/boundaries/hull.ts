/** A smooth outline around a set of points: the union of discs around them, holes filled, corners rounded. */
import polygonClipping from 'polygon-clipping';
import { pointInMultiPolygon, type MultiPolygon, type Pair, type Ring } from './planar';

function disc([x, y]: Pair, radius: number, sides: number): Ring {
  const ring: Ring = [];
  for (let i = 0; i < sides; i++) {
    const a = (2 * Math.PI * i) / sides;
    ring.push([x + radius * Math.cos(a), y + radius * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return ring;
}

/** Longest edge of the minimum spanning tree (Prim, O(n²)): discs of more than half of it connect all points. */
export function longestSpanningEdge(points: readonly Pair[]): number {
  if (points.length < 2) return 0;
  const inTree = new Array<boolean>(points.length).fill(false);
  const dist = new Array<number>(points.length).fill(Infinity);
  dist[0] = 0;
  let longest = 0;
  for (let k = 0; k < points.length; k++) {
    let next = -1;
    for (let i = 0; i < points.length; i++) if (!inTree[i] && (next < 0 || dist[i]! < dist[next]!)) next = i;
    inTree[next] = true;
    longest = Math.max(longest, dist[next]!);
    const [nx, ny] = points[next]!;
    for (let i = 0; i < points.length; i++) {
      if (!inTree[i]) dist[i] = Math.min(dist[i]!, Math.hypot(points[i]![0] - nx, points[i]![1] - ny));
    }
  }
  return longest;
}

/** Chaikin corner cutting on a closed ring: each pass replaces every corner by two points. */
export function smoothRing(ring: readonly Pair[], passes: number): Ring {
  let pts = ring.slice(0, ring.length - 1);
  for (let k = 0; k < passes; k++) {
    const next: Pair[] = [];
    for (let i = 0; i < pts.length; i++) {
      const [ax, ay] = pts[i]!;
      const [bx, by] = pts[(i + 1) % pts.length]!;
      next.push([0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by], [0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by]);
    }
    pts = next;
  }
  return [...pts, pts[0]!];
}

/** Drops ring vertices closer than `step` to the last kept one (keeps the shape, fewer points to smooth). */
function thinRing(ring: readonly Pair[], step: number): Pair[] {
  const out: Pair[] = [ring[0]!];
  for (const p of ring.slice(1, -1)) {
    const last = out[out.length - 1]!;
    if (Math.hypot(p[0] - last[0], p[1] - last[1]) >= step) out.push(p);
  }
  out.push(ring[0]!);
  return out;
}

/**
 * The smooth hull: discs of `radius` around every point (at least large enough to connect them all),
 * united, holes dropped, corners smoothed. Every point stays strictly inside.
 */
export function smoothHull(points: readonly Pair[], radius: number, sides = 24): MultiPolygon {
  const r = Math.max(radius, longestSpanningEdge(points) * 0.55);
  const discs = points.map((p) => [disc(p, r, sides)]);
  const [first, ...rest] = discs;
  if (!first) return [];
  const united = polygonClipping.union(first, ...rest);
  const outer: MultiPolygon = united.map((polygon) => [polygon[0]!]);
  const smoothed = polygonClipping.union(outer.map((polygon) => [smoothRing(thinRing(polygon[0]!, r / 2), 2)]) as MultiPolygon);
  return points.every((p) => pointInMultiPolygon(p, smoothed)) ? smoothed : outer;
}
