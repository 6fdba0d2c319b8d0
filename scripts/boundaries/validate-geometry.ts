/**
 * Checks a GeoJSON geometry supplied by a province before it is imported: a polygon type, numeric
 * coordinates, closed rings of at least 4 points, no self-intersecting ring, coordinates inside
 * Vietnam (and a clear diagnosis when latitude and longitude are swapped).
 */
import { ringArea, type MultiPolygon, type Pair, type Ring } from './planar';

/** Vietnam with its islands, generously: longitude 102–118 °E, latitude 6–24 °N. */
export const VIETNAM_BOX = { minLon: 102, maxLon: 118, minLat: 6, maxLat: 24 } as const;

export interface GeometryCheck {
  /** The shape as a MultiPolygon when usable. */
  shape: MultiPolygon | null;
  errors: string[];
  warnings: string[];
}

const inBox = ([lon, lat]: Pair) => lon >= VIETNAM_BOX.minLon && lon <= VIETNAM_BOX.maxLon && lat >= VIETNAM_BOX.minLat && lat <= VIETNAM_BOX.maxLat;
const isPosition = (p: unknown): p is Pair =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const fmt = ([x, y]: Pair) => `(${x.toFixed(5)}; ${y.toFixed(5)})`;

function orient(a: Pair, b: Pair, c: Pair): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}
const onSegment = (a: Pair, b: Pair, p: Pair) =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/** Segments cross in their interiors or overlap along a line (merely touching at an end point is allowed). */
function segmentsCross(a: Pair, b: Pair, c: Pair, d: Pair): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && o2 === 0) {
    // Collinear: they overlap when an interior point of one lies inside the other.
    const mid = (p: Pair, q: Pair): Pair => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    return (onSegment(a, b, mid(c, d)) && !(c[0] === d[0] && c[1] === d[1])) || onSegment(c, d, mid(a, b));
  }
  return false;
}

/** The first point where a closed ring crosses itself, or null. Sweep over segments sorted by x. */
export function selfIntersection(ring: readonly Pair[]): Pair | null {
  const n = ring.length - 1;
  const segs = Array.from({ length: n }, (_, i) => ({ i, minX: Math.min(ring[i]![0], ring[i + 1]![0]), maxX: Math.max(ring[i]![0], ring[i + 1]![0]) }));
  segs.sort((s, t) => s.minX - t.minX);
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k]!;
    for (let m = k + 1; m < segs.length && segs[m]!.minX <= s.maxX; m++) {
      const t = segs[m]!;
      const [i, j] = s.i < t.i ? [s.i, t.i] : [t.i, s.i];
      if (j === i + 1 || (i === 0 && j === n - 1)) {
        // Neighbouring edges overlap only when the ring turns back on itself (a spike).
        const [p, q, r] = j === i + 1 ? [ring[i]!, ring[j]!, ring[j + 1]!] : [ring[j]!, ring[0]!, ring[1]!];
        if (orient(p, q, r) === 0 && (q[0] - p[0]) * (r[0] - q[0]) + (q[1] - p[1]) * (r[1] - q[1]) < 0) return q;
        continue;
      }
      if (segmentsCross(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return ring[j]!;
    }
  }
  return null;
}

export function checkGeometry(geometry: unknown): GeometryCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const fail = (message: string): GeometryCheck => ({ shape: null, errors: [message], warnings });
  if (geometry === null || geometry === undefined) return fail('không có hình học (geometry rỗng)');
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return fail(`kiểu hình học "${String(g.type)}" không phải vùng (cần Polygon hoặc MultiPolygon)`);
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return fail('hình học rỗng (không có tọa độ)');
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  const shape: MultiPolygon = [];
  for (const [pi, polygon] of polygons.entries()) {
    if (!Array.isArray(polygon) || polygon.length === 0) return fail(`vùng ${pi + 1} rỗng`);
    const rings: Ring[] = [];
    for (const [ri, ring] of polygon.entries()) {
      const where = `vùng ${pi + 1}, vòng ${ri + 1}`;
      if (!Array.isArray(ring) || !ring.every(isPosition)) return fail(`${where}: tọa độ không phải cặp số`);
      const r = ring.map((p) => [p[0], p[1]] as Pair);
      if (r.length > 1 && (r[0]![0] !== r[r.length - 1]![0] || r[0]![1] !== r[r.length - 1]![1])) {
        warnings.push(`${where}: vòng chưa khép kín, đã tự khép`);
        r.push(r[0]!);
      }
      if (r.length < 4) return fail(`${where}: chỉ có ${r.length} điểm (cần ít nhất 4)`);
      if (ringArea(r) === 0) errors.push(`${where}: diện tích bằng 0`);
      rings.push(r);
    }
    shape.push(rings);
  }
  const points = shape.flat(2);
  if (!points.every(inBox)) {
    const swapped = points.every(([x, y]) => inBox([y, x]));
    return fail(
      swapped
        ? 'kinh độ và vĩ độ bị đảo chỗ (tọa độ phải theo thứ tự [kinh độ, vĩ độ] như GeoJSON quy định)'
        : `tọa độ ${fmt(points.find((p) => !inBox(p))!)} nằm ngoài lãnh thổ Việt Nam (cần hệ WGS84 theo độ; tệp theo VN-2000 phải chuyển đổi trước)`,
    );
  }
  for (const [pi, polygon] of shape.entries()) {
    for (const [ri, ring] of polygon.entries()) {
      const at = selfIntersection(ring);
      if (at) errors.push(`vùng ${pi + 1}, vòng ${ri + 1}: đường biên tự cắt gần ${fmt(at)}`);
    }
  }
  return { shape: errors.length ? null : shape, errors, warnings };
}
