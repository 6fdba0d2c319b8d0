/** Difficulties reported by units, inspections and their conclusions. */

import { inspectionNotes } from './notes-inspections';
import { seedCaseNotes } from './notes-seed';
import { unitDifficultyNotes } from './notes-units';
import { compareStrings } from './util';

export interface NoteRequest {
  to: string;
  text: string;
  deadline: string | null;
  done: boolean;
}

export interface Note {
  id: string;
  unit: string;
  type: 'difficulty' | 'inspection' | 'conclusion';
  date: string;
  periodFrom: string;
  periodTo: string;
  author: string;
  title: string;
  body: string;
  documentNumber?: string;
  inspection?: { body: string; head: string; members: string[]; unitsInspected: string[]; activities?: { unit: string; area: string; text: string }[] };
  requests?: NoteRequest[];
}

/** Paragraphs joined the way note bodies are stored. */
export function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}

export function buildNotes(seedVillageCode: string): Note[] {
  const notes = [...seedCaseNotes(seedVillageCode), ...unitDifficultyNotes(), ...inspectionNotes()];
  const ids = new Set<string>();
  for (const n of notes) {
    if (ids.has(n.id)) throw new Error(`duplicate note id ${n.id}`);
    ids.add(n.id);
  }
  return notes.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.id, b.id));
}
