import { describe, expect, it } from 'vitest';
import { deckConclusions, deckDifficulties, excerpt } from './deck-notes';
import type { NoteLike } from './notes';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const note = (id: string, unit: string, type: NoteLike['type'], date: string, from: string, to: string, inspected?: string[]): NoteLike => ({
  id,
  unit,
  type,
  date,
  periodFrom: from,
  periodTo: to,
  ...(inspected ? { inspection: { unitsInspected: inspected } } : {}),
});

const CITY = [
  note('d1', '058', 'difficulty', '2023-05-05', '2022-01', '2023-05'),
  note('i1', '058', 'inspection', '2023-05-11', '2022-01', '2023-05', ['058', '01846', '01846.14']),
  note('c1', '058', 'conclusion', '2023-05-15', '2022-01', '2023-05'),
  note('d2', '058', 'difficulty', '2023-11-30', '2023-06', '2023-11'),
  note('c0', '058', 'conclusion', '2022-12-01', '2022-01', '2022-06'),
];

describe('notes on the slides', () => {
  it('shows the newest difficulties of the period first and counts the rest', () => {
    expect(deckDifficulties(CITY, { kind: 'phase', phase: PHASE_2021_2025 }, 1)).toEqual({ items: [CITY[3]], more: 1 });
    expect(deckDifficulties(CITY, { kind: 'year', year: 2022 }).items.map((n) => n.id)).toEqual(['d1']);
    expect(deckDifficulties(CITY, { kind: 'year', year: 2021 })).toEqual({ items: [], more: 0 });
  });

  it('finds the city’s conclusion for the ward it visited, and not for a ward it did not', () => {
    const period = { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } } as const;
    expect(deckConclusions([], CITY, '01846', period).map((n) => n.id)).toEqual(['c1']);
    expect(deckConclusions([], CITY, '01858', period)).toEqual([]);
    // The city's own conclusions, newest first, within the period.
    expect(deckConclusions(CITY, [], '058', { kind: 'phase', phase: PHASE_2021_2025 }).map((n) => n.id)).toEqual(['c1', 'c0']);
    expect(deckConclusions(CITY, [], '058', { kind: 'year', year: 2024 })).toEqual([]);
  });

  it.each([
    ['short text stays', 'Kinh phí hạn chế.', 40, 'Kinh phí hạn chế.'],
    ['spaces and line breaks fold', 'Thứ nhất,\n\n  kinh phí', 40, 'Thứ nhất, kinh phí'],
    ['long text is cut at a word', 'Dự án 8 triển khai trên địa bàn thành phố muộn hơn so với các huyện', 30, 'Dự án 8 triển khai trên địa…'],
    ['one long word is cut anyway', 'A'.repeat(50), 10, `${'A'.repeat(10)}…`],
  ])('%s', (_, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});
