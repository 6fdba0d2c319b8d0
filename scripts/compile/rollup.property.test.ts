import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitDocument } from '../../src/api/contract';
import { buildApi } from './build-api';
import type { DatasetFiles } from './dataset';
import { parseDataset } from './parse-dataset';
import { tinyDataset, withoutReorganisations } from './tiny-dataset';

// Random trees (province → districts → communes → villages) with random, gappy quarterly reports,
// compiled; every published parent must equal the sum of its published children, quarter by
// quarter, for the value and for the count of reports behind it. Expected values are summed here
// from the children's documents, not with the compile's own helpers.

const QUARTERS = 3; // the tiny dataset's 2023Q1–2023Q3
const ADDITIVE = ['EV', 'TM', 'PT', 'VD', 'VT']; // flow, stock, person-times, and a rate's two sides

type Report = (number | null)[]; // EV, TM, PT, VD, VT, CM
interface Tree {
  districts: { communes: { villages: (Report | null)[][] }[] }[];
}

const cell = fc.option(fc.nat({ max: 50 }), { nil: null, freq: 4 });
const report: fc.Arbitrary<Report | null> = fc.option(
  fc
    .tuple(cell, cell, cell, fc.nat({ max: 9 }), fc.nat({ max: 9 }), fc.nat({ max: 3 }))
    .map(([ev, tm, pt, a, b, cm]) => [ev, tm, pt, Math.max(a, b), Math.min(a, b), cm]),
  { nil: null, freq: 5 },
);
const village = fc.array(report, { minLength: QUARTERS, maxLength: QUARTERS });
const tree: fc.Arbitrary<Tree> = fc.record({
  districts: fc.array(
    fc.record({ communes: fc.array(fc.record({ villages: fc.array(village, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }) }),
    { minLength: 1, maxLength: 3 },
  ),
});

function datasetOf(t: Tree): DatasetFiles {
  const base = tinyDataset();
  const [unitsHeader, province] = base['units.csv']!.split('\n');
  const [reportsHeader] = base['reports.csv']!.split('\n');
  const units = [unitsHeader!, province!];
  const reports = [reportsHeader!];
  t.districts.forEach((d, di) => {
    const dc = `D${di}`;
    units.push(`${dc},Huyện ${di},Huyện,2,P,,,,,,`);
    d.communes.forEach((c, ci) => {
      const cc = `${dc}C${ci}`;
      units.push(`${cc},Xã ${di}-${ci},Xã,3,${dc},22.1,105.8,III,,,`);
      c.villages.forEach((quarters, vi) => {
        const vc = `${cc}.${vi}`;
        units.push(`${vc},Thôn ${di}-${ci}-${vi},Thôn,4,${cc},,,,1,,`);
        quarters.forEach((r, q) => {
          if (r) reports.push([vc, `2023Q${q + 1}`, ...r.map((v) => (v === null ? '' : String(v)))].join(','));
        });
      });
    });
  });
  return {
    ...withoutReorganisations(base),
    'units.csv': [...units, ''].join('\n'),
    'reports.csv': [...reports, ''].join('\n'),
    'disaggregations.csv': 'unit,period,indicator,dimension,category,value\n',
    'targets.csv': 'unit,indicator,period,value\n',
    'baselines.csv': 'unit,indicator,year,value\n',
    'notes.json': '[]',
  };
}

const sumOrNull = (cells: unknown[]): number | null => {
  const numbers = cells.filter((c): c is number => typeof c === 'number');
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
};

describe('compiled parents equal the sum of their children', () => {
  it('for every additive indicator, every quarter, value and reports', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const api = buildApi(parseDataset(datasetOf(t)), { generatedAt: '2023-10-01T00:00:00Z' });
        const docs = [...api.entries()].filter(([path]) => /units\/[^/]+\.json$/.test(path)).map(([, doc]) => doc as UnitDocument);
        expect(docs.length).toBeGreaterThan(1);
        for (const doc of docs) {
          if (doc.children.length === 0) continue;
          const parent = doc.figures[doc.unit.code]!;
          const children = doc.children.map((c) => doc.figures[c.code]!);
          for (const code of ADDITIVE) {
            const own = parent.series[code];
            const kids = children.map((c) => c.series[code]).filter((s) => s !== undefined);
            if (!own) continue;
            expect(kids.length, `${doc.unit.code} ${code}`).toBe(children.length);
            for (let q = 0; q < QUARTERS; q++) {
              expect(own.values[q], `${doc.unit.code} ${code} q${q}`).toBe(sumOrNull(kids.map((k) => k.values[q])));
              expect(own.reported[q], `${doc.unit.code} ${code} reported q${q}`).toBe(kids.reduce((n, k) => n + (k.reported[q] ?? 0), 0));
            }
            expect(own.expected, `${doc.unit.code} ${code} expected`).toBe(kids.reduce((n, k) => n + k.expected, 0));
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
