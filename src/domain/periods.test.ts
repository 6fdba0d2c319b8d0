import { describe, expect, it } from 'vitest';
import {
  addedMonths,
  isSnappedRange,
  parseSelection,
  previousSelection,
  quartersBetween,
  selectionIndices,
  serializeSelection,
  type PeriodSelection,
} from './periods';
import { PHASE_2021_2025, PHASE_2026_2030 } from '../../tests/builders/phases';

const axis = quartersBetween('2022Q1', '2025Q2');

describe('period selections', () => {
  it.each<[string, PeriodSelection]>([
    ['2023Q2', { kind: 'quarter', year: 2023, quarter: 2 }],
    ['2023H1', { kind: 'half', year: 2023, half: 1 }],
    ['2024', { kind: 'year', year: 2024 }],
    ['phase', { kind: 'phase' }],
    ['phase-2026-2030', { kind: 'phase', code: '2026-2030' }],
    ['2022-01_2023-05', { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } }],
  ])('%s round-trips', (text, sel) => {
    expect(parseSelection(text)).toEqual(sel);
    expect(serializeSelection(sel)).toBe(text);
  });

  it.each(['', '2023Q5', '2023H3', '23', '2023-13_2024-01', '2024-05_2023-01', 'phase2', 'phase-', 'phase-a b', 'phase:2026-2030', '9999'])(
    'rejects %j',
    (text) => {
      expect(parseSelection(text)).toBeNull();
    },
  );

  it.each<[string, PeriodSelection, string[]]>([
    ['a quarter', { kind: 'quarter', year: 2023, quarter: 2 }, ['2023Q2']],
    ['the first half-year', { kind: 'half', year: 2023, half: 1 }, ['2023Q1', '2023Q2']],
    ['a year', { kind: 'year', year: 2024 }, ['2024Q1', '2024Q2', '2024Q3', '2024Q4']],
    ['the year of the data date, cut at the data date', { kind: 'year', year: 2025 }, ['2025Q1', '2025Q2']],
    ['a year before the data starts', { kind: 'year', year: 2021 }, []],
    [
      'a month range, snapped to whole quarters',
      { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } },
      ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2'],
    ],
  ])('%s covers the right quarters', (_name, sel, quarters) => {
    expect(selectionIndices(sel, axis).map((i) => axis[i])).toEqual(quarters);
  });

  it.each<[string, PeriodSelection, number]>([
    ['a declared phase holding the whole axis', { kind: 'phase', phase: PHASE_2021_2025 }, 14],
    ['a phase after the data', { kind: 'phase', phase: PHASE_2026_2030 }, 0],
    ['a phase not yet resolved against the dataset', { kind: 'phase' }, 0],
  ])('%s covers %#: the right number of quarters', (_name, sel, count) => {
    expect(selectionIndices(sel, axis)).toHaveLength(count);
  });

  it.each<[PeriodSelection, PeriodSelection | null]>([
    [
      { kind: 'quarter', year: 2023, quarter: 1 },
      { kind: 'quarter', year: 2022, quarter: 4 },
    ],
    [
      { kind: 'half', year: 2023, half: 1 },
      { kind: 'half', year: 2022, half: 2 },
    ],
    [
      { kind: 'year', year: 2023 },
      { kind: 'year', year: 2022 },
    ],
    [
      { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } },
      { kind: 'range', from: { year: 2020, month: 8 }, to: { year: 2021, month: 12 } },
    ],
    [{ kind: 'phase' }, null],
  ])('the period before %j has the same length', (sel, prev) => {
    expect(previousSelection(sel)).toEqual(prev);
  });

  it('says when a month range had to be widened to whole quarters', () => {
    expect(isSnappedRange({ kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } })).toBe(true);
    expect(isSnappedRange({ kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 6 } })).toBe(false);
  });
});

describe('months a snapped range adds', () => {
  it.each<[string, PeriodSelection, { year: number; from: number; to: number }[]]>([
    ['1/2022 – 5/2023 adds June 2023', { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } }, [{ year: 2023, from: 6, to: 6 }]],
    [
      '3/2022 – 4/2023 adds January–February 2022 and May–June 2023',
      { kind: 'range', from: { year: 2022, month: 3 }, to: { year: 2023, month: 4 } },
      [
        { year: 2022, from: 1, to: 2 },
        { year: 2023, from: 5, to: 6 },
      ],
    ],
    ['whole quarters add nothing', { kind: 'range', from: { year: 2022, month: 4 }, to: { year: 2022, month: 9 } }, []],
    ['a year is not a range', { kind: 'year', year: 2023 }, []],
  ])('%s', (_name, sel, expected) => {
    expect(addedMonths(sel)).toEqual(expected);
  });
});
