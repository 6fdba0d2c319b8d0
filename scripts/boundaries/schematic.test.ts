// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import polygonClipping from 'polygon-clipping';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/units';
import { unit } from '../../tests/builders/unit';
import { parseUnits } from '../compile/parse-units';
import { boxOf, multiPolygonArea, pointsOf, type MultiPolygon } from './planar';
import { localProjection, projectMultiPolygon } from './projection';
import { buildUnitShapes, type UnitShape } from './schematic';

const units = parseUnits(readFileSync(resolve(import.meta.dirname, '../../data/units.csv'), 'utf8'), undefined, [])!;
const proj = localProjection(105.8, 22.2);
const km = (mp: MultiPolygon) => projectMultiPolygon(mp, proj.forward);
const area = (mp: MultiPolygon) => multiPolygonArea(km(mp));

function boxesMeet(a: MultiPolygon, b: MultiPolygon): boolean {
  const p = boxOf(pointsOf(a));
  const q = boxOf(pointsOf(b));
  return p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY;
}

/** Children inside their parent, no overlaps between siblings, no gap (areas add up). Areas in km². */
function expectTiling(shapes: Map<string, UnitShape>, parent: Unit, children: readonly Unit[]) {
  const outer = km(shapes.get(parent.code)!.shape);
  const cells = children.map((c) => km(shapes.get(c.code)!.shape));
  const parentArea = multiPolygonArea(outer);
  cells.forEach((cell, i) => {
    const own = multiPolygonArea(cell);
    expect(own, `${children[i]!.code} is empty`).toBeGreaterThan(0);
    expect(multiPolygonArea(polygonClipping.intersection(cell, outer)), `${children[i]!.code} inside ${parent.code}`).toBeCloseTo(own, 6);
    for (let j = 0; j < i; j++) {
      if (!boxesMeet(cell, cells[j]!)) continue;
      expect(multiPolygonArea(polygonClipping.intersection(cell, cells[j]!)), `${children[i]!.code} × ${children[j]!.code}`).toBeLessThan(1e-6);
    }
  });
  expect(cells.reduce((s, c) => s + multiPolygonArea(c), 0)).toBeCloseTo(parentArea, 6);
}

describe('schematic boundaries of the demo units', () => {
  let shapes: Map<string, UnitShape>;
  const byParent = (code: string) => units.filter((u) => u.parentCode === code);
  beforeAll(() => {
    shapes = buildUnitShapes(units, 3);
  }, 60_000);

  it('gives every unit a non-empty schematic shape, the commune without a centre included', () => {
    expect(units.find((u) => u.code === '01879')?.lat).toBeNull();
    for (const u of units) {
      expect(shapes.get(u.code)?.official, u.code).toBe(false);
      expect(area(shapes.get(u.code)!.shape), u.code).toBeGreaterThan(0);
    }
    // A province of Bắc Kạn's size (4,860 km²), give or take the schematic hull.
    expect(area(shapes.get('06')!.shape)).toBeGreaterThan(3500);
    expect(area(shapes.get('06')!.shape)).toBeLessThan(7500);
  });

  it('tiles the province with its districts and each district with its communes', () => {
    const province = units.find((u) => u.level === 1)!;
    expectTiling(shapes, province, byParent(province.code));
    for (const district of byParent(province.code)) expectTiling(shapes, district, byParent(district.code));
  });

  it('keeps every district in one piece, rough centres notwithstanding', () => {
    for (const d of units.filter((u) => u.level === 2)) expect(shapes.get(d.code)!.shape, d.code).toHaveLength(1);
  });

  it('tiles communes with their villages', () => {
    for (const code of ['01846', '01879', '01936'])
      expectTiling(
        shapes,
        units.find((u) => u.code === code)!,
        byParent(code),
      );
  });
});

describe('schematic boundaries inside official ones', () => {
  it('uses a complete official level as it is and fits the communes inside the official districts', () => {
    const tiny: Unit[] = [
      unit('P', { type: 'Tỉnh', level: 1 }),
      unit('D1', { type: 'Huyện', level: 2, parentCode: 'P' }),
      unit('D2', { type: 'Huyện', level: 2, parentCode: 'P' }),
      // C3's centre lies in D1 although it belongs to D2; C4 has none.
      ...(
        [
          ['C1', 'D1', 22.05, 105.05],
          ['C2', 'D1', 22.15, 105.05],
          ['C3', 'D2', 22.1, 105.08],
          ['C4', 'D2', null, null],
        ] as const
      ).map(([code, parentCode, lat, lon]) => unit(code, { parentCode, lat, lon, areaClass: 'I' })),
    ];
    const rect = (x0: number, x1: number): MultiPolygon => [
      [
        [
          [x0, 22],
          [x1, 22],
          [x1, 22.2],
          [x0, 22.2],
          [x0, 22],
        ],
      ],
    ];
    const shapes = buildUnitShapes(
      tiny,
      3,
      new Map([
        [
          2,
          new Map([
            ['D1', rect(105, 105.1)],
            ['D2', rect(105.1, 105.2)],
          ]),
        ],
      ]),
    );
    expect(shapes.get('D1')).toEqual({ shape: rect(105, 105.1), official: true });
    expect(shapes.get('C3')!.official).toBe(false);
    expectTiling(shapes, tiny[0]!, tiny.slice(1, 3));
    expectTiling(shapes, tiny[1]!, tiny.slice(3, 5));
    expectTiling(shapes, tiny[2]!, tiny.slice(5, 7));
  });
});
