/**
 * How a table fits a slide's body: the largest readable type size at which every row fits, with
 * column widths from what the columns hold and row heights from the lines each row wraps to; when
 * even the smallest size overflows, the rows are split over pages (continuation slides) at a
 * readable size. Sizes in points, lengths in inches; text widths are estimated (Arial averages
 * about half an em per character, Vietnamese diacritics included), with a margin for error.
 */

export interface SlideTableInput {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** The box the table must stay inside (inches). */
  width: number;
  height: number;
}

export interface SlideTableLayout {
  fontSize: number;
  columnWidths: number[];
  headerHeight: number;
  /** Height of every row (inches), in row order. */
  rowHeights: number[];
  /** Row indices on each page; one page when everything fits. */
  pages: number[][];
}

/** Type sizes tried, largest first; the last is the size pages are split at. */
export const TABLE_SIZES = [14, 12, 11] as const;
const LINE_HEIGHT = 1.2;
/** Cell margin on each side (inches). */
export const CELL_MARGIN = 0.05;
/** Average character width as a share of the type size. */
const CHAR_EM = 0.5;
/** Estimated widths run a little short on capitals and wide letters: keep this share in reserve. */
const SAFETY = 0.9;

const charsPerLine = (width: number, fontSize: number) => Math.max(1, Math.floor(((width - 2 * CELL_MARGIN) * 72 * SAFETY) / (fontSize * CHAR_EM)));

/** Lines a text wraps to in a column of `chars` characters (greedy by words; a word longer than a line is cut). */
export function wrappedLines(text: string, chars: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = [...word].length;
      if (used === 0) {
        count += Math.ceil(len / chars) - 1;
        used = len % chars || chars;
      } else if (used + 1 + len <= chars) used += 1 + len;
      else {
        count += Math.ceil(len / chars);
        used = len % chars || chars;
      }
    }
    lines += count;
  }
  return lines;
}

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => [...w].length));
const longestLine = (text: string) => Math.max(0, ...text.split('\n').map((l) => [...l].length));

/**
 * Column widths: every column gets room for its longest word (so "STT" or a number never breaks),
 * the rest is shared in proportion to how much more the column would need to keep its longest
 * cell on one line. Widths are in inches and add up to `width`.
 */
export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], width: number, fontSize: number): number[] {
  const charIn = (fontSize * CHAR_EM) / 72 / SAFETY;
  const cols = header.map((h, i) => [h, ...rows.map((r) => r[i] ?? '')]);
  const minimal = cols.map((c) => Math.max(...c.map(longestWord)) * charIn + 2 * CELL_MARGIN);
  const natural = cols.map((c, i) => Math.max(minimal[i]!, Math.max(...c.map(longestLine)) * charIn + 2 * CELL_MARGIN));
  const minSum = minimal.reduce((a, b) => a + b, 0);
  if (minSum >= width) return minimal.map((m) => (m / minSum) * width);
  const natSum = natural.reduce((a, b) => a + b, 0);
  if (natSum <= width) return natural.map((n) => n + (width - natSum) / natural.length);
  const extra = natural.map((n, i) => n - minimal[i]!);
  const extraSum = extra.reduce((a, b) => a + b, 0);
  return minimal.map((m, i) => m + ((width - minSum) * extra[i]!) / extraSum);
}

const rowHeight = (cells: readonly string[], widths: readonly number[], fontSize: number) =>
  Math.max(1, ...cells.map((c, i) => wrappedLines(c, charsPerLine(widths[i] ?? 1, fontSize)))) * ((fontSize * LINE_HEIGHT) / 72) + 2 * CELL_MARGIN;

function measure(input: SlideTableInput, fontSize: number) {
  const widths = columnWidths(input.header, input.rows, input.width, fontSize);
  return { widths, header: rowHeight(input.header, widths, fontSize), rows: input.rows.map((r) => rowHeight(r, widths, fontSize)) };
}

export function layoutSlideTable(input: SlideTableInput): SlideTableLayout {
  const all = input.rows.map((_, i) => i);
  for (const fontSize of TABLE_SIZES) {
    const m = measure(input, fontSize);
    if (m.header + m.rows.reduce((a, b) => a + b, 0) <= input.height)
      return { fontSize, columnWidths: m.widths, headerHeight: m.header, rowHeights: m.rows, pages: [all] };
  }
  const fontSize = TABLE_SIZES[TABLE_SIZES.length - 1]!;
  const m = measure(input, fontSize);
  const pages: number[][] = [];
  let page: number[] = [];
  let used = m.header;
  m.rows.forEach((h, i) => {
    if (page.length > 0 && used + h > input.height) {
      pages.push(page);
      page = [];
      used = m.header;
    }
    page.push(i);
    used += h;
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return { fontSize, columnWidths: m.widths, headerHeight: m.header, rowHeights: m.rows, pages };
}
