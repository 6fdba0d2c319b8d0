/**
 * Reads a CSV text record by record without building them all (the reports and breakdowns of a
 * country run to millions of rows). Same rules and errors as parseCsv in src/domain/csv.ts:
 * BOM, CRLF/LF/CR line ends, quoted fields with doubled quotes and newlines, blank lines
 * skipped, header cells trimmed. Lines without quotes take a fast path (split on commas); the
 * others are read by the grammar's own readRecord.
 */
import { CsvSyntaxError, readRecord } from '../../src/domain/csv';
import type { DatasetProblem } from './dataset-error';
import type { FileText } from './text-parts';

export type RecordVisitor = (cells: string[], line: number) => void;

const CR = 13;
/** A record carried from part to part longer than this is an unclosed quote (csv-stream only reads the parts of a file). */
const MAX_CARRIED = 1 << 24;

/** Calls `visit` for every non-blank record, the header first. Throws CsvSyntaxError. */
export function scanCsv(text: FileText, visit: RecordVisitor): void {
  if (typeof text === 'string') {
    scanText(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, 1, true, visit);
    return;
  }
  // A record that does not end in its part (quotes around a line end) is read again with the next part.
  let carry = '';
  let line = 1;
  let first = true;
  for (const part of text.parts()) {
    const joined = carry + part;
    const at = scanText(joined, first && joined.charCodeAt(0) === 0xfeff ? 1 : 0, line, false, visit);
    first = false;
    carry = joined.slice(at.next);
    line = at.line;
    if (carry.length > MAX_CARRIED) throw new CsvSyntaxError(line, 'thiếu dấu ngoặc kép đóng');
  }
  if (carry) scanText(carry, 0, line, true, visit);
}

/**
 * Reads the records of `text` from `start`. When the text is not the end of the file (`final`
 * false), a last record without a line end is left unread: the position and line it starts at are
 * returned.
 */
function scanText(text: string, start: number, startLine: number, final: boolean, visit: RecordVisitor): { next: number; line: number } {
  const n = text.length;
  let i = start;
  let line = startLine;
  let nextQuote = -2;
  let nextCr = -2;
  while (i < n) {
    if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
    if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf('\r', i);
    let end = text.indexOf('\n', i);
    if (end < 0) {
      if (!final) break;
      end = n;
    }
    const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    const plain = (nextQuote === -1 || nextQuote >= stop) && (nextCr === -1 || nextCr >= stop);
    if (plain) {
      const cells = text.slice(i, stop).split(',');
      if (!(cells.length === 1 && cells[0] === '')) visit(cells, line);
      i = end + 1;
      line++;
      continue;
    }
    const record = readRecord(text, i, line, final);
    if (!record) break;
    if (record.cells && !(record.cells.length === 1 && record.cells[0] === '')) visit(record.cells, line);
    i = record.next;
    line = record.line;
  }
  return { next: Math.min(i, n), line };
}

export interface StreamedHeader {
  header: string[];
  /** Column name → cell index. */
  position: Map<string, number>;
}

/**
 * Like readTable (csv-table.ts), streaming: checks the file exists, parses, checks the required
 * columns, and reports rows with the wrong number of cells (those problems first, as readTable
 * does). `onHeader` runs once, then `onRow` per good row with untrimmed cells. On a syntax error
 * every problem found in this file so far is withdrawn and only the syntax error is reported.
 */
export function streamTable(
  file: string,
  text: FileText | undefined,
  required: readonly string[],
  problems: DatasetProblem[],
  onHeader: (header: StreamedHeader) => void,
  onRow: (cells: string[], line: number) => void,
): StreamedHeader | undefined {
  if (text === undefined) {
    problems.push({ file, row: null, field: null, message: 'thiếu tệp' });
    return undefined;
  }
  const start = problems.length;
  const shapeProblems: DatasetProblem[] = [];
  let table: StreamedHeader | undefined;
  let missing: string[] = [];
  try {
    scanCsv(text, (cells, line) => {
      if (!table) {
        const header = cells.map((h) => h.trim());
        table = { header, position: new Map(header.map((h, i) => [h, i])) };
        missing = required.filter((c) => !header.includes(c));
        if (!missing.length) onHeader(table);
        return;
      }
      if (missing.length) return;
      if (cells.length !== table.header.length) {
        shapeProblems.push({ file, row: line, field: null, message: `có ${cells.length} ô, tiêu đề có ${table.header.length} cột` });
        return;
      }
      onRow(cells, line);
    });
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    problems.length = start;
    problems.push({ file, row: e.line, field: null, message: `lỗi cú pháp CSV: ${e.message}` });
    return undefined;
  }
  if (!table || missing.length) {
    problems.push({ file, row: 1, field: (table ? missing : required).join(', '), message: 'thiếu cột bắt buộc' });
    return undefined;
  }
  if (shapeProblems.length) {
    const rowProblems = problems.splice(start);
    for (const p of shapeProblems) problems.push(p);
    for (const p of rowProblems) problems.push(p);
  }
  return table;
}
