/** The shape of a demo note (difficulty, inspection or conclusion) and how its body is written. */

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
