/** Geometry of the slide charts and map: round axis ticks, text that fits, a projection of boundaries into a box. */
import { extentOf, polygonsOf, type PolygonGeometry } from '@/domain/geo-extent';

/** Round ticks from 0 to at least `max` (about `count` steps of 1, 2, 2.5 or 5 × 10ⁿ). */
export function niceTicks(max: number, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** A text cut to at most `chars` characters, with "…" when cut. */
export function fitText(text: string, chars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= chars) return clean;
  return `${clean.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** Average width of a character of the slide font, as a share of the font size (for fitting labels). */
export const CHAR_WIDTH = 0.56;

export type Geometry = PolygonGeometry;

export interface Projection {
  project: (lon: number, lat: number) => [number, number];
  /** SVG path data of a polygon or multipolygon. */
  path: (geometry: Geometry) => string;
}

/**
 * Equirectangular projection (longitudes shrunk by the cosine of the middle latitude), fitted
 * into a width × height box with a margin and centred: enough for a province or a commune.
 */
export function fitProjection(geometries: readonly Geometry[], width: number, height: number, margin = 16): Projection {
  const extent = extentOf(geometries);
  if (!extent) return { project: () => [width / 2, height / 2], path: () => '' };
  const { minLon: minX, minLat: minY, maxLon: maxX, maxLat: maxY } = extent;
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  const project = (lon: number, lat: number): [number, number] => [offX + (lon - minX) * k * scale, offY + (maxY - lat) * scale];
  const path = (g: Geometry) =>
    polygonsOf(g)
      .flatMap((polygon) =>
        polygon.map(
          (ring) =>
            (ring as [number, number][])
              .map(([lon, lat], i) => {
                const [x, y] = project(lon, lat);
                return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
              })
              .join('') + 'Z',
        ),
      )
      .join('');
  return { project, path };
}
