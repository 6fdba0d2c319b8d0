/** The one CSV grammar (RFC 4180) of the project, reader and writer: quoted fields, doubled quotes, CRLF, LF or CR, BOM tolerated. */

export interface CsvTable {
  header: string[];
  /** Data rows; `line` is the 1-based line number of the row in the file (header = line 1). */
  rows: { line: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): CsvTable {
  const records: { line: number; cells: string[] }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const record = readRecord(text, i, line, true)!;
    if (record.cells && !(record.cells.length === 1 && record.cells[0] === '')) records.push({ line, cells: record.cells });
    i = record.next;
    line = record.line;
  }
  const [head, ...rows] = records;
  return { header: head ? head.cells.map((h) => h.trim()) : [], rows };
}

/**
 * One record from `start` to its end (the line end after it is consumed): its cells (null when
 * the text ends without any), where the next record starts and on which line. When the text is
 * not the end of the file (`final` false), null if it ends inside the record.
 */
export function readRecord(text: string, start: number, startLine: number, final: boolean): { cells: string[] | null; next: number; line: number } | null {
  const cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = startLine;
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        // A quote that ends the part may be the first of a doubled quote.
        if (!final && i + 1 === text.length) return null;
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw new CsvSyntaxError(line, 'ký tự thừa sau dấu ngoặc kép đóng');
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      cells.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      // A CR that ends the part may be the first half of a CRLF.
      if (ch === '\r' && !final && i + 1 === text.length) return null;
      cells.push(field);
      return { cells, next: i + (ch === '\r' && text[i + 1] === '\n' ? 2 : 1), line: line + 1 };
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (!final) return null;
  if (quoted) throw new CsvSyntaxError(startLine, 'thiếu dấu ngoặc kép đóng');
  if (field !== '' || cells.length > 0) cells.push(field);
  return { cells: cells.length ? cells : null, next: i, line };
}

/** Rows as records keyed by the header's names (a missing cell is ''). */
export function csvRecords(text: string): Record<string, string>[] {
  const { header, rows } = parseCsv(text);
  return rows.map(({ cells }) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** A field, quoted when it holds a quote, a line break or the separator (',' or, for Excel in Vietnamese, ';'). */
export function csvField(value: string | number | null | undefined, separator: ',' | ';' = ','): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map((v) => csvField(v)).join(',')).join('\n') + '\n';
}
