/** A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, CRLF or LF, BOM tolerated. */

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
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, 'ký tự thừa sau dấu ngoặc kép đóng');
        }
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
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'thiếu dấu ngoặc kép đóng');
  if (field !== '' || cells.length > 0) endRecord();
  const [head, ...rows] = records;
  return { header: head ? head.cells.map((h) => h.trim()) : [], rows };
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
