/**
 * A local equirectangular projection in kilometres around a reference point: accurate enough
 * for a province (a few hundred km) and lets distances, areas and Voronoi cells be planar.
 */
import type { MultiPolygon, Pair } from './planar';

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;

export interface Projection {
  /** [lon, lat] → [x, y] km. */
  forward: (lonLat: Pair) => Pair;
  /** [x, y] km → [lon, lat]. */
  inverse: (xy: Pair) => Pair;
}

export function localProjection(lon0: number, lat0: number): Projection {
  const kx = KM_PER_DEG_LON_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  return {
    forward: ([lon, lat]) => [(lon - lon0) * kx, (lat - lat0) * KM_PER_DEG_LAT],
    inverse: ([x, y]) => [lon0 + x / kx, lat0 + y / KM_PER_DEG_LAT],
  };
}

export function projectMultiPolygon(mp: MultiPolygon, f: (p: Pair) => Pair): MultiPolygon {
  return mp.map((polygon) => polygon.map((ring) => ring.map(f)));
}
