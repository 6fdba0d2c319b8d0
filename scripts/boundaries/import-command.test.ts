// @vitest-environment node
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundariesSchema, type Boundaries } from '../../src/api/contract';
import { compileDataset } from '../compile/compile-dataset';
import { runImport } from './import-command';
import { multiPolygonArea, type MultiPolygon } from './planar';

/** Read from ../shared where it lives; imported only into a temporary data folder. */
const FIXTURE = resolve(import.meta.dirname, '../../../shared/fixtures/geo/bac-kan-official-districts.geojson');
const DATA = resolve(import.meta.dirname, '../../data');

let dir: string;
let data: string;
const lines: string[] = [];
const log = (line: string) => void lines.push(line);
const shapeOf = (g: Boundaries['features'][number]['geometry']): MultiPolygon => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boundaries-import-'));
  data = join(dir, 'data');
  cpSync(DATA, data, { recursive: true, filter: (src) => !src.includes(`${DATA}/boundaries`) });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run boundaries:import', () => {
  it('imports the official file into the data folder, and the compile draws those shapes', () => {
    expect(runImport([FIXTURE, '--code-field', 'code', '--data', data], log, '2025-07-01')).toBe(0);
    expect(readdirSync(join(data, 'boundaries')).sort()).toEqual(['level-1.geojson', 'level-2.geojson']);
    expect(lines.join('\n')).toMatch(/Đã nhập 8 ranh giới cấp 2/);

    const docs = compileDataset(data);
    const province = boundariesSchema.parse(docs.get('v1/boundaries/06.json'));
    expect(province.schematic).toBe(false);
    expect(province.source).toBe('bac-kan-official-districts.geojson (nhập ngày 2025-07-01)');
    expect(province.features.map((f) => f.properties.code).sort()).toEqual(['058', '060', '061', '062', '063', '064', '065', '066']);
    const official = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { features: { properties: { code: string }; geometry: { coordinates: MultiPolygon } }[] };
    for (const f of province.features) {
      const original = official.features.find((o) => o.properties.code === f.properties.code)!.geometry.coordinates;
      expect(Math.abs(multiPolygonArea(shapeOf(f.geometry)) / multiPolygonArea(original) - 1), f.properties.code).toBeLessThan(0.01);
    }
    // Communes stay schematic, drawn inside the official district.
    const district = boundariesSchema.parse(docs.get('v1/boundaries/064.json'));
    expect(district.schematic).toBe(true);
    const communes = district.features.reduce((s, f) => s + multiPolygonArea(shapeOf(f.geometry)), 0);
    expect(communes / multiPolygonArea(shapeOf(district.outline!.geometry))).toBeCloseTo(1, 3);
  }, 90_000);

  it('rejects a broken file, says why, and keeps what was imported before', () => {
    const before = readFileSync(join(data, 'boundaries', 'level-2.geojson'), 'utf8');
    const broken = join(dir, 'broken.geojson');
    writeFileSync(broken, readFileSync(FIXTURE, 'utf8').replace(/"code":\s*"061"/, '"code":"961"'));
    lines.length = 0;
    expect(runImport([broken, '--code-field', 'code', '--level', '2', '--data', data], log)).toBe(1);
    expect(lines.join('\n')).toMatch(/Không nhập tệp broken.geojson.*vẫn giữ nguyên/);
    expect(lines.join('\n')).toMatch(/tệp broken.geojson, đối tượng thứ 4, trường "code": mã "961" không khớp/);
    expect(lines.join('\n')).toMatch(/Mã trong tệp không khớp đơn vị nào: 961/);
    expect(readFileSync(join(data, 'boundaries', 'level-2.geojson'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('replaces one level and keeps the others', () => {
    expect(runImport([FIXTURE, '--code-field', 'code', '--level', '2', '--data', data], log)).toBe(0);
    expect(existsSync(join(data, 'boundaries', 'level-1.geojson'))).toBe(true);
  });

  it('explains how to call it', () => {
    lines.length = 0;
    expect(runImport([FIXTURE], log)).toBe(2);
    expect(lines.join()).toMatch(/--code-field/);
  });
});
