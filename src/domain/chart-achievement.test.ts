import { describe, expect, it } from 'vitest';
import type { Cell } from './aggregate';
import { buildAchievementSeries, sortAchievementRows, type AchievementInput } from './chart-achievement';
import type { BarStatus } from './chart-series';
import { AXIS_2023, catalogueOf, indicator, series, unitFigures } from '../../tests/builders/chart-figures';
import type { PeriodSelection } from './periods';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

/** An independent Vietnamese order for the expectations (not the app's collator). */
const vi = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });
const flow = indicator('F', 'flow');
const YEAR: PeriodSelection = { kind: 'year', year: 2023 };

function oneChild(values: Cell[], target: number | undefined, overrides: Partial<AchievementInput> = {}) {
  return buildAchievementSeries({
    indicator: flow,
    catalogue: catalogueOf(flow),
    children: [{ code: 'a', name: 'Xã A' }],
    figures: { a: unitFigures({ F: series(values) }, target === undefined ? {} : { F: { '2023': target } }) },
    axis: AXIS_2023,
    period: YEAR,
    sort: 'value',
    compareText: vi,
    ...overrides,
  });
}

describe('achievement status of a child', () => {
  it.each<[string, Cell[], number | undefined, BarStatus, Cell, number | null, number | null]>([
    ['met when the sum reaches the target', [3, 4, 2, 1], 10, 'met', 10, 10, 1],
    ['behind when below', [3, 4, null, 1], 10, 'behind', 8, 8, 0.8],
    ['above 100 % stays uncapped', [30, 40, 0, 0], 30, 'met', 70, 70, 70 / 30],
    ['no target when none is set for the year', [3, 4, 2, 1], undefined, 'no_target', 10, 10, null],
    ['a real zero is a bar of length 0, behind its target', [0, 0, 0, 0], 5, 'behind', 0, 0, 0],
    ['not reported is not zero: no bar', [null, null, null, null], 10, 'not_reported', null, null, null],
    ['suppressed shows no bar and is never recomputed', [3, 'suppressed', 2, 1], 10, 'suppressed', 'suppressed', null, null],
  ])('%s', (_name, values, target, status, value, bar, ratio) => {
    const [row] = oneChild(values, target).rows;
    expect(row).toMatchObject({ status, value, bar, ratio });
  });

  it('reads lower-is-better indicators the right way round', () => {
    const lower = indicator('L', 'flow', { direction: 'lower' });
    const build = (values: Cell[]) =>
      buildAchievementSeries({
        compareText: vi,
        indicator: lower,
        catalogue: catalogueOf(lower),
        children: [{ code: 'a', name: 'A' }],
        figures: { a: unitFigures({ L: series(values) }, { L: { '2023': 10 } }) },
        axis: AXIS_2023,
        period: YEAR,
        sort: 'value',
      }).rows[0]!.status;
    expect(build([2, 2, 2, 2])).toBe('met');
    expect(build([5, 5, 5, 5])).toBe('behind');
  });

  it('has no target for a quarter, and says the period has none', () => {
    const result = oneChild([3, 4, 2, 1], 10, { period: { kind: 'quarter', year: 2023, quarter: 2 } });
    expect(result.targetPeriod).toBe(false);
    expect(result.rows[0]).toMatchObject({ value: 4, target: null, status: 'no_target' });
  });

  it('uses the phase target for the phase and counts completeness', () => {
    const result = buildAchievementSeries({
      compareText: vi,
      indicator: flow,
      catalogue: catalogueOf(flow),
      children: [{ code: 'a', name: 'A' }],
      figures: { a: unitFigures({ F: { values: [1, 2, 3, null], reported: [2, 2, 1, 0], expected: 2 } }, { F: { '2021-2025': 5 } }) },
      axis: AXIS_2023,
      period: { kind: 'phase', phase: PHASE_2021_2025 },
      sort: 'value',
    });
    expect(result.targetPeriod).toBe(true);
    expect(result.rows[0]).toMatchObject({ value: 6, target: 5, status: 'met', reported: 5, expected: 8, complete: false });
  });

  it('takes the period-end value of a stock', () => {
    const stock = indicator('S', 'stock');
    const result = buildAchievementSeries({
      compareText: vi,
      indicator: stock,
      catalogue: catalogueOf(stock),
      children: [{ code: 'a', name: 'A' }],
      figures: { a: unitFigures({ S: series([4, 5, 6, 7]) }, { S: { '2023': 8 } }) },
      axis: AXIS_2023,
      period: YEAR,
      sort: 'value',
    });
    expect(result.rows[0]).toMatchObject({ value: 7, status: 'behind' });
  });

  it('computes a rate child as a ratio of sums', () => {
    const num = indicator('N', 'flow');
    const den = indicator('D', 'flow');
    const rate = indicator('R', 'rate', { numerator: 'N', denominator: 'D', scale: 100 });
    const result = buildAchievementSeries({
      compareText: vi,
      indicator: rate,
      catalogue: catalogueOf(num, den, rate),
      children: [{ code: 'a', name: 'A' }],
      figures: { a: unitFigures({ N: series([1, 1, 0, 0]), D: series([1, 3, 0, 0]) }) },
      axis: AXIS_2023,
      period: YEAR,
      sort: 'value',
    });
    expect(result.rows[0]!.value).toBe(50);
  });
});

describe('availability', () => {
  it('says when the period has no reports at all', () => {
    expect(oneChild([null, null, null, null], 3).availability).toBe('no_data');
    expect(oneChild([1, 2, 3, 4], 3, { period: { kind: 'year', year: 2021 } }).availability).toBe('no_data');
  });
  it('says when the indicator is withheld at the children level', () => {
    const result = buildAchievementSeries({
      compareText: vi,
      indicator: flow,
      catalogue: catalogueOf(flow),
      children: [{ code: 'v', name: 'Thôn' }],
      figures: { v: unitFigures({}, {}, ['F']) },
      axis: AXIS_2023,
      period: YEAR,
      sort: 'value',
    });
    expect(result.availability).toBe('withheld');
  });
  it('says when the indicator is not reported at the children level', () => {
    expect(oneChild([1, 1, 1, 1], 3, { figures: { a: unitFigures({}) } }).availability).toBe('not_applicable');
  });
  it('says when the unit has no children', () => {
    expect(oneChild([1, 1, 1, 1], 3, { children: [] }).availability).toBe('no_children');
  });
});

describe('sorting the bars', () => {
  const rows = [
    { name: 'Phường Đức Xuân', bar: 5, status: 'met' as const },
    { name: 'Xã Dương Quang', bar: 9, status: 'behind' as const },
    { name: 'Phường Sông Cầu', bar: null, status: 'not_reported' as const },
    { name: 'Phường Huyền Tụng', bar: null, status: 'suppressed' as const },
    { name: 'Phường Nguyễn Thị Minh Khai', bar: 9, status: 'met' as const },
    { name: 'Xã Nông Thượng', bar: 0, status: 'behind' as const },
  ];
  it('by value: largest first, ties by name, then "x", then not reported', () => {
    expect(sortAchievementRows(rows, 'value', vi).map((r) => r.name)).toEqual([
      'Phường Nguyễn Thị Minh Khai',
      'Xã Dương Quang',
      'Phường Đức Xuân',
      'Xã Nông Thượng',
      'Phường Huyền Tụng',
      'Phường Sông Cầu',
    ]);
  });
  it.each([
    [
      ['Đông', 'Dương', 'Duyên', 'Dưa'],
      ['Duyên', 'Dưa', 'Dương', 'Đông'],
    ],
    [
      ['Bản Ạ', 'Bản Á', 'Bản Ả', 'Bản A', 'Bản À', 'Bản Ã'],
      ['Bản A', 'Bản À', 'Bản Ả', 'Bản Ã', 'Bản Á', 'Bản Ạ'],
    ],
    [
      ['Tổ 10', 'Tổ 9', 'Tổ 1'],
      ['Tổ 1', 'Tổ 9', 'Tổ 10'],
    ],
    [
      ['Xã Na Rì', 'Xã Nà Phặc', 'Thị trấn Chợ Rã'],
      ['Thị trấn Chợ Rã', 'Xã Nà Phặc', 'Xã Na Rì'],
    ],
  ])('by name in Vietnamese order: %j', (names, expected) => {
    const sorted = sortAchievementRows(
      names.map((name) => ({ name, bar: 1, status: 'met' as const })),
      'name',
      vi,
    );
    expect(sorted.map((r) => r.name)).toEqual(expected);
  });
});
