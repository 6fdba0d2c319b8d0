import { describe, expect, it } from 'vitest';
import { defaultPhase, phaseOrdinals, quarterOrdinalOfDate } from './phases';
import { phaseOfSelection, quartersBetween, resolvePeriod, type PeriodSelection } from './periods';
import { PHASE_2021_2025, PHASE_2026_2030 } from '../../tests/builders/phases';

const PHASES = [PHASE_2021_2025, PHASE_2026_2030];
/** Quarter ordinal = year × 4 + quarter − 1, by hand. */
const q = (year: number, quarter: number) => year * 4 + quarter - 1;

describe('declared phases', () => {
  it.each<[string, number]>([
    ['2021-01-01', 8084],
    ['2025-12-31', 8103],
    ['2025-07-01', 8102],
    ['2026-03-31', 8104],
  ])('the quarter holding %s has ordinal %i', (date, ordinal) => {
    expect(quarterOrdinalOfDate(date)).toBe(ordinal);
  });

  it('a phase covers the quarters from its start to its end', () => {
    expect(phaseOrdinals(PHASE_2021_2025)).toEqual({ first: 8084, last: 8103 }); // 2021Q1 … 2025Q4: 20 quarters
  });

  it.each<[string, number, string | undefined]>([
    ['latest data in 2025Q2: the phase holding it', q(2025, 2), '2021-2025'],
    ['latest data in 2025Q4, the last quarter of phase I', q(2025, 4), '2021-2025'],
    ['latest data in 2026Q3: the following phase', q(2026, 3), '2026-2030'],
    ['latest data after every phase: the latest one started', q(2032, 1), '2026-2030'],
    ['latest data before every phase: the first', q(2019, 4), '2021-2025'],
  ])('default phase, %s', (_name, lastOrdinal, code) => {
    expect(defaultPhase(PHASES, lastOrdinal)?.code).toBe(code);
  });

  it('between two phases with a gap, the one that ended last', () => {
    const gap = [PHASE_2021_2025, { ...PHASE_2026_2030, code: '2027-2030', start: '2027-01-01' }];
    expect(defaultPhase(gap, q(2026, 2))?.code).toBe('2021-2025');
    expect(defaultPhase([], q(2026, 2))).toBeUndefined();
  });
});

describe('a phase selection against the dataset', () => {
  const old = quartersBetween('2022Q1', '2025Q2');
  const later = quartersBetween('2022Q1', '2026Q3');

  it.each<[string, PeriodSelection, readonly string[], PeriodSelection]>([
    ['"phase" is the default phase: the one holding the latest data (2025Q2)', { kind: 'phase' }, old, { kind: 'phase', phase: PHASE_2021_2025 }],
    ['"phase" with data to 2026Q3 is phase 2026–2030', { kind: 'phase' }, later, { kind: 'phase', phase: PHASE_2026_2030 }],
    ['a phase named by its code keeps it', { kind: 'phase', code: '2021-2025' }, later, { kind: 'phase', code: '2021-2025', phase: PHASE_2021_2025 }],
    ['an unknown code falls back to the default phase', { kind: 'phase', code: '2031-2035' }, later, { kind: 'phase', phase: PHASE_2026_2030 }],
    ['other periods are left as they are', { kind: 'year', year: 2023 }, later, { kind: 'year', year: 2023 }],
  ])('%s', (_name, sel, axis, resolved) => {
    expect(resolvePeriod(sel, PHASES, axis)).toEqual(resolved);
  });

  it.each<[string, PeriodSelection, string | undefined]>([
    ['a year of phase I', { kind: 'year', year: 2023 }, '2021-2025'],
    ['a quarter of phase II', { kind: 'quarter', year: 2026, quarter: 1 }, '2026-2030'],
    ['a year not over yet: its last quarter with data (2026Q3)', { kind: 'year', year: 2026 }, '2026-2030'],
    ['a year after the data: the phase of the latest data', { kind: 'year', year: 2029 }, '2026-2030'],
    ['a range across both phases: the phase where it ends', { kind: 'range', from: { year: 2024, month: 1 }, to: { year: 2026, month: 6 } }, '2026-2030'],
    ['the phase selected', { kind: 'phase', code: '2021-2025' }, '2021-2025'],
  ])('progress of %s is measured against the phase it belongs to', (_name, sel, code) => {
    expect(phaseOfSelection(sel, PHASES, later)?.code).toBe(code);
  });
});
