import { describe, expect, it } from 'vitest';
import type { Cell } from './aggregate';
import type { Granularity } from './chart-options';
import { catalogueOf, indicator, series, unitFigures } from '../../tests/builders/chart-figures';
import { buildTrend, type TrendInput } from './chart-trend';
import type { IndicatorKind } from './indicators';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const AXIS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2'];
const VALUES: Cell[] = [1, 2, 3, 4, 5, 6];

function trend(kind: IndicatorKind, granularity: Granularity, values: Cell[] = VALUES, extra: Partial<TrendInput> = {}) {
  const ind = indicator('X', kind);
  return buildTrend({
    indicator: ind,
    catalogue: catalogueOf(ind),
    unit: unitFigures({ X: series(values) }, { X: { '2023': 12, '2024': 30 } }),
    comparisons: [],
    axis: AXIS,
    granularity,
    period: { kind: 'year', year: 2024 },
    ...extra,
  });
}

describe('trend buckets by indicator kind', () => {
  it.each<[string, IndicatorKind, Granularity, Cell[]]>([
    ['flows sum per quarter', 'flow', 'quarter', [1, 2, 3, 4, 5, 6]],
    ['flows sum per half-year', 'flow', 'half', [3, 7, 11]],
    ['flows sum per year', 'flow', 'year', [10, 11]],
    ['person-times sum per year', 'person_times', 'year', [10, 11]],
    ['stocks take the half-year end', 'stock', 'half', [2, 4, 6]],
    ['stocks take the year end, not the sum', 'stock', 'year', [4, 6]],
  ])('%s', (_name, kind, granularity, expected) => {
    expect(trend(kind, granularity).points.map((p) => p.value)).toEqual(expected);
  });

  it('computes rates per bucket as a ratio of sums, not an average of quarterly rates', () => {
    const num = indicator('N', 'flow');
    const den = indicator('D', 'flow');
    const rate = indicator('R', 'rate', { numerator: 'N', denominator: 'D', scale: 100 });
    const result = buildTrend({
      indicator: rate,
      catalogue: catalogueOf(num, den, rate),
      unit: unitFigures({ N: series([1, 9, 0, 0, 1, 1]), D: series([10, 10, 0, 0, 2, 2]) }),
      comparisons: [],
      axis: AXIS,
      granularity: 'half',
      period: { kind: 'phase', phase: PHASE_2021_2025 },
    });
    // Average of quarterly rates would give 50 % for the first half; the ratio of sums is 10/20.
    expect(result.points.map((p) => p.value)).toEqual([50, null, 50]);
  });

  it('keeps missing apart from zero and suppressed apart from both', () => {
    const points = trend('flow', 'quarter', [0, null, 'suppressed', 4, null, 6]).points;
    expect(points.map((p) => p.value)).toEqual([0, null, 'suppressed', 4, null, 6]);
    expect(points.map((p) => p.plot.unit)).toEqual([0, null, null, 4, null, 6]);
  });

  it('marks the buckets of the selected period and partial years', () => {
    const points = trend('flow', 'year').points;
    expect(points.map((p) => [p.key, p.selected, p.partial])).toEqual([
      ['2023', false, false],
      ['2024', true, true],
    ]);
  });

  it('is "no data" when nothing was reported', () => {
    expect(trend('flow', 'year', [null, null, null, null, null, null]).availability).toBe('no_data');
  });

  it('is withheld when the indicator is not published for the unit', () => {
    const ind = indicator('X', 'flow');
    const result = buildTrend({
      indicator: ind,
      catalogue: catalogueOf(ind),
      unit: unitFigures({}, {}, ['X']),
      comparisons: [],
      axis: AXIS,
      granularity: 'year',
      period: { kind: 'phase', phase: PHASE_2021_2025 },
    });
    expect(result.availability).toBe('withheld');
  });
});

describe('annual target line', () => {
  it.each<[string, IndicatorKind, Granularity, string, (number | null)[]]>([
    ['flows by year meet their annual target', 'flow', 'year', 'shown', [12, 30]],
    ['flows by quarter cannot be compared with an annual target', 'flow', 'quarter', 'annual_only', [null, null, null, null, null, null]],
    ['stocks compare any bucket-end with the year target', 'stock', 'half', 'shown', [12, 12, 30]],
  ])('%s', (_name, kind, granularity, line, targets) => {
    const result = trend(kind, granularity);
    expect(result.targetLine).toBe(line);
    expect(result.points.map((p) => p.target)).toEqual(targets);
  });

  it('says there is none when no year has a target', () => {
    const ind = indicator('X', 'flow');
    const result = buildTrend({
      indicator: ind,
      catalogue: catalogueOf(ind),
      unit: unitFigures({ X: series(VALUES) }),
      comparisons: [],
      axis: AXIS,
      granularity: 'year',
      period: { kind: 'phase', phase: PHASE_2021_2025 },
    });
    expect(result.targetLine).toBe('none');
  });
});

describe('comparison with the parent and the province', () => {
  const parent = { role: 'parent' as const, name: 'Huyện', figures: unitFigures({ X: series([10, 10, 20, 20, 40, 40]) }) };
  const province = { role: 'province' as const, name: 'Tỉnh', figures: unitFigures({ X: series([0, 100, 100, 100, 100, 100]) }) };

  it('turns counts into an index (base bucket = 100) so units of different sizes compare', () => {
    const result = trend('flow', 'quarter', [0, 2, 3, 4, 5, 6], { comparisons: [parent, province] });
    expect(result.mode).toBe('index');
    expect(result.targetLine).toBe('index');
    expect(result.baseKey).toBe('2023Q2');
    expect(result.points.map((p) => p.plot.unit)).toEqual([0, 100, 150, 200, 250, 300]);
    expect(result.points.map((p) => p.plot.parent)).toEqual([100, 100, 200, 200, 400, 400]);
    expect(result.points.map((p) => p.plot.province)).toEqual([0, 100, 100, 100, 100, 100]);
    expect(result.points[1]!.compare).toEqual({ parent: 10, province: 100 });
  });

  it('has no base when no bucket has every series positive', () => {
    const result = trend('flow', 'quarter', [0, 0, 0, 0, 0, 0], { comparisons: [parent] });
    expect(result.baseKey).toBeNull();
    expect(result.points.every((p) => p.plot.unit === null && p.plot.parent === null)).toBe(true);
  });

  it('compares rates directly on the same scale', () => {
    const num = indicator('N', 'stock');
    const den = indicator('D', 'stock');
    const rate = indicator('R', 'rate', { numerator: 'N', denominator: 'D', scale: 100 });
    const figures = (n: Cell[], d: Cell[]) => unitFigures({ N: series(n), D: series(d) });
    const result = buildTrend({
      indicator: rate,
      catalogue: catalogueOf(num, den, rate),
      unit: figures([1, 1, 1, 2, 2, 2], [4, 4, 4, 4, 4, 4]),
      comparisons: [{ role: 'province', name: 'Tỉnh', figures: figures([10, 20, 30, 40, 50, 60], [100, 100, 100, 100, 100, 100]) }],
      axis: AXIS,
      granularity: 'year',
      period: { kind: 'phase', phase: PHASE_2021_2025 },
    });
    expect(result.mode).toBe('absolute');
    expect(result.points.map((p) => [p.plot.unit, p.plot.province])).toEqual([
      [50, 40],
      [50, 60],
    ]);
  });

  it('leaves out a comparison whose figures are withheld', () => {
    const hidden = { role: 'parent' as const, name: 'Xã', figures: unitFigures({}, {}, ['X']) };
    const result = trend('flow', 'year', VALUES, { comparisons: [hidden] });
    expect(result.compared).toEqual([]);
    expect(result.mode).toBe('absolute');
  });
});

describe('a unit formed by a reorganisation', () => {
  it('marks the buckets that hold quarters before it as re-aggregated, and only those', () => {
    const ind = indicator('X', 'flow');
    const formed = { ...series(VALUES), history: { before: 3, expected: 5 } };
    const input = {
      indicator: ind,
      catalogue: catalogueOf(ind),
      unit: unitFigures({ X: formed }),
      comparisons: [],
      axis: AXIS,
      period: { kind: 'phase' as const },
    };
    expect(buildTrend({ ...input, granularity: 'quarter' }).points.map((p) => p.reaggregated)).toEqual([true, true, true, false, false, false]);
    // 2023 holds re-aggregated quarters; so does the second half of 2023 (Q3 before, Q4 own).
    expect(buildTrend({ ...input, granularity: 'year' }).points.map((p) => p.reaggregated)).toEqual([true, false]);
    expect(buildTrend({ ...input, granularity: 'half' }).points.map((p) => p.reaggregated)).toEqual([true, true, false]);
    expect(trend('flow', 'quarter').points.some((p) => p.reaggregated)).toBe(false);
  });
});
