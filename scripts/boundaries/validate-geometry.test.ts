// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkGeometry, selfIntersection } from './validate-geometry';

const square = [
  [105.8, 22.1],
  [105.9, 22.1],
  [105.9, 22.2],
  [105.8, 22.2],
  [105.8, 22.1],
];
const bowtie = [
  [105.8, 22.1],
  [105.9, 22.2],
  [105.9, 22.1],
  [105.8, 22.2],
  [105.8, 22.1],
];
const swap = (ring: number[][]) => ring.map(([x, y]) => [y, x]);

describe('checking a geometry before import', () => {
  it.each<[string, unknown, RegExp | null]>([
    ['a polygon', { type: 'Polygon', coordinates: [square] }, null],
    [
      'a multipolygon with a hole',
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            square,
            [
              [105.82, 22.12],
              [105.84, 22.12],
              [105.84, 22.14],
              [105.82, 22.12],
            ],
          ],
        ],
      },
      null,
    ],
    ['no geometry', null, /geometry rỗng/],
    ['a point', { type: 'Point', coordinates: [105.8, 22.1] }, /"Point" không phải vùng/],
    ['empty coordinates', { type: 'MultiPolygon', coordinates: [] }, /hình học rỗng/],
    [
      'text instead of numbers',
      {
        type: 'Polygon',
        coordinates: [
          [
            ['105.8', '22.1'],
            [1, 2],
            [3, 4],
            [1, 2],
          ],
        ],
      },
      /không phải cặp số/,
    ],
    ['a ring of three points', { type: 'Polygon', coordinates: [square.slice(0, 2).concat([square[0]!])] }, /chỉ có 3 điểm/],
    ['latitude and longitude swapped', { type: 'Polygon', coordinates: [swap(square)] }, /kinh độ và vĩ độ bị đảo chỗ/],
    [
      'projected metres (VN-2000)',
      {
        type: 'Polygon',
        coordinates: [
          [
            [430000, 2450000],
            [440000, 2450000],
            [440000, 2460000],
            [430000, 2450000],
          ],
        ],
      },
      /ngoài lãnh thổ Việt Nam.*VN-2000/,
    ],
    ['a self-intersecting ring', { type: 'Polygon', coordinates: [bowtie] }, /vùng 1, vòng 1: đường biên tự cắt/],
  ])('%s', (_name, geometry, error) => {
    const check = checkGeometry(geometry);
    if (error === null) {
      expect(check.errors).toEqual([]);
      expect(check.shape).not.toBeNull();
    } else {
      expect(check.errors.join('\n')).toMatch(error);
      expect(check.shape).toBeNull();
    }
  });

  it('closes an open ring with a warning', () => {
    const check = checkGeometry({ type: 'Polygon', coordinates: [square.slice(0, 4)] });
    expect(check.errors).toEqual([]);
    expect(check.warnings.join()).toMatch(/chưa khép kín/);
    expect(check.shape![0]![0]).toHaveLength(5);
  });

  it('finds crossings and collinear overlaps, not shared corners', () => {
    expect(selfIntersection(bowtie as [number, number][])).not.toBeNull();
    expect(selfIntersection(square as [number, number][])).toBeNull();
    // Doubling back along an edge.
    expect(
      selfIntersection([
        [0, 0],
        [2, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).not.toBeNull();
    // Touching itself at one vertex is allowed (common in official data).
    expect(
      selfIntersection([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
        [1, 1],
        [0, 0],
      ]),
    ).toBeNull();
  });
});
