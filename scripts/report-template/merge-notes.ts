/**
 * Merges the difficulties written in checked sheet reports into notes.json: one "difficulty" note
 * per unit and quarter, with a stable id, replacing the note an earlier report of that unit and
 * quarter left (a report replaces everything its unit said for the quarter, text included).
 */
import { quarterEndDate, quarterOrdinal, quarterStartDate } from '../../src/domain/periods';
import type { SheetReport } from '../../src/domain/report-template/check-sheet';
import { DIFFICULTY } from '../../src/domain/report-template/sheet-geometry';
import type { CellChange } from './merge-reports';
import { periodLabel } from './plan-templates';

interface NoteEntry {
  id: string;
  unit: string;
  body?: string;
  [field: string]: unknown;
}

export interface NotesMerge {
  /** The new notes.json, or undefined when nothing changes. */
  text: string | undefined;
  changes: CellChange[];
  /** The reports whose unit and quarter already had a difficulty note. */
  existing: SheetReport[];
  /** notes.json entry (1-based) → the report written there. */
  lines: Map<number, SheetReport>;
}

export const difficultyNoteId = (unit: string, period: string) => `${unit}-${period.toLowerCase()}-kho-khan`;

function noteOf(report: SheetReport & { difficulty: NonNullable<SheetReport['difficulty']> }, author: string): NoteEntry {
  const ordinal = quarterOrdinal(report.period);
  return {
    id: difficultyNoteId(report.unit, report.period),
    unit: report.unit,
    type: 'difficulty',
    date: quarterEndDate(ordinal),
    periodFrom: quarterStartDate(ordinal).slice(0, 7),
    periodTo: quarterEndDate(ordinal).slice(0, 7),
    author,
    title: `${DIFFICULTY.label} – ${periodLabel(report.period)}`,
    body: report.difficulty.text,
  };
}

export function mergeNotes(notesText: string, incoming: readonly SheetReport[], unitName: (code: string) => string): NotesMerge {
  const notes = JSON.parse(notesText) as NoteEntry[];
  const byId = new Map(notes.map((n, i) => [n.id, i]));
  const changes: CellChange[] = [];
  const existing: SheetReport[] = [];
  const removed = new Set<number>();
  const added: { note: NoteEntry; report: SheetReport }[] = [];
  for (const report of incoming) {
    const id = difficultyNoteId(report.unit, report.period);
    const at = byId.get(id);
    const before = at === undefined ? '' : (notes[at]!.body ?? '');
    if (at !== undefined) {
      existing.push(report);
      removed.add(at);
    }
    const after = report.difficulty?.text ?? '';
    if (report.difficulty) added.push({ note: noteOf({ ...report, difficulty: report.difficulty }, unitName(report.unit)), report });
    if (before !== after) changes.push({ unit: report.unit, period: report.period, field: DIFFICULTY.key, before, after });
  }
  if (!changes.length) return { text: undefined, changes, existing, lines: new Map() };
  const kept = notes.filter((_, i) => !removed.has(i));
  const lines = new Map(added.map((a, i) => [kept.length + i + 1, a.report]));
  return { text: `${JSON.stringify([...kept, ...added.map((a) => a.note)], null, 2)}\n`, changes, existing, lines };
}
