/**
 * Reads a free-text cell of a filled template with the dataset's own text rules
 * (`text-checks.ts`, as the compile applies them to notes.json): printable text, not a formula,
 * not a pasted document.
 */
import type { LocalText } from '../indicators';
import { findUnprintable } from '../text-checks';
import type { GridCell } from './grid';
import { MAX_TEXT_CHARS } from './sheet-geometry';
import { say } from './problems';

/** null: empty; a string: the text as typed (trimmed, line breaks kept); a message: what is wrong. */
export function readText(cell: GridCell | undefined): string | null | { problem: LocalText } {
  if (!cell) return null;
  switch (cell.t) {
    case 'formula':
      return { problem: say.formulaInText(cell.formula) };
    case 'error':
      return { problem: say.errorInText(cell.v) };
    case 'date':
      return { problem: say.dateCell() };
    case 'number':
    case 'boolean':
      return String(cell.v);
    case 'text': {
      const text = cell.v.replace(/\r\n?/g, '\n').trim();
      if (text === '') return null;
      const bad = findUnprintable(text);
      if (bad) return { problem: say.unprintableText(bad.codePoint, bad.line, bad.more) };
      if (text.length > MAX_TEXT_CHARS) return { problem: say.textTooLong(text.length, MAX_TEXT_CHARS) };
      return text;
    }
  }
}
