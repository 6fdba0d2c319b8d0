/** Reads one input cell of a filled template as a reported number, or says what is wrong with it. */
import { readCountText } from '../count-value';
import type { LocalText } from '../indicators';
import type { GridCell } from './grid';
import { say } from './problems';

const NUMBER_LIKE_RE = /^[-+]?[\d.,\s]*\d[\d.,\s]*$/;
const DATE_LIKE_RE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

/** null: empty, not reported; a number: reported; a message: what is wrong. */
export function readInput(cell: GridCell | undefined, decimals: boolean): number | null | { problem: LocalText } {
  if (!cell) return null;
  switch (cell.t) {
    case 'number': {
      const text = String(cell.v);
      const read = readCountText(text, { integer: !decimals });
      return 'value' in read ? read.value : { problem: say.countFault(read.fault, text, decimals) };
    }
    case 'text': {
      const text = cell.v.trim();
      if (text === '') return null;
      if (DATE_LIKE_RE.test(text)) return { problem: say.dateAsText(text) };
      if (NUMBER_LIKE_RE.test(text)) return { problem: say.numberAsText(text) };
      return { problem: say.notNumber(text) };
    }
    case 'formula':
      return { problem: say.formulaInInput(cell.formula) };
    case 'date':
      return { problem: say.dateCell() };
    case 'boolean':
      return { problem: say.notNumber(cell.v ? 'TRUE' : 'FALSE') };
    case 'error':
      return { problem: say.notNumber(cell.v) };
  }
}
