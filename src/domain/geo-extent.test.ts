import { describe, expect, it } from 'vitest';
import { extentOf, type PolygonGeometry } from './geo-extent';

const square = (x: number, y: number, size: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

describe('extentOf', () => {
  it.each<[string, PolygonGeometry[], ReturnType<typeof extentOf>]>([
    ['nothing', [], null],
    ['a polygon without positions', [{ type: 'Polygon', coordinates: [] }], null],
    ['one square', [square(105.5, 22, 0.25)], { minLon: 105.5, minLat: 22, maxLon: 105.75, maxLat: 22.25 }],
    ['two squares apart', [square(105.5, 22, 0.25), square(106, 21.5, 0.1)], { minLon: 105.5, minLat: 21.5, maxLon: 106.1, maxLat: 22.25 }],
    [
      'a multipolygon with a hole (the hole never widens the box)',
      [
        {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [105, 21],
                [106, 21],
                [106, 22],
                [105, 21],
              ],
              [
                [105.4, 21.2],
                [105.6, 21.2],
                [105.5, 21.4],
                [105.4, 21.2],
              ],
            ],
            [
              [
                [107, 23],
                [107.5, 23],
                [107, 23.5],
                [107, 23],
              ],
            ],
          ],
        },
      ],
      { minLon: 105, minLat: 21, maxLon: 107.5, maxLat: 23.5 },
    ],
  ])('%s', (_, geometries, expected) => {
    expect(extentOf(geometries)).toEqual(expected);
  });
});
