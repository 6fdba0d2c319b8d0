/**
 * Synthetic boundaries for the map bench: `count` polygons tiling the Bắc Kạn area, each a
 * jittered square with subdivided edges (about 32 vertices), neighbours sharing their edges.
 */
import type { Boundaries, BoundaryFeature } from '@/api/contract';

const WEST = 105.5;
const EAST = 106.25;
const SOUTH = 21.85;
const NORTH = 22.75;

/** A deterministic offset for a grid point, so neighbouring cells agree on shared vertices. */
function jitter(x: number, y: number): [number, number] {
  const h = Math.sin(x * 12.9898 + y * 78.233) * 43758.5453;
  const g = Math.sin(x * 39.3468 + y * 11.135) * 24634.6345;
  return [(h - Math.floor(h) - 0.5) * 0.3, (g - Math.floor(g) - 0.5) * 0.3];
}

export function syntheticBoundaries(count: number, subdivisions = 8): Boundaries {
  const cols = Math.ceil(Math.sqrt((count * (EAST - WEST)) / (NORTH - SOUTH)));
  const rows = Math.ceil(count / cols);
  const dx = (EAST - WEST) / cols;
  const dy = (NORTH - SOUTH) / rows;
  // Vertex (i, j) on a grid refined `subdivisions` times; corners and edge points jittered alike.
  const point = (i: number, j: number): [number, number] => {
    const [jx, jy] = jitter(i, j);
    const onX = i % subdivisions === 0 && i > 0 && i < cols * subdivisions;
    const onY = j % subdivisions === 0 && j > 0 && j < rows * subdivisions;
    const step = 1 / subdivisions;
    const x = WEST + (i / subdivisions) * dx + (i > 0 && i < cols * subdivisions ? jx * dx * (onX ? 1 : step) : 0);
    const y = SOUTH + (j / subdivisions) * dy + (j > 0 && j < rows * subdivisions ? jy * dy * (onY ? 1 : step) : 0);
    return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
  };
  const features: BoundaryFeature[] = [];
  for (let r = 0; r < rows && features.length < count; r++) {
    for (let c = 0; c < cols && features.length < count; c++) {
      const i0 = c * subdivisions;
      const j0 = r * subdivisions;
      const ring: [number, number][] = [];
      for (let k = 0; k < subdivisions; k++) ring.push(point(i0 + k, j0));
      for (let k = 0; k < subdivisions; k++) ring.push(point(i0 + subdivisions, j0 + k));
      for (let k = subdivisions; k > 0; k--) ring.push(point(i0 + k, j0 + subdivisions));
      for (let k = subdivisions; k > 0; k--) ring.push(point(i0, j0 + k));
      ring.push(ring[0]!);
      const n = features.length + 1;
      features.push({
        type: 'Feature',
        properties: {
          code: `S${String(n).padStart(5, '0')}`,
          name: `Thôn ${n}`,
          label: { at: [WEST + (c + 0.5) * dx, SOUTH + (r + 0.5) * dy], radiusKm: Math.min(dx, dy) * 40 },
        },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return { unit: 'S', schematic: true, source: 'bench', outline: null, features };
}
