import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicators';
import type { PeriodSelection } from '../periods';
import { findFindings, type FindingInput } from './findings';
import { buildRows, type UnitFigures } from './rows';
import { AXIS, BUDGET, figures, indicator, series } from '../../../tests/builders/report-figures';

const YEAR_2023: PeriodSelection = { kind: 'year', year: 2023 };
const zeros = [0, 0, 0, 0];

function find(indicators: Indicator[], unit: UnitFigures, opts: Partial<FindingInput> = {}) {
  const period = opts.period ?? YEAR_2023;
  return findFindings({
    // Villages get no targets of their own, so no "missing targets" finding unless a test asks for a higher level.
    unit: { kind: 'village' },
    rows: buildRows(indicators, unit, AXIS, period),
    targets: unit.targets,
    hiddenTargets: unit.hiddenTargets,
    children: [],
    indicators,
    axis: AXIS,
    period,
    ...opts,
  });
}

describe('findings from the figures', () => {
  it('finds an indicator behind its annual target, with its ratio', () => {
    const a = indicator('A');
    const found = find([a], figures({ A: series([...zeros, 100, 100, 100, 120]) }, { A: { '2022': 1, '2023': 625 } }));
    expect(found).toEqual([{ kind: 'behind', indicator: a, value: 420, target: 625, scope: { kind: 'year', year: 2023 }, year: null, ratio: 420 / 625 }]);
  });

  it('says nothing of an indicator above its target (231 % is not capped, not a finding)', () => {
    const found = find([indicator('A')], figures({ A: series([...zeros, 231, 0, 0, 0]) }, { A: { '2022': 1, '2023': 100 } }));
    expect(found).toEqual([]);
  });

  it('reads lower-is-better indicators inverted: above the ceiling is behind', () => {
    const marriage = indicator('O1', 'flow', { direction: 'lower', area: 'OUT' });
    const t = { O1: { '2022': 1, '2023': 10 } };
    expect(find([marriage], figures({ O1: series([...zeros, 2, 2, 2, 2]) }, t))).toEqual([]);
    expect(find([marriage], figures({ O1: series([...zeros, 6, 6, 0, 0]) }, t))).toMatchObject([{ kind: 'behind', value: 12, target: 10 }]);
  });

  it('never compares a hidden value ("x") with its target', () => {
    const marriage = indicator('O1', 'flow', { direction: 'lower', area: 'OUT', sensitive: true });
    expect(find([marriage], figures({ O1: series([...zeros, 'suppressed', 0, 0, 0]) }, { O1: { '2022': 1, '2023': 0 } }))).toEqual([]);
  });

  it('lists the years without any annual target, for units that get targets', () => {
    const unit = figures({ A: series([1, 1, 1, 1, 1, 1, 1, 1]) }, { A: { '2024': 5 } });
    const period: PeriodSelection = { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } };
    expect(find([indicator('A')], unit, { period, unit: { kind: 'district' } })).toEqual([{ kind: 'missingTargets', years: [2022, 2023] }]);
    expect(find([indicator('A')], unit, { period, unit: { kind: 'village' } })).toEqual([]);
  });

  it('finds incomplete reporting and names the units below that miss reports', () => {
    const a = indicator('A');
    const unit = figures({ A: series([...zeros, 5, 5, 5, 5], 3, [3, 3, 3, 3, 3, 2, 3, 1]) }, { A: { '2022': 1, '2023': 1 } });
    const children = [
      { name: 'Xã Đủ', type: 'Xã', figures: figures({ A: series([...zeros, 1, 1, 1, 1]) }) },
      { name: 'Xã Thiếu', type: 'Xã', figures: figures({ A: series([...zeros, 1, null, 1, null]) }) },
      { name: 'Xã Chưa Tải', type: 'Xã', figures: undefined },
    ];
    expect(find([a], unit, { children })).toEqual([{ kind: 'incompleteReports', reported: 9, expected: 12, units: [{ name: 'Xã Thiếu', type: 'Xã' }] }]);
  });

  it('tells a budget never allocated from a slow disbursement', () => {
    const none = figures({ F1: series([...zeros, 0, 0, 0, 0], 1), F2: series([...zeros, 0, 0, 0, 0], 1) });
    expect(find(BUDGET, none)).toEqual([{ kind: 'noBudget' }]);
    const slow = figures({ F1: series([...zeros, 100, 0, 0, 100]), F2: series([...zeros, 20, 30, 0, 0]) });
    expect(find(BUDGET, slow)).toEqual([{ kind: 'lowDisbursement', allocated: 200, disbursed: 50, ratio: 0.25 }]);
    const fine = figures({ F1: series([...zeros, 100, 0, 0, 100]), F2: series([...zeros, 80, 80, 0, 0]) });
    expect(find(BUDGET, fine)).toEqual([]);
  });

  it('does not call a budget line "behind" (disbursement has its own finding)', () => {
    const unit = figures(
      { F1: series([...zeros, 100, 0, 0, 0]), F2: series([...zeros, 90, 0, 0, 0]) },
      { F1: { '2022': 1, '2023': 500 }, F2: { '2022': 1, '2023': 500 } },
    );
    expect(find(BUDGET, unit)).toEqual([]);
  });
});
