/**
 * "Official" boundaries for the synthetic country, in the store format of the boundary import
 * (<data>/boundaries/level-N.geojson): provinces and communes as the rectangles they were laid
 * out in. Villages stay schematic (cells inside their commune), as in a real country deployment
 * that imports province and commune boundaries.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GenUnit } from './country-units';

function level(units: GenUnit[], n: number): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    level: n,
    source: 'Ranh giới tổng hợp (đo hiệu năng)',
    features: units.map((u) => {
      const [w, s, e, nth] = u.box!;
      return {
        type: 'Feature',
        properties: { code: u.code, name: u.name },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [w, s],
                [e, s],
                [e, nth],
                [w, nth],
                [w, s],
              ],
            ],
          ],
        },
      };
    }),
  });
}

export function writeBoundaries(dataDir: string, provinces: GenUnit[], communes: GenUnit[]): void {
  const dir = join(dataDir, 'boundaries');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'level-2.geojson'), level(provinces, 2));
  writeFileSync(join(dir, 'level-3.geojson'), level(communes, 3));
}
