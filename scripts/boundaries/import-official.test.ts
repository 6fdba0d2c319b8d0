// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseUnits } from '../compile/parse-units';
import { describeImportProblem, importOfficialBoundaries, type ImportResult } from './import-official';
import { multiPolygonArea } from './planar';

/** The official fixture is read where it lives (../shared), never copied into the project. */
const OFFICIAL_FIXTURE = resolve(import.meta.dirname, '../../../shared/fixtures/geo/bac-kan-official-districts.geojson');
const fixtureText = readFileSync(OFFICIAL_FIXTURE, 'utf8');
const units = parseUnits(readFileSync(resolve(import.meta.dirname, '../../data/units.csv'), 'utf8'), undefined, [])!;

interface Fc {
  type: 'FeatureCollection';
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][][] } }[];
}
const fixture = (): Fc => JSON.parse(fixtureText) as Fc;
const run = (text: string, extra: { level?: number; codeField?: string } = {}): ImportResult =>
  importOfficialBoundaries({ fileName: 'tinh.geojson', text, codeField: extra.codeField ?? 'code', level: extra.level, units, importedOn: '2025-07-01' });
const edited = (edit: (fc: Fc) => void) => {
  const fc = fixture();
  edit(fc);
  return JSON.stringify(fc);
};
const messages = (r: ImportResult) => r.errors.map((e) => describeImportProblem('tinh.geojson', e)).join('\n');

describe('importing the official Bắc Kạn boundaries', () => {
  it('matches the province and its 8 districts and keeps their shapes', () => {
    const r = run(fixtureText);
    expect(r.errors).toEqual([]);
    expect(r.levels.map((l) => [l.level, l.shapes.size])).toEqual([
      [1, 1],
      [2, 8],
    ]);
    expect(r.levels[0]!.source).toBe('tinh.geojson (nhập ngày 2025-07-01)');
    // Light simplification only: the area stays within 0.5 % of the original.
    const original = fixture().features.find((f) => f.properties.code === '064')!.geometry.coordinates as [number, number][][][];
    const imported = r.levels[1]!.shapes.get('064')!;
    expect(Math.abs(multiPolygonArea(imported) / multiPolygonArea(original) - 1)).toBeLessThan(0.005);
  });

  it('imports one level when asked and reports the features it skips', () => {
    const r = run(fixtureText, { level: 2 });
    expect(r.levels.map((l) => l.level)).toEqual([2]);
    expect(r.warnings.map((w) => w.message).join()).toMatch(/bỏ qua 06 Tỉnh Bắc Kạn: cấp 1/);
  });

  it('reads codes written as numbers (58 for 058) and TopoJSON', () => {
    const numeric = edited((fc) => fc.features.forEach((f) => (f.properties.code = Number(f.properties.code))));
    expect(run(numeric).levels[1]!.shapes.has('058')).toBe(true);
    const topo = topology({ units: fixture() as unknown as FeatureCollection });
    expect(run(JSON.stringify(topo)).levels.map((l) => l.shapes.size)).toEqual([1, 8]);
  });

  it('lists the units of a level that the file does not cover', () => {
    const r = run(
      edited((fc) => (fc.features = fc.features.filter((f) => f.properties.code !== '066'))),
      { level: 2 },
    );
    expect(r.errors).toEqual([]);
    expect(r.missingInFile).toEqual([{ code: '066', name: 'Huyện Na Rì' }]);
  });
});

describe('rejecting bad boundary files with file, feature and field', () => {
  it.each<[string, string, RegExp]>([
    ['not JSON', '{"type": "FeatureCollection", "features": [', /^tệp tinh.geojson: không phải JSON hợp lệ/],
    ['not a feature collection', '{"type": "Feature"}', /không phải GeoJSON FeatureCollection hay TopoJSON/],
    ['no features', '{"type": "FeatureCollection", "features": []}', /không có đối tượng \(feature\) nào/],
    ['wrong codes', edited((fc) => (fc.features[3]!.properties.code = '999')), /đối tượng thứ 4, trường "code": mã "999" không khớp đơn vị nào/],
    ['a missing code', edited((fc) => delete fc.features[1]!.properties.code), /đối tượng thứ 2, trường "code": không có mã đơn vị/],
    ['a duplicate code', edited((fc) => (fc.features[2]!.properties.code = '058')), /đối tượng thứ 3, trường "code": mã 058 trùng với đối tượng thứ 2/],
    [
      'a self-intersecting ring',
      edited((fc) => {
        const ring = fc.features[5]!.geometry.coordinates[0]![0]!;
        [ring[10], ring[200]] = [ring[200]!, ring[10]!];
      }),
      /đối tượng thứ 6, trường "geometry": 063 Huyện Bạch Thông: vùng 1, vòng 1: đường biên tự cắt/,
    ],
    [
      'latitude and longitude swapped',
      edited((fc) => (fc.features[4]!.geometry.coordinates = fc.features[4]!.geometry.coordinates.map((p) => p.map((r) => r.map(([x, y]) => [y!, x!]))))),
      /đối tượng thứ 5, trường "geometry": 062 Huyện Ngân Sơn: kinh độ và vĩ độ bị đảo chỗ/,
    ],
    ['an empty geometry', edited((fc) => ((fc.features[7] as { geometry: unknown }).geometry = null)), /đối tượng thứ 8, trường "geometry": .*geometry rỗng/],
  ])('%s', (_name, text, message) => {
    const r = run(text);
    expect(r.levels).toEqual([]);
    expect(messages(r)).toMatch(message);
  });

  it('names the code field that is missing everywhere', () => {
    const r = run(fixtureText, { codeField: 'ma_dvhc' });
    expect(r.errors).toHaveLength(9);
    expect(messages(r)).toMatch(/đối tượng thứ 1, trường "ma_dvhc": không có mã đơn vị/);
  });

  it('lists every unmatched code', () => {
    const r = run(edited((fc) => fc.features.slice(1, 3).forEach((f, i) => (f.properties.code = `X${i}`))));
    expect(r.unmatchedInFile).toEqual(['X0', 'X1']);
  });
});
