// @vitest-environment node
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { smoothHull } from './hull';
import { interiorPoint, multiPolygonArea, pointInMultiPolygon, type MultiPolygon, type Pair } from './planar';
import { connectGroups, emptiestPoint } from './seeds';
import { placeInside, relaxSeeds, separateSeeds, voronoiCells } from './tessellate';

const square = (x: number, y: number, size: number): MultiPolygon => [
  [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
];
const overlap = (a: MultiPolygon, b: MultiPolygon) => (a.length && b.length ? multiPolygonArea(polygonClipping.intersection(a, b)) : 0);
const L_SHAPE: MultiPolygon = [
  [
    [
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
      [0, 0],
    ],
  ],
];

describe('Voronoi cells of a region', () => {
  it.each<[string, MultiPolygon, Pair[]]>([
    [
      'a square with four seeds',
      square(0, 0, 10),
      [
        [2, 2],
        [8, 2],
        [2, 8],
        [8, 8],
      ],
    ],
    [
      'an L shape with seeds in both arms',
      L_SHAPE,
      [
        [2, 2],
        [8, 2],
        [2, 8],
        [1, 1],
        [3, 6],
      ],
    ],
    ['one seed gets the whole region', square(0, 0, 10), [[5, 5]]],
  ])('tile %s with no gap and no overlap', (_name, region, seeds) => {
    const cells = voronoiCells(seeds, region);
    expect(cells).toHaveLength(seeds.length);
    const total = cells.reduce((s, c) => s + multiPolygonArea(c), 0);
    expect(total).toBeCloseTo(multiPolygonArea(region), 9);
    cells.forEach((c, i) => {
      expect(multiPolygonArea(c)).toBeGreaterThan(0);
      expect(pointInMultiPolygon(seeds[i]!, c)).toBe(true);
      for (let j = 0; j < i; j++) expect(overlap(c, cells[j]!)).toBeCloseTo(0, 9);
    });
  });

  it('pulls a seed from outside the region inside it, and leaves inside seeds alone', () => {
    expect(placeInside([2, 2], L_SHAPE)).toEqual([2, 2]);
    const moved = placeInside([9, 9], L_SHAPE);
    expect(pointInMultiPolygon(moved, L_SHAPE)).toBe(true);
  });

  it('separates coincident seeds so each keeps a cell of its own', () => {
    const seeds = separateSeeds(
      [
        [5, 5],
        [5, 5],
        [5, 5],
      ],
      0.5,
    );
    const cells = voronoiCells(seeds, square(0, 0, 10));
    expect(cells.every((c) => multiPolygonArea(c) > 1)).toBe(true);
  });

  it('relaxation keeps seeds inside and evens out cell sizes', () => {
    const region = square(0, 0, 10);
    const seeds: Pair[] = [
      [1, 1],
      [1.5, 1],
      [1, 1.5],
      [9, 9],
    ];
    const spread = (s: Pair[]) => {
      const areas = voronoiCells(s, region).map(multiPolygonArea);
      return Math.max(...areas) / Math.min(...areas);
    };
    const relaxed = relaxSeeds(seeds, region, 3);
    expect(relaxed.every((s) => pointInMultiPolygon(s, region))).toBe(true);
    expect(spread(relaxed)).toBeLessThan(spread(seeds));
  });
});

describe('seeds from rough centres', () => {
  it('a smooth hull contains every point and is in one piece', () => {
    const points: Pair[] = [
      [0, 0],
      [10, 0],
      [20, 3],
      [5, 12],
      [30, 30],
    ];
    const hull = smoothHull(points, 4);
    expect(hull).toHaveLength(1);
    expect(points.every((p) => pointInMultiPolygon(p, hull))).toBe(true);
  });

  it('puts a unit without a centre where its area is emptiest', () => {
    const p = emptiestPoint(square(0, 0, 10), [
      [1, 1],
      [1, 9],
      [9, 1],
    ]);
    expect(p[0]).toBeGreaterThan(6);
    expect(p[1]).toBeGreaterThan(6);
  });

  it('moves a centre lying among another group until its group is in one piece', () => {
    // Group A on the left, group B on the right; one A centre sits in the middle of B.
    const seeds: Pair[] = [
      [1, 5],
      [2, 2],
      [2, 8],
      [6, 5],
      [8, 3],
      [8, 7],
      [9.5, 5],
      [8, 5.1],
    ];
    const groups = ['A', 'A', 'A', 'B', 'B', 'B', 'B', 'A'];
    const region = square(0, 0, 10);
    const groupA = (s: Pair[]) => {
      const cells = voronoiCells(s, region);
      return polygonClipping.union(...(groups.flatMap((g, i) => (g === 'A' ? [cells[i]!] : [])) as [MultiPolygon, ...MultiPolygon[]]));
    };
    expect(groupA(seeds)).toHaveLength(2);
    const fixed = connectGroups(seeds, groups, region);
    expect(groupA(fixed)).toHaveLength(1);
    expect(fixed.slice(0, 7)).toEqual(seeds.slice(0, 7));
  });

  it('finds a point well inside an L shape', () => {
    const { point, radius } = interiorPoint(L_SHAPE);
    expect(pointInMultiPolygon(point, L_SHAPE)).toBe(true);
    expect(radius).toBeGreaterThan(1.5);
  });
});
