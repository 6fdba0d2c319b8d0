import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from './geo-extent';
import { extentOfShapes, mercatorUnit, projectShapes, shapeContains, unitLonLat } from './projected-shapes';

describe('mercatorUnit', () => {
  // x = lon / 360 + 0.5; y = 0.5 − ln((1 + sin φ) / (1 − sin φ)) / 4π. At 45°: ln(3 + 2√2) = 1.7627471740,
  // ÷ 4π = 0.1402749631.
  it.each<[number, number, number, number]>([
    [0, 0, 0.5, 0.5],
    [180, 0, 1, 0.5],
    [-90, 0, 0.25, 0.5],
    [0, 45, 0.5, 0.3597250369],
    [0, -45, 0.5, 0.6402749631],
    [0, 90, 0.5, 0],
    [0, -90, 0.5, 1],
  ])('(%f, %f) → (%f, %f)', (lon, lat, x, y) => {
    const [px, py] = mercatorUnit(lon, lat);
    expect(px).toBeCloseTo(x, 9);
    expect(py).toBeCloseTo(y, 9);
  });
});

describe('unitLonLat', () => {
  // The inverse of the table above: lon = (x − 0.5) · 360; lat = 2 · atan(e^(2π(0.5 − y))) − 90°.
  // At y = 0.3597250369: 2π · 0.1402749631 = 0.8813735870 = asinh(1), e^… = 1 + √2 = tan(67.5°), so 45°.
  it.each<[number, number, number, number]>([
    [0.5, 0.5, 0, 0],
    [1, 0.5, 180, 0],
    [0.25, 0.5, -90, 0],
    [0.5, 0.3597250369, 0, 45],
    [0.5, 0.6402749631, 0, -45],
    [0.6, 0.5, 36, 0],
  ])('(%f, %f) → (%f, %f)', (x, y, lon, lat) => {
    const [l, p] = unitLonLat(x, y);
    expect(l).toBeCloseTo(lon, 7);
    expect(p).toBeCloseTo(lat, 7);
  });
});

// Shape 0: a square 0–36° E, 0–45° N (x 0.5–0.6, y 0.3597–0.5) with a hole 9–27° E, 10–30° N.
const squareWithHole: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [36, 0],
      [36, 45],
      [0, 45],
      [0, 0],
    ],
    [
      [9, 10],
      [27, 10],
      [27, 30],
      [9, 30],
      [9, 10],
    ],
  ],
};
// Shape 1: two triangles, west of 0° (x below 0.5) and south of the equator (y above 0.5).
const twoTriangles: PolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [-36, 0],
        [-18, 0],
        [-36, -45],
        [-36, 0],
      ],
    ],
    [
      [
        [-90, 0],
        [-72, 0],
        [-90, -45],
        [-90, 0],
      ],
    ],
  ],
};

describe('projectShapes', () => {
  const shapes = projectShapes([squareWithHole, twoTriangles]);

  it('lays rings and shapes out flat', () => {
    expect(shapes.xy.length).toBe(2 * (5 + 5 + 4 + 4));
    expect([...shapes.ringStart]).toEqual([0, 5, 10, 14, 18]);
    expect([...shapes.shapeRing]).toEqual([0, 2, 4]);
    expect(shapes.xy[2]).toBeCloseTo(0.6, 12); // 36° E
    expect(shapes.xy[5]).toBeCloseTo(0.3597250369, 9); // 45° N
  });

  it('boxes each shape', () => {
    const expected = [
      [0.5, 0.3597250369, 0.6, 0.5],
      [0.25, 0.5, 0.45, 0.6402749631],
    ];
    expected.flat().forEach((v, i) => expect(shapes.box[i]).toBeCloseTo(v, 9));
  });

  it.each<[string, number, number, number, boolean]>([
    ['inside the square, outside its hole', 0, 3, 5, true],
    ['in the hole', 0, 18, 20, false],
    ['east of the square', 0, 40, 20, false],
    ['in the box but outside the shape', 1, -30, -40, false],
    ['in the first triangle', 1, -34, -5, true],
    ['in the second triangle', 1, -88, -5, true],
    ['between the triangles', 1, -50, -5, false],
    ['in the square, asked of the triangles', 1, 3, 5, false],
  ])('%s', (_, shape, lon, lat, expected) => {
    const [x, y] = mercatorUnit(lon, lat);
    expect(shapeContains(shapes, shape, x, y)).toBe(expected);
  });

  it('projects no shapes to empty arrays', () => {
    const none = projectShapes([]);
    expect([none.xy.length, [...none.ringStart], [...none.shapeRing]]).toEqual([0, [0], [0]]);
  });
});

describe('extentOfShapes', () => {
  // Boxes by hand, in reference units: minX, minY, maxX, maxY per shape.
  const set = (...boxes: number[][]) => ({
    xy: new Float64Array(0),
    ringStart: new Uint32Array(1),
    shapeRing: new Uint32Array(boxes.length + 1),
    box: Float64Array.from(boxes.flat()),
  });
  // A shape with no vertices keeps projectShapes' empty box: min at +∞, max at −∞.
  const EMPTY = [Infinity, Infinity, -Infinity, -Infinity];
  it.each<[string, Parameters<typeof extentOfShapes>[0], number[] | null]>([
    ['one shape', [set([0.1, 0.2, 0.3, 0.4])], [0.1, 0.2, 0.3, 0.4]],
    ['two shapes apart', [set([0.1, 0.2, 0.3, 0.4], [0.5, 0.05, 0.6, 0.25])], [0.1, 0.05, 0.6, 0.4]],
    ['the shapes and an outline around them', [set([0.2, 0.2, 0.3, 0.3]), set([0.15, 0.18, 0.35, 0.32])], [0.15, 0.18, 0.35, 0.32]],
    ['a missing outline adds nothing', [set([0.2, 0.2, 0.3, 0.3]), null], [0.2, 0.2, 0.3, 0.3]],
    ['a shape without vertices adds nothing', [set(EMPTY, [0.2, 0.2, 0.3, 0.3])], [0.2, 0.2, 0.3, 0.3]],
    ['no shapes at all', [set(), null], null],
    ['only empty shapes', [set(EMPTY)], null],
  ])('%s', (_, sets, expected) => {
    expect(extentOfShapes(sets)).toEqual(expected);
  });

  it('holds every vertex of projected shapes', () => {
    const projected = projectShapes([squareWithHole, twoTriangles]);
    const [minX, minY, maxX, maxY] = extentOfShapes([projected])!;
    // x from −90° (0.25) to 36° (0.6); y from 45° N (0.3597250369) to 45° S (0.6402749631).
    expect(minX).toBeCloseTo(0.25, 9);
    expect(maxX).toBeCloseTo(0.6, 9);
    expect(minY).toBeCloseTo(0.3597250369, 9);
    expect(maxY).toBeCloseTo(0.6402749631, 9);
  });
});
