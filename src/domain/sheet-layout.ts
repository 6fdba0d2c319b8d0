/**
 * How an exported sheet prints and shows wrapped text: A4 (paper size 9), landscape when the
 * columns are wider than portrait holds, fitted to one page wide, titles repeated on every page,
 * and row heights set from the lines a wrapped cell needs (LibreOffice does not grow them).
 * Column widths are in characters, heights in points.
 */

/** Points per line of 11 pt text; a column of width w (characters) holds about w − 2 characters a line. */
const LINE_PT = 15;

/** Height (points) of a row whose cells wrap in their columns: the tallest cell's lines. */
export function wrappedHeight(cells: readonly (readonly [string, number])[]): number {
  const lines = Math.max(1, ...cells.map(([text, width]) => Math.ceil([...text].length / Math.max(1, width - 2))));
  return lines * LINE_PT;
}

/** Columns wider than portrait A4 holds (≈ 90 character widths between margins) print in landscape. */
const PORTRAIT_CHARS = 90;

/** A4, landscape when wide, one page wide, the header row and the unit column on every page. */
export function pageSetup(widths: readonly number[], headerRow: number, unitColumn = true) {
  const total = widths.reduce((a, b) => a + b, 0);
  return {
    paperSize: 9,
    orientation: total > PORTRAIT_CHARS ? ('landscape' as const) : ('portrait' as const),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
    ...(unitColumn ? { printTitlesColumn: 'A:A' } : {}),
  };
}

interface FontCell {
  font: { name?: string; size?: number } | undefined;
}
interface FontSheet {
  eachRow(callback: (row: { eachCell(callback: (cell: FontCell) => void): void }) => void): void;
}

/**
 * Gives every written cell a named font at 11 pt unless it has its own: a font without a name (or
 * the library's default Calibri, which LibreOffice lacks) prints in the office suite's fallback font.
 */
export function nameFonts(sheet: FontSheet, name: string): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      cell.font = { ...cell.font, name, size: cell.font?.size ?? 11 };
    }),
  );
}
