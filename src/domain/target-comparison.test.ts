import { describe, expect, it } from 'vitest';
import { catalogueOf, indicator } from '../../tests/builders/indicator';
import type { Cell } from './aggregate';
import type { PeriodSelection } from './periods';
import { compareWithTarget, targetKeysFor, type Comparison } from './target-comparison';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

// Expected values are worked out by hand from the series below, never by the code under test.
const events = indicator('EV', 'flow', { target: { reading: 'cumulative' } });
const teams = indicator('TM', 'stock', { target: { reading: 'level' } });
const ceiling = indicator('CM', 'flow', { direction: 'lower', target: { reading: 'level', yearlyRate: -0.02 } });
const catalogue = catalogueOf(events, teams, ceiling);

const SIX = ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2'];
const EIGHT = [...SIX, '2023Q3', '2023Q4'];
const series = (values: Cell[]) => ({ values, reported: values.map((v) => (v === null ? 0 : 1)), expected: 1 });
const unit = (values: Record<string, Cell[]>, targets: Record<string, Record<string, number>>, hiddenTargets: Record<string, string[]> = {}) => ({
  series: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, series(v)])),
  withheld: [],
  targets,
  hiddenTargets,
});
const range = (from: string, to: string): PeriodSelection => {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return { kind: 'range', from: { year: fy!, month: fm! }, to: { year: ty!, month: tm! } };
};

const six = unit(
  { EV: [1, 2, 3, 4, 5, 6], TM: [10, 12, 14, 16, 18, 20], CM: [2, 3, 1, 4, 5, null] },
  { EV: { '2022': 8, '2023': 20, '2021-2025': 30 }, TM: { '2022': 15, '2021-2025': 30 }, CM: { '2022': 12, '2023': 9, '2021-2025': 8 } },
);
const eight = unit({ CM: [2, 3, 1, 4, 5, 0, 1, 2] }, { CM: { '2022': 12, '2023': 9, '2021-2025': 8 } });

const compared = (actual: number, target: number, ratio: number, met: boolean, scope: object, year: number | null = null, direction = 'higher') => ({
  kind: 'compared',
  actual,
  target,
  year,
  scope,
  achievement: { ratio, met, direction },
});
const lower = (actual: number, target: number, ratio: number, met: boolean, scope: object, year: number | null = null) =>
  compared(actual, target, ratio, met, scope, year, 'lower');

describe('one comparison with the target, as the catalogue reads it', () => {
  it.each<[string, typeof events, typeof six, readonly string[], PeriodSelection, Cell, object]>([
    [
      'a flow over a year: the year’s total (1+2+3+4) against its target',
      events,
      six,
      SIX,
      { kind: 'year', year: 2022 },
      10,
      compared(10, 8, 1.25, true, { kind: 'year', year: 2022 }),
    ],
    [
      'a flow over the phase: the total so far (21) against the phase target',
      events,
      six,
      SIX,
      { kind: 'phase', phase: PHASE_2021_2025 },
      21,
      compared(21, 30, 0.7, false, { kind: 'phase' }),
    ],
    [
      'a flow over a quarter: no target is set for a quarter',
      events,
      six,
      SIX,
      { kind: 'quarter', year: 2022, quarter: 2 },
      2,
      { kind: 'none', reason: 'not_whole_years' },
    ],
    ['a month range ending mid-year: none is invented', events, six, SIX, range('2022-01', '2023-05'), 21, { kind: 'none', reason: 'not_whole_years' }],
    [
      'a stock over a year: the level at its end (16) against the year’s target',
      teams,
      six,
      SIX,
      { kind: 'year', year: 2022 },
      16,
      compared(16, 15, 16 / 15, true, { kind: 'year', year: 2022 }),
    ],
    [
      'a stock over the phase: the latest level (20) against the phase target',
      teams,
      six,
      SIX,
      { kind: 'phase', phase: PHASE_2021_2025 },
      20,
      compared(20, 30, 20 / 30, false, { kind: 'phase' }),
    ],
    ['a stock in a year without a target', teams, six, SIX, { kind: 'year', year: 2023 }, 20, { kind: 'none', reason: 'no_target' }],
    [
      'a yearly ceiling in a complete year: the year’s count (10) under the ceiling 12',
      ceiling,
      six,
      SIX,
      { kind: 'year', year: 2022 },
      10,
      lower(10, 12, 10 / 12, true, { kind: 'year', year: 2022 }),
    ],
    [
      'a yearly ceiling over the phase: the latest complete year (2022: 10), never the total (15)',
      ceiling,
      six,
      SIX,
      { kind: 'phase', phase: PHASE_2021_2025 },
      15,
      lower(10, 8, 1.25, false, { kind: 'phase' }, 2022),
    ],
    [
      'a yearly ceiling in a year with two quarters: no comparison',
      ceiling,
      six,
      SIX,
      { kind: 'year', year: 2023 },
      5,
      { kind: 'none', reason: 'partial_year', year: 2023 },
    ],
    [
      'a yearly ceiling over whole years: the last year (2023: 5+0+1+2) against its ceiling 9',
      ceiling,
      eight,
      EIGHT,
      range('2022-01', '2023-12'),
      18,
      lower(8, 9, 8 / 9, true, { kind: 'years', from: 2022, to: 2023 }, 2023),
    ],
    [
      'a yearly ceiling over the phase once 2023 is complete: 2023’s 8 against 8',
      ceiling,
      eight,
      EIGHT,
      { kind: 'phase', phase: PHASE_2021_2025 },
      18,
      lower(8, 8, 1, true, { kind: 'phase' }, 2023),
    ],
  ])('%s', (_name, ind, u, axis, period, value, expected) => {
    expect(compareWithTarget({ indicator: ind, unit: u, catalogue, axis, period, value })).toEqual(expected);
  });

  it('adds the annual targets of whole years for a flow, and takes the last year’s for a stock', () => {
    const u = unit({ EV: [1, 1, 1, 1, 1, 1, 1, 1], TM: [1, 2, 3, 4, 5, 6, 7, 8] }, { EV: { '2022': 10, '2023': 20 }, TM: { '2022': 3, '2023': 10 } });
    const period = range('2022-01', '2023-12');
    expect(compareWithTarget({ indicator: events, unit: u, catalogue, axis: EIGHT, period, value: 8 })).toEqual(
      compared(8, 30, 8 / 30, false, { kind: 'years', from: 2022, to: 2023 }),
    );
    expect(compareWithTarget({ indicator: teams, unit: u, catalogue, axis: EIGHT, period, value: 8 })).toEqual(
      compared(8, 10, 0.8, false, { kind: 'years', from: 2022, to: 2023 }),
    );
  });

  it('gives no sum when one of the years has no target', () => {
    const u = unit({ EV: [1, 1, 1, 1, 1, 1, 1, 1] }, { EV: { '2023': 20 } });
    expect(compareWithTarget({ indicator: events, unit: u, catalogue, axis: EIGHT, period: range('2022-01', '2023-12'), value: 8 })).toEqual({
      kind: 'none',
      reason: 'no_target',
    });
  });

  it('never compares with a withheld target, whatever the reading', () => {
    const hidden = unit({ CM: [2, 3, 1, 4, 5, null] }, { CM: { '2022': 12 } }, { CM: ['2021-2025'] });
    const result: Comparison = compareWithTarget({
      indicator: ceiling,
      unit: hidden,
      catalogue,
      axis: SIX,
      period: { kind: 'phase', phase: PHASE_2021_2025 },
      value: 15,
    });
    expect(result).toEqual({ kind: 'hidden' });
  });

  it('says when no year of the phase is complete yet', () => {
    const u = unit({ CM: [2, null, 1, 4, 5, 1] }, { CM: { '2021-2025': 8 } });
    expect(compareWithTarget({ indicator: ceiling, unit: u, catalogue, axis: SIX, period: { kind: 'phase', phase: PHASE_2021_2025 }, value: 13 })).toEqual({
      kind: 'none',
      reason: 'no_complete_year',
    });
  });

  it('names the target keys of a period', () => {
    expect(targetKeysFor(range('2022-01', '2023-12'))).toEqual(['2022', '2023']);
    expect(targetKeysFor({ kind: 'phase', phase: PHASE_2021_2025 })).toEqual(['2021-2025']);
    expect(targetKeysFor({ kind: 'phase' })).toBeNull();
    expect(targetKeysFor({ kind: 'year', year: 2024 })).toEqual(['2024']);
    expect(targetKeysFor(range('2022-01', '2023-05'))).toBeNull();
    expect(targetKeysFor({ kind: 'half', year: 2023, half: 1 })).toBeNull();
  });
});
