import { describe, expect, it } from 'vitest';
import { fitProjection, fitText, niceTicks } from './svg-geometry';

describe('axis ticks', () => {
  it.each([
    [100, [0, 20, 40, 60, 80, 100]],
    [87, [0, 20, 40, 60, 80, 100]],
    [1671, [0, 500, 1000, 1500, 2000]],
    [4, [0, 1, 2, 3, 4]],
    [0.7, [0, 0.2, 0.4, 0.6, 0.8]],
    [0, [0, 1]],
    [Number.NaN, [0, 1]],
  ])('up to %d: %j', (max, expected) => {
    expect(niceTicks(max)).toEqual(expected);
  });
});

describe('labels that fit', () => {
  it.each([
    ['Tổ 1', 10, 'Tổ 1'],
    ['Phường   Huyền Tụng', 30, 'Phường Huyền Tụng'],
    ['Xã Nông Thượng, thành phố Bắc Kạn', 12, 'Xã Nông Thư…'],
  ])('%j in %d characters: %j', (text, chars, expected) => {
    expect(fitText(text, chars)).toBe(expected);
  });
});

describe('projection of boundaries', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [105, 22],
        [106, 22],
        [106, 23],
        [105, 23],
        [105, 22],
      ],
    ],
  };

  it('fits the shapes into the box, north up, centred', () => {
    const { project, path } = fitProjection([square], 1000, 500, 0);
    const [x0, y0] = project(105, 23);
    const [x1, y1] = project(106, 22);
    expect(y0).toBeCloseTo(0);
    expect(y1).toBeCloseTo(500);
    // Longitudes shrink by cos(22.5°): the square is narrower than tall, and centred.
    expect(x1 - x0).toBeCloseTo(500 * Math.cos((22.5 * Math.PI) / 180), 5);
    expect(x0 + x1).toBeCloseTo(1000);
    expect(path(square)).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}Z$/);
  });

  it('draws every polygon of a multipolygon and survives no shapes at all', () => {
    const multi = { type: 'MultiPolygon' as const, coordinates: [square.coordinates, square.coordinates] };
    expect(fitProjection([multi], 100, 100).path(multi).match(/Z/g)).toHaveLength(2);
    expect(fitProjection([], 100, 100).path(square)).toBe('');
  });
});
