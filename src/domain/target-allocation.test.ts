import { describe, expect, it } from 'vitest';
import type { Indicator } from './indicators';
import { quartersBetween } from './periods';
import { annualCells, checkAllocation, missingAnnualTargets, type AllocationCheck, type TargetTable } from './target-allocation';
import { indicator as build } from '../../tests/builders/indicator';

const ind = (code: string, kind: Indicator['kind'] = 'flow', direction: Indicator['direction'] = 'higher') =>
  build(code, kind, { direction, reportKind: 'commune' });
const TEAMS = ind('P8.1.1', 'stock');
const BUDGET = ind('P8.F.1');

describe('children’s targets against the parent’s', () => {
  const child = (code: string, value?: number, key = '2021-2025') => ({ code, targets: value === undefined ? {} : { 'P8.1.1': { [key]: value } } });
  it.each<[string, number | undefined, ReturnType<typeof child>[], Partial<AllocationCheck>]>([
    ['adds up exactly', 100, [child('a', 60), child('b', 40)], { status: 'balanced', difference: 0, childrenSum: 100 }],
    ['over-allocated: children were given 7 % more (district 065)', 100, [child('a', 60), child('b', 47)], { status: 'over', difference: 7, relative: 0.07 }],
    ['under-allocated: 7 short', 100, [child('a', 60), child('b', 33)], { status: 'under', difference: -7, relative: -0.07 }],
    [
      'a child without a target is named, the others still compared',
      377,
      [child('058'), child('060', 35), child('061', 59)],
      { status: 'under', childrenSum: 94, difference: -283, missing: ['058'] },
    ],
    ['no child has a target', 100, [child('a'), child('b')], { status: 'no_child_targets', difference: null, missing: ['a', 'b'] }],
    ['the parent has no target', undefined, [child('a', 1)], { status: 'no_parent_target', difference: null }],
  ])('%s', (_, parent, children, expected) => {
    const parentTargets: TargetTable = parent === undefined ? {} : { 'P8.1.1': { '2021-2025': parent } };
    expect(checkAllocation(TEAMS, { targets: parentTargets }, children, '2021-2025')).toMatchObject(expected);
  });

  it('float sums of budgets count as adding up (13129.599999… = 13129.6)', () => {
    const children = [1576.9, 1978.5, 1405.2, 1266.9, 3307.4, 1314.9, 2279.8].map((v, i) => ({ code: String(i), targets: { 'P8.F.1': { '2022': v } } }));
    expect(checkAllocation(BUDGET, { targets: { 'P8.F.1': { '2022': 13129.6 } } }, children, '2022')).toMatchObject({ status: 'balanced', difference: 0 });
  });

  it('rates do not add up over units: no check', () => {
    expect(checkAllocation(ind('P8.C.2', 'rate'), { targets: {} }, [], '2021-2025')).toBeNull();
  });

  it('a hidden target (it could reveal a small count) is not summed: the check says so', () => {
    const cm = ind('P8.O.1', 'flow', 'lower');
    const children = [
      { code: '060', targets: { 'P8.O.1': { '2021-2025': 25 } } },
      { code: '061', targets: {}, hiddenTargets: { 'P8.O.1': ['2021-2025'] } },
    ];
    expect(checkAllocation(cm, { targets: { 'P8.O.1': { '2021-2025': 68 } } }, children, '2021-2025')).toMatchObject({ status: 'hidden', difference: null });
  });
});

describe('units with no annual target for a year', () => {
  const indicators = [TEAMS, BUDGET, ind('P8.1.3')];
  it('Bắc Kạn city: targets only from 2024 on → "no target for 2022" and "for 2023"', () => {
    const city: TargetTable = { 'P8.1.1': { '2024': 70, '2025': 72, '2021-2025': 72 }, 'P8.F.1': { '2024': 512.6, '2025': 521.8, '2021-2025': 1339.3 } };
    expect(missingAnnualTargets(indicators, city, [2022, 2023, 2024, 2025])).toEqual([
      { year: 2022, indicators: ['P8.1.1', 'P8.F.1'], all: true },
      { year: 2023, indicators: ['P8.1.1', 'P8.F.1'], all: true },
    ]);
  });
  it('one indicator missing its 2023 target is named', () => {
    const t: TargetTable = { 'P8.1.1': { '2022': 1, '2023': 2, '2021-2025': 2 }, 'P8.F.1': { '2022': 1, '2021-2025': 3 } };
    expect(missingAnnualTargets(indicators, t, [2022, 2023])).toEqual([{ year: 2023, indicators: ['P8.F.1'], all: false }]);
  });
  it('hidden targets count as set, not as missing', () => {
    expect(missingAnnualTargets([ind('P8.O.1', 'flow', 'lower')], {}, [2022, 2023], { 'P8.O.1': ['2022', '2023', '2021-2025'] })).toEqual([]);
  });
  it('a unit with no targets at all (a village) is not flagged', () => {
    expect(missingAnnualTargets(indicators, {}, [2022, 2023])).toEqual([]);
  });
});

describe('actual against the annual target', () => {
  const axis = quartersBetween('2022Q1', '2025Q2');
  const values = Array.from({ length: 14 }, (_, i) => i + 1);
  const unit = {
    series: { 'P8.1.3': { values, reported: values.map(() => 2), expected: 2 } },
    withheld: [],
    targets: { 'P8.1.3': { '2022': 10, '2025': 100 } },
    baselines: {},
  };
  const flows = ind('P8.1.3');
  it('sums the year, compares with the target uncapped, and marks the part-year and missing targets', () => {
    const cells = annualCells(flows, unit, new Map([[flows.code, flows]]), axis, [2022, 2023, 2025]);
    expect(cells.map((c) => [c.year, c.actual, c.target, c.achievement?.ratio ?? null, c.partial])).toEqual([
      [2022, 10, 10, 1, false],
      [2023, 26, null, null, false],
      [2025, 27, 100, 0.27, true],
    ]);
    expect(cells[0]!.completeness).toEqual({ reported: 8, expected: 8 });
  });
});
