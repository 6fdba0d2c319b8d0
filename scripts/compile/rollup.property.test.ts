import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitDocument } from '../../src/api/contract';
import { computeFigure } from '../../src/domain/figures';
import type { Indicator } from '../../src/domain/indicators';
import { buildApi } from './build-api';
import type { DatasetFiles } from './dataset';
import { parseDataset } from './parse-dataset';
import { tinyDataset, withoutReorganisations } from './tiny-dataset';

// Random trees (province → districts → communes → villages) with random, gappy quarterly reports,
// compiled; every published parent must equal the sum of its published children, quarter by
// quarter, for the value and for the count of reports and of carried values behind it. The stock TM
// carries a village's last report forward for one quarter; the rate RT = VT ÷ VD counts only the
// villages that reported both sides. Expected values are summed here from the children's documents
// or from the generated reports, not with the compile's own helpers.

const QUARTERS = 3; // the tiny dataset's 2023Q1–2023Q3
const ADDITIVE = ['EV', 'TM', 'PT', 'VD', 'VT']; // flow, stock, person-times, and a rate's two sides

type Report = (number | null)[]; // EV, TM, PT, VD, VT, CM
interface Tree {
  districts: { communes: { villages: (Report | null)[][] }[] }[];
}

const cell = fc.option(fc.nat({ max: 50 }), { nil: null, freq: 4 });
const report: fc.Arbitrary<Report | null> = fc.option(
  fc
    .tuple(cell, cell, cell, fc.nat({ max: 9 }), fc.nat({ max: 9 }), fc.nat({ max: 3 }), fc.constantFrom('both', 'both', 'numerator', 'denominator'))
    // A village may send one side of the rate without the other.
    .map(([ev, tm, pt, a, b, cm, sides]) => [ev, tm, pt, sides === 'numerator' ? null : Math.max(a, b), sides === 'denominator' ? null : Math.min(a, b), cm]),
  { nil: null, freq: 5 },
);
const village = fc.array(report, { minLength: QUARTERS, maxLength: QUARTERS });
const tree: fc.Arbitrary<Tree> = fc.record({
  districts: fc.array(
    fc.record({ communes: fc.array(fc.record({ villages: fc.array(village, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }) }),
    { minLength: 1, maxLength: 3 },
  ),
});

/** How many quarters the stock TM carries a missing report. */
const CARRY = 1;

function datasetOf(t: Tree): DatasetFiles {
  const base = tinyDataset();
  const catalogue = (JSON.parse(base['indicators.json']!) as Indicator[]).map((i) => (i.code === 'TM' ? { ...i, carryForward: CARRY } : i));
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
    'indicators.json': JSON.stringify(catalogue),
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

/** Every village's quarterly reports, under every unit code above it (and itself). */
function villagesBelow(t: Tree): Map<string, (Report | null)[][]> {
  const below = new Map<string, (Report | null)[][]>();
  const add = (code: string, v: (Report | null)[]) => below.set(code, [...(below.get(code) ?? []), v]);
  t.districts.forEach((d, di) =>
    d.communes.forEach((c, ci) =>
      c.villages.forEach((v, vi) => {
        for (const code of ['P', `D${di}`, `D${di}C${ci}`, `D${di}C${ci}.${vi}`]) add(code, v);
      }),
    ),
  );
  return below;
}

/** TM of one village in quarter q by hand: its report, else its report of at most CARRY quarters before. */
function teamsAt(v: (Report | null)[], q: number): { value: number | null; carried: boolean } {
  for (let back = 0; back <= CARRY && q - back >= 0; back++) {
    const value = v[q - back]?.[1] ?? null;
    if (value !== null) return { value, carried: back > 0 };
  }
  return { value: null, carried: false };
}

describe('compiled parents equal the sum of their children', () => {
  it('for every additive indicator, every quarter, value, reports and carried values', () => {
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
              expect(own.carried?.[q] ?? 0, `${doc.unit.code} ${code} carried q${q}`).toBe(kids.reduce((n, k) => n + (k.carried?.[q] ?? 0), 0));
            }
            expect(own.expected, `${doc.unit.code} ${code} expected`).toBe(kids.reduce((n, k) => n + k.expected, 0));
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('carries a stock forward and builds a rate from the villages that reported both sides, as recomputed by hand', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const dataset = parseDataset(datasetOf(t));
        const catalogue = new Map(dataset.indicators.map((i) => [i.code, i]));
        const api = buildApi(dataset, { generatedAt: '2023-10-01T00:00:00Z' });
        const below = villagesBelow(t);
        for (const [path, document] of api) {
          if (!/units\/[^/]+\.json$/.test(path)) continue;
          const doc = document as UnitDocument;
          const code = doc.unit.code;
          const villages = below.get(code) ?? [];
          const own = doc.figures[code]!;
          for (let q = 0; q < QUARTERS; q++) {
            const teams = villages.map((v) => teamsAt(v, q));
            expect(own.series.TM!.values[q], `${code} TM q${q}`).toBe(sumOrNull(teams.map((x) => x.value)));
            expect(own.series.TM!.carried?.[q], `${code} TM carried q${q}`).toBe(teams.filter((x) => x.carried).length);
            // The rate in quarter q: Σ VT ÷ Σ VD over the villages that sent both.
            const both = villages.flatMap((v) => {
              const r = v[q];
              return r && r[3] !== null && r[4] !== null ? [r] : [];
            });
            const num = both.reduce((n, r) => n + r[4]!, 0);
            const den = both.reduce((n, r) => n + r[3]!, 0);
            const rate = computeFigure(catalogue.get('RT')!, own, catalogue, [q]);
            if (both.length > 0 && den === 0) expect(rate.status, `${code} RT q${q}`).toBe('not_applicable');
            else {
              expect(rate.status, `${code} RT q${q}`).toBe('ok');
              const value = rate.status === 'ok' ? rate.figure.value : undefined;
              if (both.length === 0) expect(value, `${code} RT q${q}`).toBeNull();
              else expect(value as number, `${code} RT q${q}`).toBeCloseTo((num / den) * 100, 9);
              expect(rate.status === 'ok' && rate.figure.reported, `${code} RT reported q${q}`).toBe(both.length);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
