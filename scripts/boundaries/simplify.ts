/**
 * Topology-preserving simplification: the shapes are snapped to a coordinate grid, noded (a vertex
 * lying on a neighbour's edge is inserted into that edge), turned into a topology of shared arcs,
 * and each arc is simplified once (Visvalingam), so neighbours keep exactly the same edge.
 */
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boxOf, pointsOf, ringArea, type MultiPolygon, type Pair, type Ring } from './planar';

export interface SimplifyOptions {
  /** Decimal places kept (5 ≈ 1 m in degrees). */
  decimals?: number;
  /** Visvalingam area threshold as a fraction of the squared extent of all shapes; 0 keeps every vertex. */
  tolerance?: number;
}

export function quantise(mp: MultiPolygon, decimals: number): MultiPolygon {
  const f = 10 ** decimals;
  return cleanMultiPolygon(mp.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f] as Pair))));
}

/** Removes repeated points and rings that collapsed (fewer than 4 positions or no area); keeps rings closed. */
export function cleanMultiPolygon(mp: MultiPolygon): MultiPolygon {
  const out: MultiPolygon = [];
  for (const polygon of mp) {
    const rings: Ring[] = [];
    for (const [i, ring] of polygon.entries()) {
      const r: Ring = [];
      for (const p of ring) if (!r.length || r[r.length - 1]![0] !== p[0] || r[r.length - 1]![1] !== p[1]) r.push(p);
      if (r.length && (r[0]![0] !== r[r.length - 1]![0] || r[0]![1] !== r[r.length - 1]![1])) r.push(r[0]!);
      const valid = r.length >= 4 && ringArea(r) !== 0;
      if (!valid && i === 0) break;
      if (valid) rings.push(r);
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

/** Inserts into every edge the vertices of other rings that lie on it (within eps), so shared edges have the same vertices. */
export function nodeShapes(shapes: readonly MultiPolygon[], eps: number): MultiPolygon[] {
  // About one vertex per grid cell: a long edge then spans few cells, a short one one or two.
  const all = shapes.flatMap((mp) => [...pointsOf(mp)]);
  const box = boxOf(all);
  const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY, eps);
  const cell = Math.max(eps * 10, extent / Math.max(16, Math.sqrt(all.length)));
  // Cells and seen points are keyed by number (x, then y), not by strings built for every vertex.
  const grid = new Map<number, Map<number, Pair[]>>();
  const cellOf = (gx: number, gy: number) => grid.get(gx)?.get(gy);
  const seen = new Map<number, Set<number>>();
  for (const mp of shapes) {
    for (const [x, y] of pointsOf(mp)) {
      let ys = seen.get(x);
      if (!ys) seen.set(x, (ys = new Set()));
      if (ys.has(y)) continue;
      ys.add(y);
      const gx = Math.floor(x / cell);
      const gy = Math.floor(y / cell);
      let column = grid.get(gx);
      if (!column) grid.set(gx, (column = new Map()));
      const points = column.get(gy);
      if (points) points.push([x, y]);
      else column.set(gy, [[x, y]]);
    }
  }
  const onEdge = (a: Pair, b: Pair): Pair[] => {
    const found: { p: Pair; t: number }[] = [];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) return [];
    for (let gx = Math.floor(Math.min(a[0], b[0]) / cell) - 1; gx <= Math.floor(Math.max(a[0], b[0]) / cell) + 1; gx++) {
      for (let gy = Math.floor(Math.min(a[1], b[1]) / cell) - 1; gy <= Math.floor(Math.max(a[1], b[1]) / cell) + 1; gy++) {
        for (const p of cellOf(gx, gy) ?? []) {
          const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
          if (t <= 0 || t >= 1) continue;
          const d = Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / Math.sqrt(len2);
          if (d <= eps && !(p[0] === a[0] && p[1] === a[1]) && !(p[0] === b[0] && p[1] === b[1])) found.push({ p, t });
        }
      }
    }
    return found.sort((u, v) => u.t - v.t).map((f) => f.p);
  };
  return shapes.map((mp) =>
    mp.map((polygon) =>
      polygon.map((ring) => {
        const out: Ring = [];
        for (let i = 0; i < ring.length - 1; i++) out.push(ring[i]!, ...onEdge(ring[i]!, ring[i + 1]!));
        out.push(ring[ring.length - 1]!);
        return out;
      }),
    ),
  );
}

const toGeometry = (mp: MultiPolygon): GeoMultiPolygon => ({ type: 'MultiPolygon', coordinates: mp });

/** Simplifies shapes together (keys stay with their shapes); a shape that would vanish keeps its snapped form. */
export function simplifyTogether(shapes: ReadonlyMap<string, MultiPolygon>, options: SimplifyOptions = {}): Map<string, MultiPolygon> {
  const { decimals = 5, tolerance = 2e-7 } = options;
  const keys = [...shapes.keys()];
  const snapped = nodeShapes(
    keys.map((k) => quantise(shapes.get(k)!, decimals)),
    10 ** -decimals,
  );
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: snapped.map((mp, i): Feature => ({ type: 'Feature', id: i, properties: {}, geometry: toGeometry(mp) })),
  };
  const box = boxOf(snapped.flatMap((mp) => [...pointsOf(mp)]));
  const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY, 0);
  const topo = presimplify(topology({ shapes: collection }) as Parameters<typeof presimplify>[0]);
  const simplified = simplify(topo, tolerance * extent * extent);
  const back = feature(simplified as Topology, simplified.objects.shapes as GeometryCollection) as FeatureCollection<GeoPolygon | GeoMultiPolygon>;
  const out = new Map<string, MultiPolygon>();
  back.features.forEach((f, i) => {
    const geometry = f.geometry;
    const mp = (geometry?.type === 'Polygon' ? [geometry.coordinates] : (geometry?.coordinates ?? [])) as MultiPolygon;
    const clean = cleanMultiPolygon(mp);
    out.set(keys[i]!, clean.length ? clean : snapped[i]!);
  });
  return out;
}
