/**
 * A workbook as the check sees it, independent of the library that read it: per sheet, the cells
 * that hold something, with what kind of thing they hold (a typed number is not text that looks
 * like one, a formula is not its result).
 */

export type GridCell =
  | { t: 'number'; v: number }
  | { t: 'text'; v: string }
  | { t: 'date'; v: Date }
  | { t: 'boolean'; v: boolean }
  | { t: 'formula'; formula: string }
  | { t: 'error'; v: string };

export interface GridSheet {
  name: string;
  hidden: boolean;
  /** Address ("D12") → content; empty cells are absent. */
  cells: ReadonlyMap<string, GridCell>;
  /** Merged ranges, "A1:E1". */
  merges: readonly string[];
}

export interface Grid {
  /** xlsx: a workbook of sheets; csv: one sheet in the layout of a template's data sheet. */
  source: 'xlsx' | 'csv';
  sheets: GridSheet[];
}

/** The text of a cell as a person sees it (numbers as written, formulas and errors as nothing). */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'number':
      return String(cell.v);
    case 'text':
      return cell.v.trim();
    case 'boolean':
      return cell.v ? 'TRUE' : 'FALSE';
    default:
      return '';
  }
}

/** Row number and column letters of an address. */
export function splitAddress(address: string): { column: string; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  return m ? { column: m[1]!, row: Number(m[2]) } : { column: '', row: 0 };
}
