import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from './geo-extent';
import { mercatorUnit, projectShapes, shapeContains } from './projected-shapes';

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
