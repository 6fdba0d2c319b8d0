// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import polygonClipping from 'polygon-clipping';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundariesSchema, type Boundaries, type BoundaryFeature } from '../../src/api/contract';
import { parseUnits } from '../compile/parse-units';
import { buildBoundaryDocuments, SCHEMATIC_SOURCE } from './documents';
import { multiPolygonArea, pointInMultiPolygon, type MultiPolygon } from './planar';

const units = parseUnits(readFileSync(resolve(import.meta.dirname, '../../data/units.csv'), 'utf8'), undefined, [])!;
const shape = (f: BoundaryFeature): MultiPolygon => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);

describe('boundaries documents of the demo dataset', () => {
  let docs: Map<string, Boundaries>;
  beforeAll(() => {
    docs = new Map(buildBoundaryDocuments(units, 3));
  }, 60_000);

  it('has one valid, schematic document per unit, each under 100 KB gzipped', () => {
    expect(docs.size).toBe(units.length);
    let largest = 0;
    for (const doc of docs.values()) {
      boundariesSchema.parse(doc);
      expect(doc.schematic).toBe(true);
      expect(doc.source).toBe(SCHEMATIC_SOURCE);
      largest = Math.max(largest, gzipSync(JSON.stringify(doc)).length);
    }
    expect(largest).toBeLessThan(100 * 1024);
  });

  it.each(['06', '060', '058', '01846', '01879'])('after simplification the children of %s still tile its outline', (code) => {
    const doc = docs.get(`v1/boundaries/${code}.json`)!;
    const children = units.filter((u) => u.parentCode === code);
    expect(doc.features.map((f) => f.properties.code)).toEqual(children.map((c) => c.code));
    const cells = doc.features.map(shape);
    const outline = shape(doc.outline!);
    const sum = cells.reduce((s, c) => s + multiPolygonArea(c), 0);
    expect(Math.abs(sum / multiPolygonArea(outline) - 1)).toBeLessThan(1e-6);
    const [first, ...rest] = cells;
    expect(Math.abs(multiPolygonArea(polygonClipping.union(first!, ...rest)) / sum - 1)).toBeLessThan(1e-6);
  });

  it('places each name label inside its shape', () => {
    for (const code of ['06', '064', '01879']) {
      for (const f of docs.get(`v1/boundaries/${code}.json`)!.features) {
        expect(f.properties.label!.radiusKm, f.properties.code).toBeGreaterThan(0);
        expect(pointInMultiPolygon(f.properties.label!.at, shape(f)), f.properties.code).toBe(true);
      }
    }
  });

  it('gives a village its own outline and no children', () => {
    const doc = docs.get('v1/boundaries/01846.02.json')!;
    expect(doc.features).toEqual([]);
    expect(doc.outline?.properties).toMatchObject({ code: '01846.02', name: units.find((u) => u.code === '01846.02')!.name });
  });

  it('keeps coordinates to 5 decimals', () => {
    const text = JSON.stringify(docs.get('v1/boundaries/06.json'));
    expect(text).not.toMatch(/\d\.\d{6,}/);
  });
});
