import { describe, expect, it } from 'vitest';
import { DimensionSeries, QuarterColumns, UnitSeries } from './series-store';

describe('QuarterColumns keeps a missing report apart from zero', () => {
  it.each<[string, boolean, [number, number, number][], (number | null)[][]]>([
    [
      'counts, with a zero and a gap',
      true,
      [
        [0, 0, 0],
        [0, 2, 5],
        [1, 1, 7],
      ],
      [
        [0, null, 5],
        [null, 7, null],
      ],
    ],
    [
      'a count too large for 32 bits widens its quarter',
      true,
      [
        [0, 1, 3_000_000_000],
        [1, 1, 4],
      ],
      [
        [null, 3_000_000_000, null],
        [null, 4, null],
      ],
    ],
    [
      'a fraction in a count column widens its quarter',
      true,
      [
        [1, 0, 2.5],
        [0, 0, 0],
      ],
      [
        [0, null, null],
        [2.5, null, null],
      ],
    ],
    [
      'a negative count',
      true,
      [[0, 0, -3]],
      [
        [-3, null, null],
        [null, null, null],
      ],
    ],
    [
      'money',
      false,
      [
        [0, 2, 0],
        [1, 2, 1234.567],
      ],
      [
        [null, null, 0],
        [null, null, 1234.567],
      ],
    ],
  ])('%s', (_name, integer, writes, expected) => {
    const columns = new QuarterColumns(2, 3, integer);
    for (const [row, q, v] of writes) columns.set(row, q, v);
    expect([columns.series(0), columns.series(1)]).toEqual(expected);
  });

  it('allocates only the quarters written to', () => {
    const columns = new QuarterColumns(4, 3, true);
    columns.set(2, 1, 0);
    expect([0, 1, 2].map((q) => columns.hasQuarter(q))).toEqual([false, true, false]);
  });
});

describe('series by unit code', () => {
  const rows = new Map([
    ['V1', 0],
    ['V2', 1],
  ]);
  const columns = new QuarterColumns(2, 2, true);
  columns.set(1, 0, 9);
  const series = new UnitSeries(rows, columns);

  it.each<[string, string, (number | null)[] | undefined]>([
    ['a unit that reported', 'V2', [9, null]],
    ['a reporting unit that sent nothing', 'V1', [null, null]],
    ['a unit that does not report the indicator', 'C1', undefined],
  ])('%s', (_name, unit, expected) => {
    expect(series.series(unit)).toEqual(expected);
  });

  it('reads the same values under a later structure’s ids', () => {
    const later = series.rekeyed((code) => `${code}~2025-07`);
    expect([later.series('V2~2025-07'), later.series('V2'), later.value('V2~2025-07', 0)]).toEqual([[9, null], undefined, 9]);
  });

  it('gives a breakdown only for units that gave the dimension', () => {
    const sex = new DimensionSeries(rows, ['female', 'male'], 2);
    sex.set(sex.categories.get('male')!, 0, 1, 4);
    expect([sex.series('male', 'V1'), sex.series('female', 'V1'), sex.series('male', 'V2')]).toEqual([[null, 4], [null, null], undefined]);
  });
});
