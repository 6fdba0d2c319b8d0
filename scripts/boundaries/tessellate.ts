/** Voronoi tessellation of a region from seed points: cells tile the region with no gaps or overlaps. */
import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import { boxOf, centroid, interiorPoint, pointInMultiPolygon, pointsOf, type MultiPolygon, type Pair } from './planar';

/** One cell per seed, each clipped to the region (a cell may come out in several parts for a concave region). */
export function voronoiCells(seeds: readonly Pair[], region: MultiPolygon): MultiPolygon[] {
  if (seeds.length === 0) return [];
  if (seeds.length === 1) return [region];
  const box = boxOf([...pointsOf(region), ...seeds]);
  const pad = Math.max(box.maxX - box.minX, box.maxY - box.minY) + 1;
  const voronoi = Delaunay.from(seeds as Pair[]).voronoi([box.minX - pad, box.minY - pad, box.maxX + pad, box.maxY + pad]);
  const regionPoints = [...pointsOf(region)];
  return seeds.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Pair[] | null;
    if (!cell) return [];
    return insideRegion(cell, region, regionPoints) ? [[cell]] : polygonClipping.intersection([cell], region);
  });
}

/**
 * A convex cell lies inside the region when all its corners do and no corner of the region is within
 * the cell's box (otherwise the region's boundary would have to cut the cell). Skips most clipping.
 */
function insideRegion(cell: readonly Pair[], region: MultiPolygon, regionPoints: readonly Pair[]): boolean {
  const box = boxOf(cell);
  if (regionPoints.some(([x, y]) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY)) return false;
  return cell.every((p) => pointInMultiPolygon(p, region));
}

/**
 * Moves a seed that lies outside the region onto the way towards the region's interior point,
 * a little past the boundary, so that it gets a cell of its own inside the region.
 */
export function placeInside(seed: Pair, region: MultiPolygon, interior?: { point: Pair }): Pair {
  if (pointInMultiPolygon(seed, region)) return seed;
  const inner = interior ?? interiorPoint(region);
  const [tx, ty] = inner.point;
  const at = (t: number): Pair => [seed[0] + (tx - seed[0]) * t, seed[1] + (ty - seed[1]) * t];
  let lo = 0;
  let hi = 1;
  // The first point on the way that is inside (coarse scan, then bisection back to the boundary).
  for (let k = 1; k <= 64; k++) {
    if (pointInMultiPolygon(at(k / 64), region)) {
      hi = k / 64;
      lo = (k - 1) / 64;
      break;
    }
  }
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (pointInMultiPolygon(at(mid), region)) hi = mid;
    else lo = mid;
  }
  // Go a quarter of the remaining way to the interior point, so the cell is not a sliver.
  const t = hi + (1 - hi) * 0.25;
  const p = at(t);
  return pointInMultiPolygon(p, region) ? p : inner.point;
}

/** Pushes apart seeds closer than minDistance (coincident seeds would share one cell), deterministically. */
export function separateSeeds(seeds: readonly Pair[], minDistance: number): Pair[] {
  const out = seeds.map((s) => [...s] as Pair);
  for (let i = 0; i < out.length; i++) {
    for (let j = 0; j < i; j++) {
      const [ax, ay] = out[j]!;
      const [bx, by] = out[i]!;
      const d = Math.hypot(bx - ax, by - ay);
      if (d >= minDistance) continue;
      const angle = d > 0 ? Math.atan2(by - ay, bx - ax) : (i * 2.399963) % (2 * Math.PI);
      out[i] = [ax + Math.cos(angle) * minDistance, ay + Math.sin(angle) * minDistance];
    }
  }
  return out;
}

/** Lloyd relaxation: seeds move to the centre of their clipped cell, which evens out cell sizes. */
export function relaxSeeds(seeds: readonly Pair[], region: MultiPolygon, iterations: number): Pair[] {
  let current = [...seeds];
  for (let k = 0; k < iterations; k++) {
    const cells = voronoiCells(current, region);
    current = current.map((seed, i) => {
      const cell = cells[i];
      if (!cell || cell.length === 0) return seed;
      const c = centroid(cell);
      return pointInMultiPolygon(c, region) ? c : seed;
    });
  }
  return current;
}
