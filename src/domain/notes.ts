/**
 * Notes of a unit (difficulties it reported, inspections, conclusions): time order, filters by
 * type and period, and the inspection and conclusion that belong to a report.
 */
import { compareCodes } from './code-order';
import type { PeriodSelection } from './periods';
import { overlapsSelection } from './report/period-scope';

export const NOTE_TYPES = ['difficulty', 'inspection', 'conclusion'] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

export interface NoteLike {
  id: string;
  unit: string;
  type: NoteType;
  /** ISO date the note was written. */
  date: string;
  /** YYYY-MM: the months the note is about. */
  periodFrom: string;
  periodTo: string;
  inspection?: { unitsInspected: readonly string[] } | undefined;
}

export interface NoteFilter {
  type: NoteType | 'all';
  /** Only notes about months of this period; null = every period. */
  period: PeriodSelection | null;
}

/** Oldest first; same-day notes by id, so the order never depends on the server's. */
export const byDate = <N extends NoteLike>(a: N, b: N): number => (a.date === b.date ? compareCodes(a.id, b.id) : a.date < b.date ? -1 : 1);

export function filterNotes<N extends NoteLike>(notes: readonly N[], filter: NoteFilter): N[] {
  return notes
    .filter((n) => filter.type === 'all' || n.type === filter.type)
    .filter((n) => !filter.period || overlapsSelection(n.periodFrom, n.periodTo, filter.period))
    .sort(byDate);
}

/** Parses the note-type filter from the URL; anything unknown means all types. */
export function parseNoteType(value: string | undefined): NoteType | 'all' {
  return (NOTE_TYPES as readonly string[]).includes(value ?? '') ? (value as NoteType) : 'all';
}

const concerns = (note: NoteLike, unit: string): boolean => note.unit === unit || (note.inspection?.unitsInspected.includes(unit) ?? false);

/** The latest inspection of the unit (as the inspected unit or one of the units visited) about months of the period. */
export function inspectionFor<N extends NoteLike>(notes: readonly N[], unit: string, period: PeriodSelection): N | null {
  const found = notes.filter((n) => n.type === 'inspection' && concerns(n, unit) && overlapsSelection(n.periodFrom, n.periodTo, period)).sort(byDate);
  return found[found.length - 1] ?? null;
}

/** The conclusion issued after an inspection: same unit and period, on or after the inspection date. */
export function conclusionFor<N extends NoteLike>(notes: readonly N[], inspection: NoteLike): N | null {
  const found = notes
    .filter((n) => n.type === 'conclusion' && n.unit === inspection.unit && n.date >= inspection.date)
    .filter((n) => n.periodFrom === inspection.periodFrom && n.periodTo === inspection.periodTo)
    .sort(byDate);
  return found[0] ?? null;
}

/** Difficulties reported about months of the period, written on or before `until`. */
export function difficultiesFor<N extends NoteLike>(notes: readonly N[], period: PeriodSelection, until: string): N[] {
  return filterNotes(notes, { type: 'difficulty', period }).filter((n) => n.date <= until);
}
