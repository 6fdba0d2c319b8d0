import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitDocumentSchema, type UnitDocument } from '../../src/api/contract';
import { buildApi, emitApi } from './build-api';
import { compileToDir } from './compile-dataset';
import { DatasetError, describeProblem } from './dataset-error';
import { parseDataset } from './parse-dataset';
import { tinyDataset } from './tiny-dataset';

const build = () => buildApi(parseDataset(tinyDataset()), { generatedAt: '2023-10-01T00:00:00Z' });
const unit = (docs: Map<string, unknown>, code: string) => unitDocumentSchema.parse(docs.get(`v1/units/${code}.json`)) as UnitDocument;

describe('compiling the tiny dataset', () => {
  it('emits each unit before its subtree and every subtree in one run, nothing twice', () => {
    const ds = parseDataset(tinyDataset());
    const paths = [...emitApi(ds, { generatedAt: '2023-10-01T00:00:00Z' })].map(([path]) => path);
    expect(new Set(paths).size).toBe(paths.length);
    const order = paths.flatMap((p) => /^v1\/units\/(.+)\.json$/.exec(p)?.[1] ?? []);
    expect(order).toHaveLength(ds.units.length);
    const parentOf = new Map(ds.units.map((u) => [u.code, u.parentCode]));
    const inSubtree = (code: string, root: string): boolean => code === root || (parentOf.get(code) ? inSubtree(parentOf.get(code)!, root) : false);
    for (const [start, root] of order.entries()) {
      const positions = order.flatMap((code, i) => (inSubtree(code, root) ? [i] : []));
      expect(positions, root).toEqual(positions.map((_, k) => start + k));
    }
  });

  it('writes exactly the documents it builds', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'api-')), 'api');
    const data = mkdtempSync(join(tmpdir(), 'data-'));
    for (const [name, text] of Object.entries(tinyDataset())) writeFileSync(join(data, name), text);
    const written = compileToDir(data, out, { generatedAt: '2023-10-01T00:00:00Z' });
    const built = buildApi(parseDataset(tinyDataset()), { generatedAt: '2023-10-01T00:00:00Z' });
    expect(written).toBe(built.size);
    for (const [path, doc] of built) expect(JSON.parse(readFileSync(join(out, path), 'utf8')), path).toEqual(doc);
  });

  it('rolls flows, stocks and person-times up the hierarchy and counts reports', () => {
    const docs = build();
    const d = unit(docs, 'D').figures.D!;
    expect(d.series.EV).toMatchObject({ values: [5, 1, 3], reported: [4, 3, 3], expected: 4 });
    // C2.01 left TM empty in Q3: missing is not zero, and it shows in the count.
    expect(d.series.TM).toMatchObject({ values: [2, 2, 2], reported: [4, 3, 2] });
    expect(d.series.PT!.values).toEqual([185, 35, 105]);
  });

  it('keeps disaggregations that add up to the total', () => {
    const c2 = unit(build(), 'C2').figures['C2.02']!;
    expect(c2.series.EV!.breakdown?.sex).toEqual({ female: [1, 0, null], male: [0, 0, null] });
  });

  it('does not publish a sensitive indicator below commune level, and above it only by year, small counts hidden', () => {
    const village = unit(build(), 'C1.01').figures['C1.01']!;
    expect(village.series.CM).toBeUndefined();
    expect(village.withheld).toEqual(expect.arrayContaining(['CM']));
    const commune = unit(build(), 'C1').figures.C1!;
    expect(commune.series.CM).toMatchObject({ grain: 'year', values: ['suppressed', 'suppressed', 'suppressed'] });
    expect(commune.series.CM!.totals).toEqual([
      { key: '2023', from: 0, to: 2, value: 'suppressed' },
      { key: '2023-2025', from: 0, to: 2, value: 'suppressed' },
    ]);
    expect(unit(build(), 'C2').figures.C2!.series.CM!.totals!.map((t) => t.value)).toEqual([0, 0]);
  });

  it('attaches notes to the unit and every unit above it', () => {
    const docs = build();
    for (const code of ['P', 'D', 'C2', 'C2.02']) {
      expect((docs.get(`v1/notes/${code}.json`) as { notes: unknown[] }).notes).toHaveLength(1);
    }
    expect((docs.get('v1/notes/C1.json') as { notes: unknown[] }).notes).toHaveLength(0);
  });
});

type Edit = (files: Record<string, string>) => void;
const replaceIn =
  (file: string, from: string, to: string): Edit =>
  (files) => {
    if (!files[file]!.includes(from)) throw new Error(`fixture has no ${from}`);
    files[file] = files[file]!.replace(from, to);
  };

describe('bad input stops the compile with file, row and field', () => {
  it.each<[string, Edit, string, number | null, string | null, RegExp]>([
    ['an unknown unit code', replaceIn('reports.csv', 'C2.02,2023Q2', 'C9.99,2023Q2'), 'reports.csv', 11, 'unit', /không tồn tại "C9.99"/],
    ['a duplicate row', replaceIn('reports.csv', 'C2.02,2023Q2', 'C2.02,2023Q1'), 'reports.csv', 11, 'unit', /dòng trùng.*dòng 10/],
    ['a negative count', replaceIn('reports.csv', 'C2.01,2023Q2,1,1,25', 'C2.01,2023Q2,1,1,-25'), 'reports.csv', 8, 'PT', /số âm/],
    ['a malformed number', replaceIn('reports.csv', 'C2.01,2023Q2,1,1,25', 'C2.01,2023Q2,1,1,2 5'), 'reports.csv', 8, 'PT', /không phải số hợp lệ/],
    ['a thousands separator', replaceIn('reports.csv', 'C2.01,2023Q2,1,1,25', 'C2.01,2023Q2,1,1,"1.250,5"'), 'reports.csv', 8, 'PT', /không phải số hợp lệ/],
    [
      'a numerator above its denominator',
      replaceIn('reports.csv', 'C2.01,2023Q1,3,1,90,0,0', 'C2.01,2023Q1,3,1,90,0,1'),
      'reports.csv',
      7,
      'VT',
      /tử số VT.*lớn hơn mẫu số VD/,
    ],
    [
      'an indicator reported at the wrong level',
      replaceIn('reports.csv', 'C2.02,2023Q2', 'C2,2023Q2'),
      'reports.csv',
      11,
      'EV',
      /do thôn, tổ báo cáo.*C2 ở cấp 3/,
    ],
    ['a period outside the data', replaceIn('reports.csv', 'C2.02,2023Q2', 'C2.02,2024Q1'), 'reports.csv', 11, 'period', /không thuộc/],
    [
      'a breakdown that does not add up',
      replaceIn('disaggregations.csv', 'C1.01,2023Q3,EV,sex,male,1', 'C1.01,2023Q3,EV,sex,male,2'),
      'disaggregations.csv',
      3,
      'value',
      /khác tổng báo cáo 2/,
    ],
    ['a duplicate unit', replaceIn('units.csv', 'C2.02,Tổ Khuổi Pái', 'C2.01,Tổ Khuổi Pái'), 'units.csv', 9, 'code', /bị trùng/],
    [
      'a unit with an unknown parent',
      replaceIn('units.csv', 'C2.02,Tổ Khuổi Pái,Tổ dân phố,4,C2', 'C2.02,Tổ Khuổi Pái,Tổ dân phố,4,C7'),
      'units.csv',
      9,
      'parent_code',
      /không tồn tại/,
    ],
    ['a target for an unknown indicator', replaceIn('targets.csv', 'C1,EV,2023', 'C1,XX,2023'), 'targets.csv', 4, 'indicator', /không tồn tại/],
    ['broken JSON', (f) => (f['notes.json'] = '[{"id": '), 'notes.json', null, null, /không phải JSON/],
    ['an empty province code', replaceIn('meta.json', '"province":{"code":"P"', '"province":{"code":""'), 'meta.json', null, 'province.code', /./],
    [
      'an undeclared level',
      replaceIn('units.csv', 'C2.02,Tổ Khuổi Pái,Tổ dân phố,4,C2', 'C2.02,Tổ Khuổi Pái,Tổ dân phố,5,C2'),
      'units.csv',
      9,
      'level',
      /cấp "5" không được khai báo trong meta.json.*từ 1 đến 4/,
    ],
    [
      'a level kind used twice',
      replaceIn('meta.json', '{"kind":"district"', '{"kind":"province"'),
      'meta.json',
      null,
      'levels.1.kind',
      /"province" đã dùng ở cấp 1/,
    ],
    [
      'levels out of order',
      replaceIn('meta.json', '{"kind":"district"', '{"kind":"group"'),
      'meta.json',
      null,
      'levels.2.kind',
      /cấp "commune" không thể nằm dưới cấp "group"/,
    ],
    [
      'a unit type not declared',
      replaceIn('units.csv', 'C2.02,Tổ Khuổi Pái,Tổ dân phố', 'C2.02,Tổ Khuổi Pái,Tổ liên gia'),
      'units.csv',
      9,
      'type',
      /"Tổ liên gia" không dùng được ở cấp 4 \(village\); các loại được phép: Thôn, Xóm, .*Tổ dân phố/,
    ],
    [
      'a unit type at the wrong kind of level',
      replaceIn('units.csv', 'C1,Xã Một,Xã,3', 'C1,Xã Một,Thôn,3'),
      'units.csv',
      4,
      'type',
      /"Thôn" không dùng được ở cấp 3 \(commune\); các loại được phép: Xã, Phường, Thị trấn, Đặc khu/,
    ],
    ['a note with a wrong type', replaceIn('notes.json', '"difficulty"', '"rumour"'), 'notes.json', 1, 'type', /./],
    ['an unclosed quote', replaceIn('reports.csv', 'C2.02,2023Q2', '"C2.02,2023Q2'), 'reports.csv', 11, null, /ngoặc kép/],
  ])('%s', (_name, edit, file, row, field, message) => {
    const files = tinyDataset();
    edit(files);
    let error: unknown;
    try {
      parseDataset(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const problem = (error as DatasetError).problems[0]!;
    expect({ file: problem.file, row: problem.row, field: problem.field }).toEqual({ file, row, field });
    expect(problem.message).toMatch(message);
    expect(describeProblem(problem)).toContain(file);
  });
});

describe('writing the API', () => {
  it('writes nothing and keeps the previous output when the data is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'da8-'));
    const data = join(dir, 'data');
    const out = join(dir, 'api');
    const files = tinyDataset();
    const write = (f: Record<string, string>) => {
      mkdirSync(data, { recursive: true });
      for (const [name, text] of Object.entries(f)) writeFileSync(join(data, name), text);
    };
    write(files);
    expect(compileToDir(data, out)).toBeGreaterThan(10);
    const before = readFileSync(join(out, 'v1/units/P.json'), 'utf8');
    write({ ...files, 'reports.csv': files['reports.csv']!.replace('C2.01,2023Q2,1,1,25', 'C2.01,2023Q2,1,1,-25') });
    expect(() => compileToDir(data, out)).toThrow(DatasetError);
    expect(readFileSync(join(out, 'v1/units/P.json'), 'utf8')).toBe(before);
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  });
});
