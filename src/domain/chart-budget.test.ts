import { describe, expect, it } from 'vitest';
import type { Cell } from './aggregate';
import { buildBudgetByUnit, buildBudgetByYear } from './chart-budget';
import { catalogueOf, indicator, series, unitFigures } from '../../tests/builders/chart-figures';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const F1 = indicator('P8.F.1', 'flow', { budget: 'allocated' });
const F2 = indicator('P8.F.2', 'flow', { budget: 'disbursed' });
const F3 = indicator('P8.F.3', 'rate', { budget: 'rate', numerator: 'P8.F.2', denominator: 'P8.F.1', scale: 100 });
const CATALOGUE = catalogueOf(F1, F2, F3);
/** An independent Vietnamese order for the expectations (not the app's collator). */
const vi = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });
const AXIS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2'];
const budget = (allocated: Cell[], disbursed: Cell[]) => unitFigures({ 'P8.F.1': series(allocated), 'P8.F.2': series(disbursed) });

describe('budget by child unit', () => {
  it('sums allocation and disbursement over the period and takes the rate as a ratio of sums', () => {
    const result = buildBudgetByUnit({
      compareText: vi,
      catalogue: CATALOGUE,
      unit: budget([300, 0, 100, 0, 0, 0], [310, 20, 30, 0, 0, 0]),
      children: [
        { code: 'a', name: 'Xã A' },
        { code: 'b', name: 'Xã B' },
        { code: 'c', name: 'Xã C' },
      ],
      figures: {
        a: budget([100, 0, 0, 0, 0, 0], [10, 20, 30, 0, 0, 0]),
        b: budget([200, 0, 100, 0, 0, 0], [300, 0, 0, 0, 0, 0]),
        c: budget([null, null, null, null, null, null], [null, null, null, null, null, null]),
      },
      axis: AXIS,
      period: { kind: 'year', year: 2023 },
      sort: 'value',
    });
    expect(result.availability).toBe('ok');
    expect(result.rows.map((r) => [r.name, r.allocated, r.disbursed, r.rate])).toEqual([
      ['Xã B', 300, 300, 100],
      ['Xã A', 100, 60, 60],
      ['Xã C', null, null, null],
    ]);
    expect(result.total).toMatchObject({ allocated: 400, disbursed: 360, rate: 90 });
  });

  it('is not applicable when the children do not report budget (villages)', () => {
    const result = buildBudgetByUnit({
      compareText: vi,
      catalogue: CATALOGUE,
      unit: undefined,
      children: [{ code: 'v', name: 'Thôn' }],
      figures: { v: unitFigures({}) },
      axis: AXIS,
      period: { kind: 'phase', phase: PHASE_2021_2025 },
      sort: 'value',
    });
    expect(result.availability).toBe('not_applicable');
  });
});

describe('budget by year', () => {
  it('gives one row per year, the rate from the year sums (over 100 % stays)', () => {
    const result = buildBudgetByYear({
      catalogue: CATALOGUE,
      unit: { code: 'u', name: 'Huyện' },
      figures: budget([100, 0, 0, 0, 50, 0], [20, 20, 20, 20, 60, 15]),
      axis: AXIS,
    });
    expect(result.rows.map((r) => [r.key, r.allocated, r.disbursed, r.rate, r.partial])).toEqual([
      ['2023', 100, 80, 80, false],
      ['2024', 50, 75, 150, true],
    ]);
    expect(result.total).toMatchObject({ allocated: 150, disbursed: 155 });
  });

  it('is not applicable for a unit without budget figures (a village)', () => {
    expect(buildBudgetByYear({ catalogue: CATALOGUE, unit: { code: 'v', name: 'Thôn' }, figures: unitFigures({}), axis: AXIS }).availability).toBe(
      'not_applicable',
    );
  });

  it('has no rate when nothing was allocated', () => {
    const result = buildBudgetByYear({
      catalogue: CATALOGUE,
      unit: { code: 'u', name: 'Huyện' },
      figures: budget([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]),
      axis: AXIS,
    });
    expect(result.rows.map((r) => r.rate)).toEqual([null, null]);
  });
});
