/**
 * The generated three-level province compiles, its whole API passes the conformance check, and it
 * publishes its own levels and no sensitive value below the commune kind. Expected figures are
 * counted by hand from the declared structure (17 hamlets or groups in 5 communes, one hamlet silent
 * in 2026Q3).
 */
import { describe, expect, it } from 'vitest';
import { catalogueSchema, metaSchema, unitDocumentSchema, type UnitDocument } from '../../src/api/contract';
import { isAtOrAboveKind } from '../../src/domain/levels';
import { checkApi } from '../api-check/check-api';
import { memorySource } from '../api-check/source';
import { buildApi } from '../compile/build-api';
import { parseDataset } from '../compile/parse-dataset';
import { SENSITIVE, threeLevelProvince } from './three-level-province';

const docs = buildApi(parseDataset(threeLevelProvince()), { generatedAt: '2026-10-01T00:00:00Z' });
const meta = metaSchema.parse(docs.get('v1/meta.json'));
const unit = (code: string): UnitDocument => unitDocumentSchema.parse(docs.get(`v1/units/${code}.json`));

describe('the generated three-level province', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(threeLevelProvince('a')).toEqual(threeLevelProvince('a'));
    expect(threeLevelProvince('a')['reports.csv']).not.toBe(threeLevelProvince('b')['reports.csv']);
  });

  it('passes the conformance check of the whole API', async () => {
    const report = await checkApi(memorySource(docs));
    expect(report.problems).toEqual([]);
    expect(report.units).toBe(1 + 5 + 17);
  });

  it('publishes its own levels, catalogue and phase', () => {
    expect(meta.levels.map((l) => [l.kind, l.plural.vi])).toEqual([
      ['province', 'tỉnh'],
      ['commune', 'xã, phường, đặc khu'],
      ['village', 'bản, tổ dân phố'],
    ]);
    expect(meta.phases.map((p) => p.code)).toEqual(['2026-2030']);
    const catalogue = catalogueSchema.parse(docs.get('v1/catalogue.json'));
    expect(catalogue.indicators.map((i) => `${i.code}:${i.kind}${i.sensitive ? ':sensitive' : ''}`)).toEqual([
      'SH.01:flow',
      'SH.02:person_times',
      'KT.01:stock',
      'KT.02:flow',
      'KT.03:flow',
      'KT.R:rate',
      'BV.01:flow:sensitive',
    ]);
    expect(catalogue.indicators.some((i) => i.budget)).toBe(false);
  });

  it('counts hamlet reports for hamlet indicators and commune reports for the stock', () => {
    const province = unit('97').figures['97']!;
    expect(province.series['SH.01']).toMatchObject({ expected: 17, reported: [17, 17, 16] });
    expect(province.series['KT.01']).toMatchObject({ expected: 5, reported: [5, 5, 5] });
    expect(unit('97104').figures['97104']!.series['SH.01']).toMatchObject({ expected: 3, reported: [3, 3, 2] });
  });

  it('publishes the sensitive count for communes and nothing of it for hamlets', () => {
    const leaks: string[] = [];
    for (const [path, raw] of docs) {
      if (!path.startsWith('v1/units/')) continue;
      const doc = unitDocumentSchema.parse(raw);
      for (const u of [doc.unit, ...doc.children]) {
        const f = doc.figures[u.code]!;
        if (!isAtOrAboveKind(meta.levels, u.level, 'commune') && (f.series[SENSITIVE] || f.targets[SENSITIVE] || f.baselines[SENSITIVE]))
          leaks.push(`${path}: ${u.code}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(unit('97101').figures['97101']!.series[SENSITIVE]!.grain).toBe('year');
    for (const child of unit('97101').children) expect(unit('97101').figures[child.code]!.withheld).toContain(SENSITIVE);
  });
});
