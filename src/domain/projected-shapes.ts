/**
 * Polygons projected once into flat typed arrays, for drawing and hit-testing many shapes without
 * an object per vertex. The reference projection is Web Mercator scaled to the unit square (x east,
 * y south, both 0–1): Leaflet's EPSG:3857 pixel coordinates at zoom z are these times 256 · 2^z.
 */
import { polygonsOf, type PolygonGeometry } from './geo-extent';

/** Web Mercator's latitude limit (the square's top and bottom edges). */
const MAX_LATITUDE = 85.0511287798;

export interface ProjectedShapes {
  /** x, y of every vertex, ring after ring, shape after shape. */
  xy: Float64Array;
  /** Index of each ring's first vertex; one more entry holds the vertex count. */
  ringStart: Uint32Array;
  /** Index of each shape's first ring (a shape's polygons and holes alike); one more entry holds the ring count. */
  shapeRing: Uint32Array;
  /** Box of each shape: minX, minY, maxX, maxY (four entries per shape). */
  box: Float64Array;
}

const unitX = (lon: number): number => lon / 360 + 0.5;

function unitY(lat: number): number {
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** A longitude–latitude position in the reference projection. */
export function mercatorUnit(lon: number, lat: number): [number, number] {
  return [unitX(lon), unitY(lat)];
}

/** The longitude–latitude position of a point of the reference projection (the inverse of `mercatorUnit`). */
export function unitLonLat(x: number, y: number): [number, number] {
  return [(x - 0.5) * 360, (Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) * 360) / Math.PI - 90];
}

/** Every shape's rings in the reference projection, in the order of the geometries. */
export function projectShapes(geometries: readonly PolygonGeometry[]): ProjectedShapes {
  let rings = 0;
  let vertices = 0;
  for (const g of geometries) {
    for (const polygon of polygonsOf(g)) {
      rings += polygon.length;
      for (const ring of polygon) vertices += ring.length;
    }
  }
  const xy = new Float64Array(vertices * 2);
  const ringStart = new Uint32Array(rings + 1);
  const shapeRing = new Uint32Array(geometries.length + 1);
  const box = new Float64Array(geometries.length * 4);
  let r = 0;
  let v = 0;
  for (let s = 0; s < geometries.length; s++) {
    shapeRing[s] = r;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const polygon of polygonsOf(geometries[s]!)) {
      for (const ring of polygon) {
        ringStart[r++] = v;
        // No object per vertex: a map's document holds hundreds of thousands of positions.
        for (let i = 0; i < ring.length; i++) {
          const x = unitX(ring[i]![0]!);
          const y = unitY(ring[i]![1]!);
          xy[2 * v] = x;
          xy[2 * v + 1] = y;
          v++;
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
      }
    }
    box[4 * s] = minX;
    box[4 * s + 1] = minY;
    box[4 * s + 2] = maxX;
    box[4 * s + 3] = maxY;
  }
  shapeRing[geometries.length] = r;
  ringStart[rings] = v;
  return { xy, ringStart, shapeRing, box };
}

/** A box in the reference projection (or in pixels): minX, minY, maxX, maxY. */
export type Box = [number, number, number, number];

/** The box around every shape of the sets given, or null when they hold none. */
export function extentOfShapes(sets: readonly (ProjectedShapes | null)[]): Box | null {
  const out: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const set of sets) {
    const box = set?.box ?? [];
    for (let i = 0; i < box.length; i += 4) {
      // A shape without vertices has an empty box (min above max): it adds nothing.
      if (!(box[i]! <= box[i + 2]!)) continue;
      out[0] = Math.min(out[0], box[i]!);
      out[1] = Math.min(out[1], box[i + 1]!);
      out[2] = Math.max(out[2], box[i + 2]!);
      out[3] = Math.max(out[3], box[i + 3]!);
    }
  }
  return out[0] <= out[2] ? out : null;
}

/**
 * Whether a point (reference projection) lies inside a shape: even–odd over all its rings, so a
 * hole takes its area out and a point in one of several polygons is inside.
 */
export function shapeContains(shapes: ProjectedShapes, shape: number, x: number, y: number): boolean {
  const { xy, ringStart, shapeRing, box } = shapes;
  if (x < box[4 * shape]! || y < box[4 * shape + 1]! || x > box[4 * shape + 2]! || y > box[4 * shape + 3]!) return false;
  let inside = false;
  for (let r = shapeRing[shape]!; r < shapeRing[shape + 1]!; r++) {
    const first = ringStart[r]!;
    const end = ringStart[r + 1]!;
    for (let i = first, j = end - 1; i < end; j = i++) {
      const xi = xy[2 * i]!;
      const yi = xy[2 * i + 1]!;
      const xj = xy[2 * j]!;
      const yj = xy[2 * j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
