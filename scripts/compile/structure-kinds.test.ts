/**
 * The declared structure drives the rules: the three-level example dataset in docs/examples and
 * random hierarchies of depth 2 to 5 with any kinds compile into an API that publishes no
 * sensitive value below the commune kind of level.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueSchema, metaSchema, unitDocumentSchema, type UnitDocument } from '../../src/api/contract';
import { isAtOrAboveKind, LEVEL_KINDS, type LevelKind } from '../../src/domain/levels';
import { isSmallCount } from '../../src/domain/suppression';
import { buildApi } from './build-api';
import { compileDataset } from './compile-dataset';
import { DatasetError } from './dataset-error';
import { parseDataset } from './parse-dataset';
import { readDatasetFiles } from './read-dataset';

const EXAMPLE = resolve(import.meta.dirname, '../../docs/examples/three-level');

/** Every unit document of a compiled API, by unit code. */
const unitDocs = (docs: Map<string, unknown>) =>
  new Map([...docs].filter(([path]) => path.startsWith('v1/units/')).map(([, doc]) => [(doc as UnitDocument).unit.code, unitDocumentSchema.parse(doc)]));

/** Sensitive numbers a unit document publishes for units below the commune kind: none allowed. */
function sensitiveBelowCommune(docs: Map<string, unknown>): string[] {
  const meta = metaSchema.parse(docs.get('v1/meta.json'));
  const sensitive = catalogueSchema.parse(docs.get('v1/catalogue.json')).indicators.filter((i) => i.sensitive);
  const found: string[] = [];
  for (const doc of unitDocs(docs).values()) {
    for (const unit of [doc.unit, ...doc.children]) {
      if (isAtOrAboveKind(meta.levels, unit.level, 'commune')) continue;
      const f = doc.figures[unit.code]!;
      for (const ind of sensitive) {
        if (f.series[ind.code] || f.targets[ind.code] || f.baselines[ind.code]) found.push(`${doc.unit.code}: ${unit.code} ${ind.code}`);
      }
    }
  }
  return found;
}

/** Published sensitive counts from 1 to threshold − 1 (never allowed at any level). */
function smallSensitiveCounts(docs: Map<string, unknown>): string[] {
  const meta = metaSchema.parse(docs.get('v1/meta.json'));
  const sensitive = catalogueSchema.parse(docs.get('v1/catalogue.json')).indicators.filter((i) => i.sensitive);
  const found: string[] = [];
  for (const doc of unitDocs(docs).values()) {
    for (const [code, f] of Object.entries(doc.figures)) {
      for (const ind of sensitive) {
        const cells = [...(f.series[ind.code]?.values ?? []), ...(f.series[ind.code]?.totals ?? []).map((t) => t.value)];
        for (const c of cells) if (typeof c === 'number' && isSmallCount(c, meta.suppression)) found.push(`${code} ${ind.code} = ${c}`);
      }
    }
  }
  return found;
}

describe('the three-level example dataset (docs/examples/three-level)', () => {
  const docs = compileDataset(EXAMPLE, { generatedAt: '2025-07-01T00:00:00Z' });
  const units = unitDocs(docs);

  it('publishes its own levels, with kinds and names', () => {
    const meta = metaSchema.parse(docs.get('v1/meta.json'));
    expect(meta.levels.map((l) => [l.level, l.kind, l.plural.vi])).toEqual([
      [1, 'province', 'tỉnh'],
      [2, 'commune', 'xã, phường'],
      [3, 'village', 'xóm, tổ dân phố'],
    ]);
    expect(meta.suppression.floorKind).toBe('commune');
  });

  it('accepts the types it declares (Khu dân cư) and the built-in ones (Xóm, Bản)', () => {
    expect(units.get('09902')!.children.map((c) => c.type)).toEqual(['Tổ dân phố', 'Tổ dân phố', 'Khu dân cư']);
    expect(units.get('09903')!.children.map((c) => c.type)).toEqual(['Xóm', 'Xóm', 'Bản']);
  });

  it('publishes the sensitive count at communes (level 2 here) and never for a hamlet', () => {
    expect(sensitiveBelowCommune(docs)).toEqual([]);
    const commune = units.get('09903')!;
    expect(commune.figures['09903']!.series['KQ.1']!.grain).toBe('year');
    for (const child of commune.children) expect(commune.figures[child.code]!.withheld).toContain('KQ.1');
    expect(smallSensitiveCounts(docs)).toEqual([]);
  });

  it('counts reports by the kind of unit that enters them: hamlets for TT.1, communes for SK.1', () => {
    const province = units.get('99')!.figures['99']!;
    // 9 hamlets; Khu dân cư Suối Cát did not report 2025Q2.
    expect(province.series['TT.1']).toMatchObject({ expected: 9, reported: [9, 8], values: [11, 16] });
    expect(province.series['SK.1']).toMatchObject({ expected: 3, reported: [3, 3], values: [7, 9] });
    expect(units.get('09901')!.figures['09901']!.series['SK.1']).toMatchObject({ expected: 1, reported: [1, 1], values: [2, 3] });
    expect(units.get('09901.01')!.figures['09901.01']!.series['SK.1']).toBeUndefined();
  });

  it('computes the rate as the ratio of sums and keeps person-times with their breakdown', () => {
    const province = units.get('99')!.figures['99']!;
    expect(province.series['XM.R']).toBeUndefined();
    expect(province.series['XM.1']!.values).toEqual([178, 185]);
    expect(province.series['XM.0']!.values).toEqual([314, 269]);
    expect(province.series['TT.2']!.breakdown!.sex!.female).toEqual([85, 95]);
  });

  it('stops on an indicator reported by a kind of level the dataset does not have', () => {
    const files = readDatasetFiles(EXAMPLE);
    files['indicators.json'] = files['indicators.json']!.replace('"reportKind": "commune"', '"reportKind": "district"');
    let error: unknown;
    try {
      parseDataset(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems[0]).toMatchObject({
      file: 'indicators.json',
      row: 3,
      field: 'reportKind',
      message: expect.stringMatching(/SK\.1.*"district".*không khai báo/),
    });
  });
});

/** The first built-in unit type of each kind. */
const TYPE_OF: Record<LevelKind, string> = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã', village: 'Thôn', group: 'Tổ tự quản' };
const NAMES = (kind: string) => ({ vi: kind, en: kind });

/** A dataset of random shape: levels of the given kinds, `fanout` children per unit, one sensitive flow reported at `reportKind`. */
function randomDataset(kinds: LevelKind[], fanout: number[], reportKind: LevelKind, values: number[]) {
  const units = ['code,name,type,level,parent_code,lat,lon,area_class,disadvantaged,valid_from,valid_to', 'R,Gốc,' + TYPE_OF[kinds[0]!] + ',1,,,,,,,'];
  let frontier = ['R'];
  const reporters: string[] = [];
  kinds.slice(1).forEach((kind, i) => {
    const next: string[] = [];
    frontier.forEach((parent, p) => {
      const n = fanout[(i + p) % fanout.length]!;
      for (let c = 1; c <= n; c++) {
        const code = `${parent}.${c}`;
        units.push(`${code},Đơn vị ${code},${TYPE_OF[kind]},${i + 2},${parent},,,,,,`);
        next.push(code);
      }
    });
    frontier = next;
    if (kind === reportKind) reporters.push(...next);
  });
  if (kinds[0] === reportKind) reporters.push('R');
  const reports = ['unit,period,S', ...reporters.flatMap((u, i) => ['2024Q1', '2024Q2'].map((q, j) => `${u},${q},${values[(i * 2 + j) % values.length]}`))];
  return {
    'meta.json': JSON.stringify({
      program: { code: 'P', name: NAMES('P'), decision: 'QĐ' },
      province: { code: 'R', name: 'Gốc' },
      rootUnit: 'R',
      levels: kinds.map((kind) => ({ kind, name: NAMES(kind), plural: NAMES(kind) })),
      phases: [{ code: '2021-2025', name: NAMES('2021-2025'), start: '2021-01-01', end: '2025-12-31' }],
      firstQuarter: '2024Q1',
      lastQuarter: '2024Q2',
      dataDate: '2024-06-30',
      source: NAMES('x'),
      demo: true,
    }),
    'areas.json': JSON.stringify([{ code: 'OUT', name: NAMES('OUT') }]),
    'indicators.json': JSON.stringify([
      {
        code: 'S',
        name: NAMES('S'),
        area: 'OUT',
        unitOfMeasure: NAMES('ca'),
        kind: 'flow',
        direction: 'lower',
        reportKind,
        sensitive: true,
        disaggregations: [],
        decimals: 0,
      },
    ]),
    'dimensions.json': '[]',
    'units.csv': units.join('\n') + '\n',
    'reports.csv': reports.join('\n') + '\n',
    'disaggregations.csv': 'unit,period,indicator,dimension,category,value\n',
    'targets.csv': 'unit,indicator,period,value\n',
    'baselines.csv': 'unit,indicator,year,value\n',
    'notes.json': '[]',
  };
}

describe('random hierarchies of depth 2 to 5, any kinds', () => {
  const shape = fc.subarray([...LEVEL_KINDS], { minLength: 2, maxLength: LEVEL_KINDS.length }).chain((kinds) => {
    const reportable = kinds.filter((k): k is 'district' | 'commune' | 'village' => k === 'district' || k === 'commune' || k === 'village');
    return fc.record({
      kinds: fc.constant(kinds),
      reportKind: reportable.length ? fc.constantFrom(...reportable) : fc.constant(null),
      fanout: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
      values: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 30 })), { minLength: 1, maxLength: 8 }),
    });
  });

  it('publish no sensitive value below the commune kind and no small count, in any compiled document', () => {
    fc.assert(
      fc.property(shape, ({ kinds, reportKind, fanout, values }) => {
        if (reportKind === null) return;
        const docs = buildApi(parseDataset(randomDataset(kinds, fanout, reportKind, values)), { generatedAt: '2024-07-01T00:00:00Z' });
        expect(sensitiveBelowCommune(docs)).toEqual([]);
        expect(smallSensitiveCounts(docs)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
