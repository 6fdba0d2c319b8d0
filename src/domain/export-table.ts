/**
 * A table ready for export (CSV, XLSX): translated headers, typed cells, a header block that says
 * what the figures are. Text cells that a spreadsheet could run as a formula are neutralised.
 */

/** How a column's numbers are written: plain numbers with decimals, or percentages of a ratio. */
export type ExportFormat = { kind: 'text' } | { kind: 'number'; decimals: number } | { kind: 'percent'; decimals: number };

export interface ExportColumn {
  header: string;
  format: ExportFormat;
}

/** A number in the column's unit (a ratio for percent columns), a text, or empty. */
export type ExportCell = number | string | null;

export interface ExportTable {
  /** First line of the header block (program name). */
  title: string;
  /** Header block lines: unit, indicators, period in words, data date, source, filter. */
  info: { label: string; value: string }[];
  sheetName: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** The totals row (the parent unit), written after the rows. */
  totals: ExportCell[] | null;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** "=1+1" → "'=1+1": a text that starts like a formula is never run by a spreadsheet. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Round for writing as plain text: no float noise ("0.30000000000000004"), no exponent for ordinary values. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function safeSheetName(name: string): string {
  const cleaned = [...name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ')]
    .filter((ch) => ch >= ' ')
    .join('')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const short = [...cleaned].slice(0, 31).join('').trim();
  return short && short.toLowerCase() !== 'history' ? short : 'Sheet1';
}
