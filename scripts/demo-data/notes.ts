/** Difficulties reported by units, inspections and their conclusions. */

import { inspectionNotes } from './notes-inspections';
import { seedCaseNotes } from './notes-seed';
import { unitDifficultyNotes } from './notes-units';
import { compareStrings } from './util';
import type { Note } from './note';

export function buildNotes(seedVillageCode: string): Note[] {
  const notes = [...seedCaseNotes(seedVillageCode), ...unitDifficultyNotes(), ...inspectionNotes()];
  const ids = new Set<string>();
  for (const n of notes) {
    if (ids.has(n.id)) throw new Error(`duplicate note id ${n.id}`);
    ids.add(n.id);
  }
  return notes.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.id, b.id));
}
