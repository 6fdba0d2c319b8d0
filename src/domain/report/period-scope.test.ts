import { describe, expect, it } from 'vitest';
import type { PeriodSelection } from '../periods';
import { addDays, overlapsSelection, quartersCovered, selectionEndIso, yearsCovered, yearsWithoutTargets } from './period-scope';
import { AXIS } from '../../../tests/builders/report-figures';
import { PHASE_2021_2025 } from '../../../tests/builders/phases';

const range = (from: string, to: string): PeriodSelection => {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return { kind: 'range', from: { year: fy!, month: fm! }, to: { year: ty!, month: tm! } };
};

describe('which notes belong to a period', () => {
  it.each<[string, string, string, PeriodSelection, boolean]>([
    ['the seed inspection, same months', '2022-01', '2023-05', range('2022-01', '2023-05'), true],
    ['a later note starting the month after', '2023-06', '2023-11', range('2022-01', '2023-05'), false],
    ['a note touching the last month', '2023-05', '2023-08', range('2022-01', '2023-05'), true],
    ['a note about the year, asked for Q2', '2023-01', '2023-12', { kind: 'quarter', year: 2023, quarter: 2 }, true],
    ['a note before the half-year', '2022-07', '2022-12', { kind: 'half', year: 2023, half: 1 }, false],
    ['any note in the phase', '2024-01', '2024-03', { kind: 'phase', phase: PHASE_2021_2025 }, true],
    ['a malformed month', '2024-1', '2024-03', { kind: 'phase', phase: PHASE_2021_2025 }, false],
  ])('%s', (_name, from, to, sel, expected) => {
    expect(overlapsSelection(from, to, sel)).toBe(expected);
  });
});

describe('the quarters and years a period covers', () => {
  it('snaps a month range outward to whole quarters with data', () => {
    expect(quartersCovered(range('2022-01', '2023-05'), AXIS)).toEqual({ first: '2022Q1', last: '2023Q2' });
    expect(yearsCovered(range('2022-01', '2023-05'), AXIS)).toEqual([2022, 2023]);
  });

  it('leaves out years without data', () => {
    expect(yearsCovered({ kind: 'phase', phase: PHASE_2021_2025 }, AXIS)).toEqual([2022, 2023]);
    expect(quartersCovered({ kind: 'year', year: 2030 }, AXIS)).toBeNull();
  });

  it('ends at the data date when the period runs past it', () => {
    expect(selectionEndIso({ kind: 'phase', phase: PHASE_2021_2025 }, '2025-06-30')).toBe('2025-06-30');
    expect(selectionEndIso(range('2022-01', '2023-05'), '2025-06-30')).toBe('2023-05-31');
    expect(selectionEndIso({ kind: 'quarter', year: 2024, quarter: 1 }, '2025-06-30')).toBe('2024-03-31');
  });
});

describe('years without annual targets', () => {
  it('lists the years of the period with no target for any indicator', () => {
    expect(yearsWithoutTargets({ A: { '2024': 5, '2021-2025': 9 } }, range('2022-01', '2023-05'), AXIS)).toEqual([2022, 2023]);
    expect(yearsWithoutTargets({ A: { '2022': 5 }, B: { '2023': 1 } }, { kind: 'phase', phase: PHASE_2021_2025 }, AXIS)).toEqual([]);
  });

  it('counts a hidden target as set', () => {
    expect(yearsWithoutTargets({ A: { '2022': 5 } }, { kind: 'phase', phase: PHASE_2021_2025 }, AXIS, { O1: ['2023'] })).toEqual([]);
  });
});

describe('deadline arithmetic', () => {
  it.each([
    ['2023-05-15', 30, '2023-06-14'],
    ['2023-12-15', 30, '2024-01-14'],
    ['2024-02-28', 1, '2024-02-29'],
  ])('%s + %i days = %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });
});
