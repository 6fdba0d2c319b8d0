import { describe, expect, it } from 'vitest';
import { SUPPRESSED, type Cell } from './aggregate';
import { computeFigure, type PublishedSeries } from './figures';
import type { Indicator } from './indicators';
import { cellFromTotals, type PeriodTotal } from './period-totals';
import { selectionIndices, type PeriodSelection } from './periods';
import { indicator as build } from '../../tests/builders/indicator';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

// Quarters 2022Q1 … 2025Q2, as in the demo data.
const axis = ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2'];
const totals: PeriodTotal[] = [
  { key: '2022', from: 0, to: 3, value: 12 },
  { key: '2023', from: 4, to: 7, value: SUPPRESSED },
  { key: '2024', from: 8, to: 11, value: 9 },
  { key: '2025', from: 12, to: 13, value: 0 },
  { key: '2021-2025', from: 0, to: 13, value: 26 },
];

describe('reading a selection from published totals', () => {
  it.each<[string, PeriodSelection, Cell | undefined]>([
    ['a year is its total', { kind: 'year', year: 2022 }, 12],
    ['a hidden year stays hidden', { kind: 'year', year: 2023 }, SUPPRESSED],
    ['the phase is the published phase total, not a sum of years', { kind: 'phase', phase: PHASE_2021_2025 }, 26],
    ['whole years add up', { kind: 'range', from: { year: 2024, month: 1 }, to: { year: 2025, month: 6 } }, 9],
    ['a sum with a hidden year is hidden', { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 12 } }, SUPPRESSED],
    ['the first half of 2025 is all of 2025 on this axis', { kind: 'half', year: 2025, half: 1 }, 0],
    ['a quarter cannot be answered', { kind: 'quarter', year: 2022, quarter: 2 }, undefined],
    ['a half of a full year cannot be answered', { kind: 'half', year: 2024, half: 2 }, undefined],
    ['a range that cuts a year cannot be answered', { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } }, undefined],
  ])('%s', (_name, selection, expected) => {
    expect(cellFromTotals('flow', totals, selectionIndices(selection, axis))).toBe(expected);
  });

  it('reads a stock at the end of a published span only', () => {
    expect(cellFromTotals('stock', totals, selectionIndices({ kind: 'quarter', year: 2024, quarter: 4 }, axis))).toBe(9);
    expect(cellFromTotals('stock', totals, selectionIndices({ kind: 'quarter', year: 2024, quarter: 3 }, axis))).toBeUndefined();
  });

  it('reads a breakdown cell the same way', () => {
    const withBreakdown = totals.map((t) => ({ ...t, breakdown: { sex: { female: t.key === '2022' ? 7 : SUPPRESSED } } }));
    expect(cellFromTotals('flow', withBreakdown, [0, 1, 2, 3], (t) => t.breakdown?.sex?.female ?? null)).toBe(7);
  });
});

describe('figures of a series published by year', () => {
  const ind = (code: string, kind: Indicator['kind'], extra: Partial<Indicator> = {}) =>
    build(code, kind, { area: 'OUT', direction: 'lower', sensitive: true, ...extra });
  const cm = ind('CM', 'flow');
  const pop = ind('POP', 'stock', { sensitive: false });
  const rate = ind('R', 'rate', { numerator: 'CM', denominator: 'POP', scale: 1000, sensitive: false });
  const catalogue = new Map([cm, pop, rate].map((i) => [i.code, i]));
  const series: PublishedSeries = { grain: 'year', values: axis.map(() => SUPPRESSED), reported: axis.map(() => 5), expected: 5, totals };
  const unit = { series: { CM: series, POP: { values: axis.map(() => 1000), reported: axis.map(() => 1), expected: 1 } }, withheld: [] };

  it('gives the published total with completeness from the quarterly report counts', () => {
    const result = computeFigure(cm, unit, catalogue, selectionIndices({ kind: 'year', year: 2022 }, axis));
    expect(result).toEqual({ status: 'ok', figure: { value: 12, reported: 20, expected: 20 } });
  });

  it.each<[string, PeriodSelection, string, Cell | undefined]>([
    ['a quarter is not published', { kind: 'quarter', year: 2023, quarter: 1 }, 'CM', undefined],
    ['a rate on a quarter is not published either', { kind: 'quarter', year: 2023, quarter: 1 }, 'R', undefined],
    ['a rate whose numerator is hidden is hidden', { kind: 'year', year: 2023 }, 'R', SUPPRESSED],
    ['a rate on a published year is computed', { kind: 'year', year: 2024 }, 'R', 9],
  ])('%s', (_name, selection, code, expected) => {
    const result = computeFigure(catalogue.get(code)!, unit, catalogue, selectionIndices(selection, axis));
    if (expected === undefined) expect(result).toEqual({ status: 'withheld', reason: 'period' });
    else expect(result.status === 'ok' ? result.figure.value : result.status).toBe(expected);
  });
});
