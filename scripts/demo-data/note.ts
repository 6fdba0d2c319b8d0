/** The shape of a demo note (the compile's NoteRecord: difficulty, inspection or conclusion) and how its body is written. */
import type { NoteRecord } from '../compile/dataset';

export type Note = NoteRecord;

/** Paragraphs joined the way note bodies are stored. */
export function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}
