/** The extent of GeoJSON polygons: the smallest longitude–latitude box holding every position. */

type Position = readonly [number, number] | readonly number[];
type Ring = readonly Position[];
export type PolygonGeometry = { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

export interface Extent {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** The polygons of a geometry (a Polygon is one). */
export const polygonsOf = (g: PolygonGeometry): readonly (readonly Ring[])[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** The box around every position of the geometries, or null when they hold none. */
export function extentOf(geometries: Iterable<PolygonGeometry>): Extent | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const g of geometries) {
    for (const polygon of polygonsOf(g)) {
      for (const ring of polygon) {
        for (const position of ring) {
          const lon = position[0]!;
          const lat = position[1]!;
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
    }
  }
  return Number.isFinite(minLon) ? { minLon, minLat, maxLon, maxLat } : null;
}
