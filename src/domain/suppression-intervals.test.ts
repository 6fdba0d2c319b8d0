import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, SUPPRESSION_RULES } from './suppression';
import { linearlyDetermined, type Relation } from './suppression-audit';
import { feasibleIntervals, intervalViolations, type Interval, type ReaderView } from './suppression-intervals';

const sum = (total: string, ...parts: string[]): Relation => ({ total, parts });
const view = (unknown: string[], known: Record<string, number>, bounds?: ReaderView['bounds']): ReaderView => ({
  unknown: new Set(unknown),
  known: (id) => known[id] ?? 0,
  ...(bounds ? { bounds } : {}),
});
const LESS_THAN_5: ReaderView['bounds'] = () => ({ lo: 0, hi: 4 });
const INF = Infinity;

describe('the feasible interval of each hidden cell, worked by hand', () => {
  const twoByTwo = [sum('R1', 'a', 'b'), sum('R2', 'c', 'd'), sum('C1', 'a', 'c'), sum('C2', 'b', 'd')];
  it.each<[string, ReaderView, Relation[], Record<string, [number, number]>]>([
    [
      'three hidden parts of a published 12: each anywhere in 0 … 12',
      view(['a', 'b', 'c'], { T: 12 }),
      [sum('T', 'a', 'b', 'c')],
      { a: [0, 12], b: [0, 12], c: [0, 12] },
    ],
    [
      'the phase 12 of Xã Phương Viên, 2022 = 0 and three years marked "<5": each year is 4',
      view(['y2023', 'y2024', 'y2025'], { phase: 12, y2022: 0 }, LESS_THAN_5),
      [sum('phase', 'y2022', 'y2023', 'y2024', 'y2025')],
      { y2023: [4, 4], y2024: [4, 4], y2025: [4, 4] },
    ],
    [
      'the same cells under the neutral mark: 0 … 12',
      view(['y2023', 'y2024', 'y2025'], { phase: 12, y2022: 0 }),
      [sum('phase', 'y2022', 'y2023', 'y2024', 'y2025')],
      { y2023: [0, 12], y2024: [0, 12], y2025: [0, 12] },
    ],
    // a = t, b = 5 − t, c = 6 − t, d = 1 + t with 0 ≤ t ≤ 5.
    [
      'a 2 × 2 table with rows 5, 7 and columns 6, 6',
      view(['a', 'b', 'c', 'd'], { R1: 5, R2: 7, C1: 6, C2: 6 }),
      twoByTwo,
      { a: [0, 5], b: [0, 5], c: [1, 6], d: [1, 6] },
    ],
    // a = t, b = 3 − t, c = 6 − t, d = 3 + t with 0 ≤ t ≤ 3.
    [
      'a 2 × 2 table with rows 3, 9 and columns 6, 6',
      view(['a', 'b', 'c', 'd'], { R1: 3, R2: 9, C1: 6, C2: 6 }),
      twoByTwo,
      { a: [0, 3], b: [0, 3], c: [3, 6], d: [3, 6] },
    ],
    ['a hidden total over a hidden part and a published 7: unbounded above', view(['T', 'a'], { b: 7 }), [sum('T', 'a', 'b')], { T: [7, INF], a: [0, INF] }],
    // r0 = 11 + c01, r1 = c10, r0 + r1 = 14: c01 + c10 = 3, though every relation alone hides 5 or more.
    [
      'a table that peeling and linear algebra pass, where two relations together hold two cells to 0 … 3',
      view(['c01', 'c10', 'r0', 'r1', 'k0', 'k1'], { c00: 5, c02: 6, c11: 0, c12: 0, k2: 6, T: 14 }),
      [
        sum('r0', 'c00', 'c01', 'c02'),
        sum('r1', 'c10', 'c11', 'c12'),
        sum('k0', 'c00', 'c10'),
        sum('k1', 'c01', 'c11'),
        sum('k2', 'c02', 'c12'),
        sum('T', 'r0', 'r1'),
        sum('T', 'k0', 'k1', 'k2'),
      ],
      { c01: [0, 3], c10: [0, 3], r0: [11, 14], r1: [0, 3], k0: [5, 8], k1: [0, 3] },
    ],
  ])('%s', (_name, reader, relations, expected) => {
    const got = Object.fromEntries([...feasibleIntervals(reader, relations)].map(([id, i]) => [id, [i.lo, i.hi]]));
    expect(got).toEqual(expected);
  });

  it.each<[string, ReaderView, Relation[], string[]]>([
    [
      'rows 3, 9: every cell narrower than 5',
      view(['a', 'b', 'c', 'd'], { R1: 3, R2: 9, C1: 6, C2: 6 }),
      [sum('R1', 'a', 'b'), sum('R2', 'c', 'd'), sum('C1', 'a', 'c'), sum('C2', 'b', 'd')],
      ['a', 'b', 'c', 'd'],
    ],
    [
      'rows 5, 7: none',
      view(['a', 'b', 'c', 'd'], { R1: 5, R2: 7, C1: 6, C2: 6 }),
      [sum('R1', 'a', 'b'), sum('R2', 'c', 'd'), sum('C1', 'a', 'c'), sum('C2', 'b', 'd')],
      [],
    ],
    ['a lone hidden cell in no relation: none (only the mark bounds it)', view(['a'], {}), [], []],
  ])('violations of the threshold 5: %s', (_name, reader, relations, expected) => {
    expect([...intervalViolations(reader, relations, 5).keys()].sort()).toEqual(expected);
  });
});

/**
 * Trusted-address cases (P8.2.2) in Huyện Chợ Đồn (064) and its 20 communes, by year and for the
 * phase, as in the demo data, and the cells the compile hid before the interval audit existed.
 */
const CHO_DON: Record<string, [number, number, number, number]> = {
  '02020': [0, 0, 3, 2],
  '02023': [0, 3, 2, 2],
  '02026': [0, 0, 1, 2],
  '02029': [1, 0, 4, 2],
  '02032': [0, 0, 0, 0],
  '02035': [0, 4, 3, 1],
  '02038': [0, 0, 3, 3],
  '02041': [0, 0, 1, 0],
  '02044': [0, 0, 2, 2],
  '02047': [0, 0, 0, 0],
  '02050': [0, 4, 4, 4],
  '02053': [0, 0, 0, 1],
  '02059': [0, 5, 2, 3],
  '02062': [0, 8, 3, 2],
  '02065': [0, 0, 1, 1],
  '02068': [0, 0, 0, 0],
  '02071': [5, 2, 2, 3],
  '02077': [0, 1, 4, 1],
  '02080': [0, 0, 3, 2],
  '02083': [0, 0, 0, 0],
};
const YEARS = ['2022', '2023', '2024', '2025'];
const HIDDEN_BEFORE: Record<string, string[]> = {
  '02020': ['2024', '2025'],
  '02023': ['2023', '2024', '2025'],
  '02026': ['2024', '2025', 'phase'],
  '02029': ['2022', '2024', '2025'],
  '02035': ['2023', '2024', '2025'],
  '02038': ['2024', '2025'],
  '02041': ['2024', 'phase'],
  '02044': ['2024', '2025', 'phase'],
  '02050': ['2023', '2024', '2025'],
  '02053': ['2025', 'phase'],
  '02059': ['2024', '2025'],
  '02062': ['2024', '2025'],
  '02065': ['2024', '2025', 'phase'],
  '02071': ['2022', '2023', '2024', '2025'],
  '02077': ['2023', '2024', '2025'],
  '02080': ['2024', '2025'],
};

function choDon() {
  const values = new Map<string, number>();
  const relations: Relation[] = [];
  for (const [commune, years] of Object.entries(CHO_DON)) {
    YEARS.forEach((y, i) => values.set(`${commune}|${y}`, years[i]!));
    values.set(
      `${commune}|phase`,
      years.reduce((s, v) => s + v, 0),
    );
  }
  for (const key of [...YEARS, 'phase'])
    values.set(
      `064|${key}`,
      Object.keys(CHO_DON).reduce((s, c) => s + values.get(`${c}|${key}`)!, 0),
    );
  for (const unit of ['064', ...Object.keys(CHO_DON)]) relations.push(sum(`${unit}|phase`, ...YEARS.map((y) => `${unit}|${y}`)));
  for (const key of [...YEARS, 'phase']) relations.push(sum(`064|${key}`, ...Object.keys(CHO_DON).map((c) => `${c}|${key}`)));
  const hiddenBefore = new Set(Object.entries(HIDDEN_BEFORE).flatMap(([c, keys]) => keys.map((k) => `${c}|${k}`)));
  return { values, relations, hiddenBefore };
}

describe('trusted-address cases in Chợ Đồn, as published before the interval audit', () => {
  const { values, relations, hiddenBefore } = choDon();
  const reader = (hidden: ReadonlySet<string>, bounds?: ReaderView['bounds']): ReaderView => ({
    unknown: hidden,
    known: (id) => values.get(id)!,
    ...(bounds ? { bounds } : {}),
  });
  const interval = (m: Map<string, Interval>, id: string) => [m.get(id)!.lo, m.get(id)!.hi];

  it('mirrors the published district: 6, 27, 38, 31 by year and 102 for the phase', () => {
    expect(['2022', '2023', '2024', '2025', 'phase'].map((k) => values.get(`064|${k}`))).toEqual([6, 27, 38, 31, 102]);
  });

  it('with "<5" on every hidden cell, pins each hidden year of Xã Phương Viên (02050) to 4, and narrows every hidden cell below 5', () => {
    const intervals = feasibleIntervals(reader(hiddenBefore, LESS_THAN_5), relations);
    expect(['2023', '2024', '2025'].map((y) => interval(intervals, `02050|${y}`))).toEqual([
      [4, 4],
      [4, 4],
      [4, 4],
    ]);
    expect(intervalViolations(reader(hiddenBefore, LESS_THAN_5), relations, 5).size).toBe(hiddenBefore.size);
  });

  it('with the neutral mark, the same hidden cells are each at least 5 wide: Xã Phương Viên’s years anywhere in 0 … 12', () => {
    const intervals = feasibleIntervals(reader(hiddenBefore), relations);
    expect(['2023', '2024', '2025'].map((y) => interval(intervals, `02050|${y}`))).toEqual([
      [0, 12],
      [0, 12],
      [0, 12],
    ]);
    expect([...intervalViolations(reader(hiddenBefore), relations, 5).keys()]).toEqual([]);
  });

  it('is suppressed today with nothing the interval audit or the linear audit can narrow', () => {
    const { hidden, primary } = suppressTable(values, relations, SUPPRESSION_RULES);
    expect([...primary].every((id) => hidden.has(id))).toBe(true);
    expect(hidden.size).toBeGreaterThanOrEqual(primary.size);
    expect([...intervalViolations(reader(hidden), relations, 5).keys()]).toEqual([]);
    expect([...linearlyDetermined(hidden, relations)]).toEqual([]);
  });
});

describe('the ranges agree with counting every table by hand', () => {
  // A 2 × 2 table with its row, column and grand totals; any cells hidden. Every table of counts that
  // agrees with the published cells is enumerated (inner cells 0 … grand total), so the true
  // whole-number range of each hidden cell is known without the solver.
  const relations = [sum('R1', 'a', 'b'), sum('R2', 'c', 'd'), sum('C1', 'a', 'c'), sum('C2', 'b', 'd'), sum('T', 'R1', 'R2'), sum('T', 'C1', 'C2')];
  const complete = (x: readonly number[]): Record<string, number> => {
    const [a, b, c, d] = x as [number, number, number, number];
    return { a, b, c, d, R1: a + b, R2: c + d, C1: a + c, C2: b + d, T: a + b + c + d };
  };

  it('for random 2 × 2 tables and hidden cells (the grand total published)', () => {
    const cells = ['a', 'b', 'c', 'd', 'R1', 'R2', 'C1', 'C2'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }), fc.subarray(cells, { minLength: 1 }), (x, hiddenCells) => {
        const truth = complete(x);
        const hidden = new Set(hiddenCells);
        const ranges = new Map<string, [number, number]>();
        for (let a = 0; a <= truth.T!; a++)
          for (let b = 0; a + b <= truth.T!; b++)
            for (let c = 0; a + b + c <= truth.T!; c++) {
              const table = complete([a, b, c, truth.T! - a - b - c]);
              if (Object.keys(truth).some((id) => !hidden.has(id) && table[id] !== truth[id])) continue;
              for (const id of hidden) {
                const [lo, hi] = ranges.get(id) ?? [Infinity, -Infinity];
                ranges.set(id, [Math.min(lo, table[id]!), Math.max(hi, table[id]!)]);
              }
            }
        const got = feasibleIntervals({ unknown: hidden, known: (id) => truth[id]! }, relations);
        for (const id of hidden) expect([id, got.get(id)!.lo, got.get(id)!.hi]).toEqual([id, ...ranges.get(id)!]);
      }),
      { numRuns: 150 },
    );
  });
});
