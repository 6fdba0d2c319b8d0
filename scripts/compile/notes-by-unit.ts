/**
 * Which notes each unit's notes document carries: a note belongs to its unit and every unit above
 * it. An inspection also belongs to the units it visited (and the units above them), and so does the
 * conclusion that closed it, so a ward or residential group visited by an inspection of its city
 * finds that inspection and its conclusion on its own pages and report.
 */
import type { Notes } from '../../src/api/contract';
import { ancestryPath, type UnitIndex } from '../../src/domain/units';
import type { NoteRecord } from './dataset';

const byDate = (a: NoteRecord, b: NoteRecord) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** The inspection a conclusion closes: same unit and period, the latest on or before the conclusion. */
function inspectionClosedBy(conclusion: NoteRecord, notes: readonly NoteRecord[]): NoteRecord | undefined {
  return notes
    .filter(
      (n) =>
        n.type === 'inspection' &&
        n.unit === conclusion.unit &&
        n.periodFrom === conclusion.periodFrom &&
        n.periodTo === conclusion.periodTo &&
        n.date <= conclusion.date,
    )
    .sort(byDate)
    .at(-1);
}

export function notesByUnit(notes: readonly NoteRecord[], index: UnitIndex): Map<string, Notes['notes']> {
  const out = new Map<string, Notes['notes']>();
  const units = (note: NoteRecord): Set<string> => {
    const visited = note.type === 'conclusion' ? inspectionClosedBy(note, notes)?.inspection?.unitsInspected : note.inspection?.unitsInspected;
    return new Set([note.unit, ...(visited ?? [])].flatMap((code) => ancestryPath(index, code)));
  };
  for (const note of [...notes].sort(byDate)) {
    const unitName = index.byCode.get(note.unit)?.name ?? note.unit;
    const visited = note.inspection?.unitsInspected ?? [];
    const unitNames = visited.length ? { unitNames: Object.fromEntries(visited.map((code) => [code, index.byCode.get(code)?.name ?? code])) } : {};
    for (const code of units(note)) {
      const list = out.get(code) ?? [];
      list.push({ ...note, unitName, ...unitNames });
      out.set(code, list);
    }
  }
  return out;
}
