import { describe, expect, it } from 'vitest';
import { conclusionFor, difficultiesFor, filterNotes, inspectionFor, parseNoteType, type NoteLike } from './notes';
import type { PeriodSelection } from './periods';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const note = (id: string, type: NoteLike['type'], date: string, periodFrom: string, periodTo: string, extra: Partial<NoteLike> = {}): NoteLike => ({
  id,
  unit: '058',
  type,
  date,
  periodFrom,
  periodTo,
  ...extra,
});

const NOTES: NoteLike[] = [
  note('d2', 'difficulty', '2023-11-30', '2023-06', '2023-11'),
  note('k1', 'inspection', '2023-05-11', '2022-01', '2023-05', { inspection: { unitsInspected: ['058', '01846', '01846.14'] } }),
  note('c1', 'conclusion', '2023-05-15', '2022-01', '2023-05'),
  note('d1', 'difficulty', '2023-05-05', '2022-01', '2023-05'),
  note('x1', 'difficulty', '2022-09-30', '2022-01', '2022-09', { unit: '066' }),
];
const SEED: PeriodSelection = { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } };

describe('notes in time order, filtered', () => {
  it('puts every note in date order', () => {
    expect(filterNotes(NOTES, { type: 'all', period: null }).map((n) => n.id)).toEqual(['x1', 'd1', 'k1', 'c1', 'd2']);
  });

  it('filters by type and by the months a note is about', () => {
    expect(filterNotes(NOTES, { type: 'difficulty', period: SEED }).map((n) => n.id)).toEqual(['x1', 'd1']);
    expect(filterNotes(NOTES, { type: 'all', period: { kind: 'year', year: 2023 } }).map((n) => n.id)).toEqual(['d1', 'k1', 'c1', 'd2']);
  });

  it('reads the type filter from the URL, anything unknown meaning all', () => {
    expect(parseNoteType('inspection')).toBe('inspection');
    expect(parseNoteType('<b>')).toBe('all');
    expect(parseNoteType(undefined)).toBe('all');
  });
});

describe('the inspection and conclusion behind a report', () => {
  it('finds the inspection for the inspected unit and for a unit it visited', () => {
    expect(inspectionFor(NOTES, '058', SEED)?.id).toBe('k1');
    expect(inspectionFor(NOTES, '01846.14', SEED)?.id).toBe('k1');
    expect(inspectionFor(NOTES, '058', { kind: 'year', year: 2024 })).toBeNull();
  });

  it('finds the conclusion issued after it for the same period', () => {
    expect(conclusionFor(NOTES, NOTES[1]!)?.id).toBe('c1');
    expect(conclusionFor([note('c0', 'conclusion', '2023-05-01', '2022-01', '2023-05')], NOTES[1]!)).toBeNull();
  });

  it('takes the difficulties written by the notice date about the period', () => {
    expect(difficultiesFor(NOTES, SEED, '2023-05-15').map((n) => n.id)).toEqual(['x1', 'd1']);
    expect(difficultiesFor(NOTES, { kind: 'phase', phase: PHASE_2021_2025 }, '2023-05-15').map((n) => n.id)).toEqual(['x1', 'd1']);
  });
});
