import { describe, expect, it } from 'vitest';
import { expectedAt } from './aggregate';
import { addsUpAt, onAxis, spliceHistory, sumHistory } from './history';

describe('a series across a reorganisation', () => {
  const own = { values: [null, null, 4, 5], reported: [0, 0, 3, 2], expected: 3 };
  const past = { values: [7, 'suppressed' as const, 1, 1], reported: [5, 4, 5, 5], expected: 5 };

  it('takes the old units before the reorganisation and its own reports from it', () => {
    expect(spliceHistory(own, past, 2)).toEqual({ values: [7, 'suppressed', 4, 5], reported: [5, 4, 3, 2], expected: 3, history: { before: 2, expected: 5 } });
  });

  it('has nothing before the reorganisation, and nothing expected, without a past', () => {
    const s = spliceHistory(own, undefined, 2);
    expect(s.values).toEqual([null, null, 4, 5]);
    expect([0, 1, 2, 3].map((q) => expectedAt(s, q))).toEqual([0, 0, 3, 3]);
  });

  it('expects the old units before it and its own from it', () => {
    const s = spliceHistory(own, past, 2);
    expect([0, 1, 2, 3].map((q) => expectedAt(s, q))).toEqual([5, 5, 3, 3]);
    expect(expectedAt(own, 0)).toBe(3);
  });

  it('adds up the old units expected behind a sum, only when every part has a history from the same quarter', () => {
    const a = spliceHistory(own, past, 2);
    const b = spliceHistory(own, undefined, 2);
    expect(sumHistory([a, b, a])).toEqual({ before: 2, expected: 10 });
    expect(sumHistory([a, own])).toBeUndefined();
    expect(sumHistory([a, spliceHistory(own, past, 1)])).toBeUndefined();
    expect(sumHistory([])).toBeUndefined();
  });

  it('moves a series onto a longer axis by quarter key', () => {
    const s = { values: [1, 2], reported: [1, 1], expected: 1 };
    expect(onAxis(s, ['2025Q1', '2025Q2'], ['2024Q4', '2025Q1', '2025Q2', '2025Q3'])).toEqual({
      values: [null, 1, 2, null],
      reported: [0, 1, 1, 0],
      expected: 1,
    });
  });

  it('adds up from its children before the reorganisation only when they carry the same past', () => {
    const commune = { history: { before: 2, expected: 5 } };
    const newVillage = { history: { before: 2, expected: 0 } };
    const oldPartA = { history: { before: 2, expected: 3 } };
    const oldPartB = { history: { before: 2, expected: 2 } };
    // A new commune over new villages: its first two quarters are its old communes', not its villages'.
    expect([0, 1, 2, 3].map((q) => addsUpAt(commune, [newVillage, newVillage], q))).toEqual([false, false, true, true]);
    // A new root over new communes that carry 3 + 2 old units: every quarter adds up.
    expect([0, 1, 2, 3].map((q) => addsUpAt(commune, [oldPartA, oldPartB], q))).toEqual([true, true, true, true]);
    // A unit of the base structure has no history: every quarter adds up.
    expect(addsUpAt({}, [{}, {}], 0)).toBe(true);
  });
});
