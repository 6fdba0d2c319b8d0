import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiDocument, COMPILED_API_DIR } from '../../mocks/api-documents';
import { leafSeries } from './aggregate';
import { addsUpAt } from './history';
import type { Indicator } from './indicators';
import type { PeriodSelection } from './periods';
import { buildTableRows, type TableRowsInput, type UnitFigures } from './table-rows';
import { indicator as build } from '../../tests/builders/indicator';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const base = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const compareText = (a: string, b: string) => base.compare(a, b);

const ind = (code: string, extra: Partial<Indicator> = {}) => build(code, 'flow', { unitOfMeasure: { vi: 'x', en: 'x' }, reportKind: 'commune', ...extra });

const catalogue = [
  ind('F'),
  ind('S', { kind: 'stock' }),
  ind('N', { kind: 'stock' }),
  ind('D', { kind: 'stock' }),
  ind('R', { kind: 'rate', numerator: 'N', denominator: 'D', scale: 100, decimals: 1 }),
  ind('X', { sensitive: true, direction: 'lower' }),
];
const axis = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'];

function figures(
  series: Record<string, (number | null)[]>,
  targets: UnitFigures['targets'] = {},
  withheld: string[] = [],
  hiddenTargets: UnitFigures['hiddenTargets'] = {},
): UnitFigures {
  return { series: Object.fromEntries(Object.entries(series).map(([k, v]) => [k, leafSeries(v)])), targets, withheld, hiddenTargets };
}

const input = (over: Partial<TableRowsInput> = {}): TableRowsInput => ({
  parent: { code: 'P', name: 'Huyện Thử', childCount: 3 },
  children: [
    { code: 'c3', name: 'Xã Đồng Lạc', childCount: 0 },
    { code: 'c1', name: 'Xã Dương Quang', childCount: 0 },
    { code: 'c2', name: 'Xã Bằng Vân', childCount: 0 },
  ],
  figures: {
    // The parent's own published figures (what the compiler wrote), deliberately not the sum here.
    P: figures({ F: [10, 10, 10, 10], S: [5, 6, 7, 8], N: [1, 1, 1, 3], D: [4, 4, 4, 4], X: [0, 0, 0, 0] }, { F: { '2023': 50, '2021-2025': 200 } }, [], {
      X: ['2023'],
    }),
    c1: figures({ F: [1, 2, null, 4], S: [1, 1, 1, null], N: [0, 0, 0, 1], D: [2, 2, 2, 2] }, { F: { '2023': 4 } }, ['X']),
    c2: figures({ F: [null, null, null, null], S: [0, 0, 0, 0], N: [1, 1, 1, 2], D: [0, 0, 0, 0], X: [0, 0, 0, 0] }),
  },
  catalogue,
  indicators: ['F', 'S', 'R', 'X', 'unknown'],
  axis,
  period: { kind: 'year', year: 2023 },
  compareText,
  ...over,
});

describe('units table rows', () => {
  it('has one row per child, in Vietnamese name order (Đ after D)', () => {
    expect(buildTableRows(input()).rows.map((r) => r.name)).toEqual(['Xã Bằng Vân', 'Xã Dương Quang', 'Xã Đồng Lạc']);
  });

  it('reads flows as sums, stocks at the period end, rates as a ratio of sums, with targets and uncapped achievement', () => {
    const { rows, totals } = buildTableRows(input());
    const c1 = rows.find((r) => r.code === 'c1')!;
    expect(c1.cells.F).toEqual({ value: 7, target: 4, achievement: 1.75, met: true, comparedYear: null, noComparison: null, reported: 3, expected: 4 });
    expect(c1.cells.S).toMatchObject({ value: 'not_reported', reported: 0, expected: 1 });
    expect(c1.cells.R).toMatchObject({ value: 50 });
    expect(c1.cells.X).toMatchObject({ value: 'withheld', target: 'none', achievement: 'none' });
    expect(c1.cells.unknown).toBeUndefined();
    const c2 = rows.find((r) => r.code === 'c2')!;
    expect(c2.cells.F).toMatchObject({ value: 'not_reported', target: 'none', achievement: 'none' });
    expect(c2.cells.R).toMatchObject({ value: 'not_applicable' }); // nothing to divide by
    expect(rows.find((r) => r.code === 'c3')!.cells.F).toEqual({
      value: 'not_reported',
      target: 'none',
      achievement: 'none',
      met: null,
      comparedYear: null,
      noComparison: null,
      reported: 0,
      expected: 0,
    });
    expect(totals.cells.F).toMatchObject({ value: 40, target: 50, achievement: 0.8, met: false });
    expect(totals.cells.S).toMatchObject({ value: 8 });
    expect(totals.cells.R).toMatchObject({ value: 75 });
    // A withheld target gives no achievement.
    expect(totals.cells.X).toMatchObject({ value: 0, target: 'suppressed', achievement: 'none', met: null });
  });

  it('takes the totals row from the parent’s own figures, not from the rows', () => {
    const { totals } = buildTableRows(input());
    expect(totals).toMatchObject({ code: 'P', name: 'Huyện Thử' });
    expect(totals.cells.F?.value).toBe(40);
  });

  it('has no target outside a year or the phase', () => {
    const { totals } = buildTableRows(input({ period: { kind: 'quarter', year: 2023, quarter: 2 } }));
    expect(totals.cells.F).toMatchObject({ value: 10, target: 'none', achievement: 'none' });
  });

  it.each<[string, PeriodSelection, boolean]>([
    ['a period with reports', { kind: 'year', year: 2023 }, true],
    ['a period outside the data', { kind: 'year', year: 2021 }, false],
  ])('%s has data: %s', (_name, period, expected) => {
    expect(buildTableRows(input({ period })).hasData).toBe(expected);
  });

  it('has no data when nobody reported the chosen indicators', () => {
    expect(buildTableRows(input({ indicators: ['F'], figures: { c1: figures({ F: [null, null, null, null] }) } })).hasData).toBe(false);
  });

  it('reads a sensitive indicator published by year only from its totals, and says so for shorter periods', () => {
    const yearly: UnitFigures = {
      series: {
        Y: {
          values: ['suppressed', 'suppressed', 'suppressed', 'suppressed'],
          reported: [1, 1, 1, 1],
          expected: 1,
          grain: 'year',
          totals: [{ key: '2023', from: 0, to: 3, value: 12 }],
        },
      },
      targets: {},
      withheld: [],
    };
    const base = input({ catalogue: [...catalogue, ind('Y', { sensitive: true })], indicators: ['Y'], figures: { P: yearly } });
    expect(buildTableRows(base).totals.cells.Y?.value).toBe(12);
    expect(buildTableRows({ ...base, period: { kind: 'quarter', year: 2023, quarter: 2 } }).totals.cells.Y?.value).toBe('by_year_only');
  });

  it('folds names for the filter', () => {
    expect(buildTableRows(input()).rows.map((r) => r.searchKey)).toEqual(['xa bang van', 'xa duong quang', 'xa dong lac']);
  });
});

describe('over the compiled demo API', () => {
  interface Doc {
    unit: { code: string; name: string; childCount: number };
    children: { code: string; name: string; childCount: number }[];
    figures: Record<string, UnitFigures>;
  }
  const meta = apiDocument('v1/meta.json') as { quarters: string[] };
  const cat = (apiDocument('v1/catalogue.json') as { indicators: Indicator[] }).indicators;
  const additive = cat.filter((i) => i.kind !== 'rate').map((i) => i.code);
  const docs = readdirSync(join(COMPILED_API_DIR, 'v1', 'units'))
    .map((f) => apiDocument(`v1/units/${f}`) as Doc)
    .filter((d) => d.children.length > 0);
  const periods: PeriodSelection[] = [
    { kind: 'phase', phase: PHASE_2021_2025 },
    { kind: 'year', year: 2023 },
    { kind: 'quarter', year: 2024, quarter: 2 },
    { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } },
  ];

  it('the children of every unit add up to the parent for additive indicators (values and report counts)', () => {
    let checked = 0;
    for (const doc of docs) {
      for (const period of periods) {
        const { rows, totals } = buildTableRows({
          parent: doc.unit,
          children: doc.children,
          figures: doc.figures,
          catalogue: cat,
          indicators: additive,
          axis: meta.quarters,
          period,
          compareText,
        });
        for (const code of additive) {
          // A new commune's past is the sum of the old communes it was made of; its new villages have none.
          const own = doc.figures[doc.unit.code]?.series[code];
          const childSeries = doc.children.flatMap((c) => doc.figures[c.code]?.series[code] ?? []);
          if (own && !own.values.every((_, q) => addsUpAt(own, childSeries, q))) continue;
          const parent = totals.cells[code]!;
          const cells = rows.map((r) => r.cells[code]!);
          if (typeof parent.value !== 'number') continue;
          // Suppressed or withheld children cannot be checked (and must not be recomputed).
          if (cells.some((c) => typeof c.value !== 'number' && c.value !== 'not_reported')) continue;
          const sum = cells.reduce((s, c) => s + (typeof c.value === 'number' ? c.value : 0), 0);
          expect(sum, `${doc.unit.code} ${code} ${JSON.stringify(period)}`).toBeCloseTo(parent.value, 6);
          if (cells.every((c) => c.expected > 0)) {
            expect(
              cells.reduce((s, c) => s + c.reported, 0),
              `${doc.unit.code} ${code} reported`,
            ).toBe(parent.reported);
            expect(
              cells.reduce((s, c) => s + c.expected, 0),
              `${doc.unit.code} ${code} expected`,
            ).toBe(parent.expected);
          }
          checked++;
        }
      }
    }
    expect(docs.length).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(1000);
  });
});
