import { describe, expect, it } from 'vitest';
import { buildBuckets, drawable, overlapsSelection } from './chart-series';
import type { Granularity } from './chart-options';
import type { PeriodSelection } from './periods';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const AXIS = ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2'];

describe('time buckets over the quarter axis', () => {
  it.each<[Granularity, string[], number[][], boolean[]]>([
    ['quarter', AXIS, AXIS.map((_, i) => [i]), AXIS.map(() => false)],
    [
      'half',
      ['2022H1', '2022H2', '2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
      [
        [0, 1],
        [2, 3],
        [4, 5],
        [6, 7],
        [8, 9],
        [10, 11],
        [12, 13],
      ],
      [false, false, false, false, false, false, false],
    ],
    [
      'year',
      ['2022', '2023', '2024', '2025'],
      [
        [0, 1, 2, 3],
        [4, 5, 6, 7],
        [8, 9, 10, 11],
        [12, 13],
      ],
      [false, false, false, true],
    ],
  ])('by %s', (granularity, keys, indices, partial) => {
    const buckets = buildBuckets(AXIS, granularity);
    expect(buckets.map((b) => b.key)).toEqual(keys);
    expect(buckets.map((b) => b.indices)).toEqual(indices);
    expect(buckets.map((b) => b.partial)).toEqual(partial);
  });

  it('marks a half-year with one quarter of data as partial', () => {
    const buckets = buildBuckets(['2023Q4', '2024Q1'], 'half');
    expect(buckets.map((b) => [b.key, b.partial])).toEqual([
      ['2023H2', true],
      ['2024H1', true],
    ]);
  });

  it('skips keys that are not quarters', () => {
    expect(buildBuckets(['2023Q1', 'junk', '2023Q2'], 'year')).toEqual([{ key: '2023', period: { kind: 'year', year: 2023 }, indices: [0, 2], partial: true }]);
  });
});

describe('overlap of a bucket with the selected period', () => {
  const [y2023] = buildBuckets(['2023Q1', '2023Q2', '2023Q3', '2023Q4'], 'year');
  it.each<[string, PeriodSelection, boolean]>([
    ['the same year', { kind: 'year', year: 2023 }, true],
    ['a quarter inside', { kind: 'quarter', year: 2023, quarter: 3 }, true],
    ['a range reaching into it', { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } }, true],
    ['the phase', { kind: 'phase', phase: PHASE_2021_2025 }, true],
    ['another year', { kind: 'year', year: 2024 }, false],
  ])('%s', (_name, selection, expected) => {
    expect(overlapsSelection(y2023!, selection)).toBe(expected);
  });
});

describe('drawable values', () => {
  it.each([
    [12, 12],
    [0, 0],
    [null, null],
    ['suppressed' as const, null],
    [Number.NaN, null],
  ])('%s → %s', (cell, expected) => {
    expect(drawable(cell)).toBe(expected);
  });
});
