/** Reading CSV files of a dataset into located records, collecting problems instead of throwing. */
import { CsvSyntaxError, parseCsv } from '../../src/domain/csv';
import { plainCount, readCountText, type CountFault } from '../../src/domain/count-value';
import type { DatasetProblem } from './dataset-error';

export interface LocatedRow {
  line: number;
  get(column: string): string;
  cells: string[];
}

export interface LocatedTable {
  file: string;
  header: string[];
  rows: LocatedRow[];
}

export function readTable(file: string, text: string | undefined, required: readonly string[], problems: DatasetProblem[]): LocatedTable | undefined {
  if (text === undefined) {
    problems.push({ file, row: null, field: null, message: 'thiếu tệp' });
    return undefined;
  }
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      problems.push({ file, row: e.line, field: null, message: `lỗi cú pháp CSV: ${e.message}` });
      return undefined;
    }
    throw e;
  }
  const missing = required.filter((c) => !parsed.header.includes(c));
  if (missing.length) {
    problems.push({ file, row: 1, field: missing.join(', '), message: 'thiếu cột bắt buộc' });
    return undefined;
  }
  const position = new Map(parsed.header.map((h, i) => [h, i]));
  const rows: LocatedRow[] = [];
  for (const row of parsed.rows) {
    if (row.cells.length !== parsed.header.length) {
      problems.push({ file, row: row.line, field: null, message: `có ${row.cells.length} ô, tiêu đề có ${parsed.header.length} cột` });
      continue;
    }
    rows.push({ line: row.line, cells: row.cells, get: (c) => (row.cells[position.get(c) ?? -1] ?? '').trim() });
  }
  return { file, header: parsed.header, rows };
}

/**
 * A non-negative number from a cell. Empty → null (not reported). Reports a malformed or negative
 * number, or a fraction where a whole count is required, naming the file, row and field, and
 * returns undefined. Called for every cell of the large files, so it allocates nothing for a good one.
 */
export function readCount(text: string, file: string, row: number, field: string, problems: DatasetProblem[], integer: boolean): number | null | undefined {
  if (text === '') return null;
  const plain = plainCount(text);
  if (plain !== undefined) return plain;
  const read = readCountText(text, { integer });
  if ('value' in read) return read.value;
  const messages: Record<CountFault, string> = {
    format: `"${text.slice(0, 40)}" không phải số hợp lệ (dùng dấu chấm thập phân, không dùng dấu phân cách hàng nghìn)`,
    'too-large': `số quá lớn (${text.slice(0, 20)}…)`,
    negative: `số âm (${text}) không hợp lệ`,
    fraction: `${text} phải là số nguyên`,
  };
  problems.push({ file, row, field, message: messages[read.fault] });
  return undefined;
}
