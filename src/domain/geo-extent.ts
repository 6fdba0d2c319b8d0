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
  // Indexed loops: a map's document holds hundreds of thousands of positions.
  for (const g of geometries) {
    const polygons = polygonsOf(g);
    for (let p = 0; p < polygons.length; p++) {
      const polygon = polygons[p]!;
      for (let r = 0; r < polygon.length; r++) {
        const ring = polygon[r]!;
        for (let i = 0; i < ring.length; i++) {
          const lon = ring[i]![0]!;
          const lat = ring[i]![1]!;
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
