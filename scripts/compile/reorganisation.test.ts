import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaSchema, unitDocumentSchema, type UnitDocument } from '../../src/api/contract';
import { buildApi } from './build-api';
import { compileToDir } from './compile-dataset';
import { DatasetError } from './dataset-error';
import type { DatasetFiles } from './dataset';
import { parseDataset } from './parse-dataset';
import { tinyDataset } from './tiny-dataset';
import { tinyReorganisedDataset } from './tiny-reorganised';

const build = (files: DatasetFiles) => buildApi(parseDataset(files), { generatedAt: '2024-04-01T00:00:00Z' });
const unitDoc = (docs: Map<string, unknown>, id: string): UnitDocument => unitDocumentSchema.parse(docs.get(`v1/units/${encodeURIComponent(id)}.json`));

describe('a dataset with a reorganisation and the structure after it', () => {
  const docs = build(tinyReorganisedDataset());

  it('lists the reorganisation in the metadata of both structures, each with its own quarters', () => {
    const before = metaSchema.parse(docs.get('v1/meta.json'));
    const after = metaSchema.parse(docs.get('v1/meta~R1.json'));
    const expected = [
      {
        code: 'R1',
        date: '2023-10-01',
        name: { vi: 'Sắp xếp thử', en: 'Test reorganisation' },
        before: { structure: '', rootUnit: 'P', name: 'Tỉnh P' },
        after: { structure: 'R1', rootUnit: 'N~R1', name: 'Tỉnh N – địa bàn tỉnh P cũ' },
      },
    ];
    expect(before.reorganisations).toEqual(expected);
    expect(after.reorganisations).toEqual(expected);
    expect([before.structure, after.structure]).toEqual(['', 'R1']);
    expect(before.quarters).toEqual(['2023Q1', '2023Q2', '2023Q3']);
    expect(after.quarters).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1']);
    expect(after.rootUnit).toBe('N~R1');
  });

  it('keeps a reused code apart: old C1 and new C1 are two documents', () => {
    expect(unitDoc(docs, 'C1').unit.name).toBe('Xã Một');
    expect(unitDoc(docs, 'C1~R1').unit.name).toBe('Xã Một Hai');
    expect(unitDoc(docs, 'C1~R1').ancestors.map((a) => a.code)).toEqual(['N~R1']);
    expect(unitDoc(docs, 'C1.01~R1').unit.path).toEqual(['N~R1', 'C1~R1', 'C1.01~R1']);
  });

  it('gives a new commune one trend: the sum of its old communes before the date, its own reports after', () => {
    // Old C1: villages C1.01 (1, 0, 2) and C1.02 (0, –, 1); old C2: C2.01 (3, 1, 0) and C2.02 (1, 0, –).
    // New C1: villages C1.01 (2, 1) and C1.02 (3, –).
    const ev = unitDoc(docs, 'C1~R1').figures['C1~R1']!.series.EV!;
    expect(ev.values).toEqual([5, 1, 3, 5, 1]);
    expect(ev.reported).toEqual([4, 3, 3, 2, 1]);
    expect(ev.expected).toBe(2);
    expect(ev.history).toEqual({ before: 3, expected: 4 });
    const root = unitDoc(docs, 'N~R1').figures['N~R1']!.series.EV!;
    expect(root.values).toEqual([5, 1, 3, 5, 1]);
    expect(root.history).toEqual({ before: 3, expected: 4 });
  });

  it('expects nothing of a new village before it existed', () => {
    const ev = unitDoc(docs, 'C1~R1').figures['C1.02~R1']!.series.EV!;
    expect(ev.values).toEqual([null, null, null, 3, null]);
    expect(ev.history).toEqual({ before: 3, expected: 0 });
  });

  it('withholds the past of sensitive indicators under the new units, and publishes none below the commune', () => {
    const figures = unitDoc(docs, 'C1~R1').figures['C1~R1']!;
    expect(figures.historyWithheld).toEqual(['CM']);
    const cm = figures.series.CM;
    if (cm) for (const v of cm.values.slice(0, 3)) expect(v === null || v === 'suppressed').toBe(true);
    expect(unitDoc(docs, 'C1~R1').figures['C1.01~R1']!.withheld).toContain('CM');
  });

  it('sums the old units’ targets into the new ones where all have them, under the unit’s own', () => {
    expect(unitDoc(docs, 'C1~R1').figures['C1~R1']!.targets.EV).toEqual({ '2023': 11 });
    expect(unitDoc(docs, 'N~R1').figures['N~R1']!.targets.EV).toEqual({ '2023': 12, '2023-2025': 40, '2024': 20 });
  });

  it('links each old unit to where its area went, and each new one to what it was made of', () => {
    const into = (id: string) => unitDoc(docs, id).reorganisedInto;
    expect(into('C1')).toEqual({ date: '2023-10-01', units: [{ code: 'C1~R1', name: 'Xã Một Hai' }] });
    expect(into('C2')?.units.map((u) => u.code)).toEqual(['C1~R1']);
    expect(into('C2.02')?.units.map((u) => u.code)).toEqual(['C1~R1']);
    expect(into('D')?.units.map((u) => u.code)).toEqual(['C1~R1']);
    expect(into('P')?.units).toEqual([{ code: 'N~R1', name: 'Tỉnh N – địa bàn tỉnh P cũ' }]);
    expect(unitDoc(docs, 'C1~R1').formedFrom).toEqual({
      date: '2023-10-01',
      units: [
        { code: 'C1', name: 'Xã Một' },
        { code: 'C2', name: 'Phường Hai' },
      ],
    });
    expect(unitDoc(docs, 'N~R1').formedFrom?.units).toEqual([{ code: 'P', name: 'Tỉnh P' }]);
    expect(unitDoc(docs, 'C1.01~R1').formedFrom).toBeUndefined();
  });

  it('publishes the old structure’s figures under the new units as one document named by the reorganisation', () => {
    expect(docs.has('v1/structure-R1.json')).toBe(true);
    expect(docs.has('v1/structure-2025-07.json')).toBe(false);
  });
});

describe('a dataset without a reorganisation', () => {
  it('has no structure document, no later structure and nothing about one in its metadata', () => {
    const files = tinyDataset();
    const meta = JSON.parse(files['meta.json']!) as Record<string, unknown>;
    delete meta.reorganisations;
    const docs = build({ ...files, 'meta.json': JSON.stringify(meta) });
    expect(metaSchema.parse(docs.get('v1/meta.json')).reorganisations).toEqual([]);
    expect([...docs.keys()].filter((path) => path.includes('~') || path.includes('structure-'))).toEqual([]);
    for (const code of ['P', 'C1']) expect(unitDoc(docs, code).reorganisedInto).toBeUndefined();
  });
});

describe('bad reorganisations stop the compile with a located message', () => {
  const edit = (change: (files: DatasetFiles) => void) => {
    const files = tinyReorganisedDataset();
    change(files);
    return files;
  };
  const declare = (files: DatasetFiles, patch: Record<string, unknown>) => {
    const meta = JSON.parse(files['meta.json']!) as { reorganisations: Record<string, unknown>[] };
    meta.reorganisations[0] = { ...meta.reorganisations[0], ...patch };
    files['meta.json'] = JSON.stringify(meta);
  };
  it.each<[string, (f: DatasetFiles) => void, string, number | null, string, RegExp]>([
    ['an old unit mapped twice', (f) => (f['sap-xep.csv'] += 'C1,Xã Một,D,C1,Xã Một Hai\n'), 'sap-xep.csv', 4, 'old_code', /"C1" đã được sắp xếp ở dòng 2/],
    [
      'an old unit mapped to an unknown new one',
      (f) => (f['sap-xep.csv'] = f['sap-xep.csv']!.replace('C2,Phường Hai,D,C1,Xã Một Hai', 'C2,Phường Hai,D,C9,Xã Chín')),
      'sap-xep.csv',
      3,
      'new_code',
      /"C9" không có trong R1\/units.csv/,
    ],
    [
      'an old unit mapped to a village',
      (f) => (f['sap-xep.csv'] = f['sap-xep.csv']!.replace('C2,Phường Hai,D,C1,Xã Một Hai', 'C2,Phường Hai,D,C1.01,Thôn 1')),
      'sap-xep.csv',
      3,
      'new_code',
      /không phải cấp xã/,
    ],
    [
      'a declared crosswalk file that is missing',
      (f) => delete f['sap-xep.csv'],
      'meta.json',
      1,
      'reorganisations.file',
      /"sap-xep.csv" được khai báo nhưng không có/,
    ],
    [
      'a declared structure folder that is missing',
      (f) => declare(f, { folder: 'R9' }),
      'meta.json',
      1,
      'reorganisations.folder',
      /"R9" được khai báo nhưng không có R9\/units.csv/,
    ],
    ['a malformed date', (f) => declare(f, { date: '1/10/2023' }), 'meta.json', 1, 'reorganisations.date', /YYYY-MM-DD/],
    ['a problem in the later structure’s files', (f) => (f['R1/reports.csv'] += 'C1.02,2024Q1,-1,1,1,1,1,0\n'), 'R1/reports.csv', 5, 'EV', /./],
  ])('%s', (_name, change, file, row, field, message) => {
    let error: unknown;
    try {
      parseDataset(edit(change));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const problem = (error as DatasetError).problems[0]!;
    expect({ file: problem.file, row: problem.row, field: problem.field }).toEqual({ file, row, field });
    expect(problem.message).toMatch(message);
  });

  it('writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'da8-reorg-'));
    const data = join(dir, 'data');
    const out = join(dir, 'api');
    for (const [name, text] of Object.entries(edit((f) => (f['sap-xep.csv'] += 'C1,Xã Một,D,C1,Xã Một Hai\n')))) {
      mkdirSync(dirname(join(data, name)), { recursive: true });
      writeFileSync(join(data, name), text);
    }
    expect(() => compileToDir(data, out)).toThrow(DatasetError);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['data']);
  });
});
