import { describe, expect, it } from 'vitest';
import { aggregateOverTime, leafSeries, ratioOfFigures, sumCells, sumColumn, sumSeries, type Cell, type Series } from './aggregate';

const series = (values: Cell[], reported?: number[], expected = 1): Series => ({
  values,
  reported: reported ?? values.map((v) => (v === null ? 0 : 1)),
  expected,
});

describe('sumCells', () => {
  it.each<[string, Cell[], Cell]>([
    ['adds numbers', [1, 2, 3], 6],
    ['skips missing reports', [1, null, 3], 4],
    ['keeps a real zero', [0, null], 0],
    ['is not reported when nobody reported', [null, null], null],
    ['is empty for no cells', [], null],
    ['is suppressed when any part is', [3, 'suppressed', 7], 'suppressed'],
  ])('%s', (_name, cells, expected) => {
    expect(sumCells(cells)).toBe(expected);
  });
});

describe('sumColumn', () => {
  const rows: Cell[][] = [
    [1, null, 4, 'suppressed'],
    [2, null, null, 5],
    [10, 0],
  ];
  it.each<[string, number, Cell]>([
    ['adds the cells at one position', 0, 13],
    ['is not reported when no row has a value there', 1, 0],
    ['skips a missing cell and a row too short to have one', 2, 4],
    ['is suppressed when any row is', 3, 'suppressed'],
    ['is not reported past every row', 4, null],
  ])('%s', (_name, at, expected) => {
    expect(sumColumn(rows, at)).toBe(expected);
  });

  it('is not reported for no rows', () => {
    expect(sumColumn([], 0)).toBe(null);
  });
});

describe('aggregateOverTime', () => {
  const quarters = series([5, 7, null, 4], [10, 9, 0, 8], 10);
  it.each([
    ['a flow sums its quarters', 'flow', [0, 1, 2, 3], 16, 27, 40],
    ['person-times sum like flows', 'person_times', [0, 1], 12, 19, 20],
    ['a stock takes the period-end value, not the sum of quarters', 'stock', [0, 1, 2, 3], 4, 8, 10],
    ['a stock ending in an unreported quarter is not reported (missing is not zero)', 'stock', [1, 2], null, 0, 10],
    ['a flow over only unreported quarters is not reported', 'flow', [2], null, 0, 10],
  ] as const)('%s', (_name, kind, indices, value, reported, expected) => {
    expect(aggregateOverTime(kind, quarters, indices)).toEqual({ value, reported, expected });
  });

  it('is empty when the selection covers no quarter of the data', () => {
    expect(aggregateOverTime('flow', quarters, [])).toEqual({ value: null, reported: 0, expected: 0 });
  });
});

describe('ratioOfFigures', () => {
  it('divides the sums, which differs from the average of the units’ rates', () => {
    // Unit A: 1/1 = 100 %, unit B: 1/9 ≈ 11 %. Average of rates ≈ 55.6 %; ratio of sums = 2/10 = 20 %.
    const num = sumCells([1, 1]);
    const den = sumCells([1, 9]);
    const rate = ratioOfFigures({ value: num, reported: 2, expected: 2 }, { value: den, reported: 2, expected: 2 }, 100);
    expect(rate.value).toBeCloseTo(20);
    expect(((1 / 1 + 1 / 9) / 2) * 100).not.toBeCloseTo(20);
  });

  it.each<[string, Cell, Cell, Cell]>([
    ['no denominator → not reported', 3, null, null],
    ['zero denominator → not reported, never infinity', 3, 0, null],
    ['suppressed numerator → suppressed rate', 'suppressed', 10, 'suppressed'],
    ['suppressed denominator → suppressed rate', 3, 'suppressed', 'suppressed'],
    ['zero numerator → 0', 0, 5, 0],
  ])('%s', (_name, n, d, expected) => {
    expect(ratioOfFigures({ value: n, reported: 1, expected: 1 }, { value: d, reported: 1, expected: 1 }, 100).value).toBe(expected);
  });
});

describe('sumSeries', () => {
  it('adds children cell by cell and counts who reported', () => {
    const total = sumSeries([leafSeries([1, null, 0]), leafSeries([2, 3, null]), leafSeries([null, null, null])], 3);
    expect(total).toEqual({ values: [3, 3, 0], reported: [2, 1, 1], expected: 3 });
  });
});
