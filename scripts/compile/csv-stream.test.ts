import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/domain/csv';
import { scanCsv, streamTable } from './csv-stream';
import type { DatasetProblem } from './dataset-error';

const scanned = (text: string) => {
  const records: { line: number; cells: string[] }[] = [];
  scanCsv(text, (cells, line) => records.push({ line, cells }));
  return records;
};

/** The records parseCsv finds, header included, or the syntax error it throws. */
const outcome = (read: () => { line: number; cells: string[] }[]) => {
  try {
    return { records: read() };
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { error: { line: e.line, message: e.message } };
    throw e;
  }
};

const reference = (text: string) => {
  const table = parseCsv(text);
  if (!table.header.length && !table.rows.length) return [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerLine = scanned(src)[0]?.line ?? 1;
  return [{ line: headerLine, cells: table.header }, ...table.rows];
};

describe('scanCsv reads like parseCsv', () => {
  it.each([
    ['plain rows', 'a,b\n1,2\n3,4\n'],
    ['CRLF, CR and a BOM', '\uFEFFa,b\r\n1,2\r3,4\r\n'],
    ['quoted commas, quotes and newlines', 'a,b\n"x, y","say ""hi""\nthere"\n5,6\n'],
    ['blank lines', 'a\n\n1\n\n'],
    ['a quote inside a field', 'a,b\nx"y,2\n'],
    ['no final newline', 'a\n1'],
  ])('%s', (_name, text) => {
    const records = scanned(text);
    records[0] = { ...records[0]!, cells: records[0]!.cells.map((c) => c.trim()) };
    expect(records).toEqual(reference(text));
  });

  it('agrees with parseCsv on any text made of CSV-significant characters', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'ư'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const ours = outcome(() => {
          const records = scanned(t);
          if (records[0]) records[0] = { ...records[0], cells: records[0].cells.map((c) => c.trim()) };
          return records;
        });
        expect(ours).toEqual(outcome(() => reference(t)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('streamTable reports like readTable', () => {
  it('lists rows with the wrong number of cells before the problems found in rows', () => {
    const problems: DatasetProblem[] = [];
    const rows: number[] = [];
    streamTable(
      'x.csv',
      'a,b\n1,2\n3\n4,5\n',
      ['a'],
      problems,
      () => {},
      (_cells, line) => {
        rows.push(line);
        problems.push({ file: 'x.csv', row: line, field: 'a', message: 'row problem' });
      },
    );
    expect(rows).toEqual([2, 4]);
    expect(problems.map((p) => p.row)).toEqual([3, 2, 4]);
  });

  it('withdraws row problems when the file turns out to be malformed', () => {
    const problems: DatasetProblem[] = [];
    const result = streamTable(
      'x.csv',
      'a\n1\n"2\n',
      ['a'],
      problems,
      () => {},
      (_cells, line) => problems.push({ file: 'x.csv', row: line, field: 'a', message: 'row problem' }),
    );
    expect(result).toBeUndefined();
    expect(problems).toEqual([{ file: 'x.csv', row: 3, field: null, message: 'lỗi cú pháp CSV: thiếu dấu ngoặc kép đóng' }]);
  });

  it('reports missing columns and a missing file', () => {
    const problems: DatasetProblem[] = [];
    expect(
      streamTable(
        'x.csv',
        'a,b\n1,2\n',
        ['a', 'c'],
        problems,
        () => {},
        () => {},
      ),
    ).toBeUndefined();
    expect(
      streamTable(
        'y.csv',
        undefined,
        ['a'],
        problems,
        () => {},
        () => {},
      ),
    ).toBeUndefined();
    expect(problems).toEqual([
      { file: 'x.csv', row: 1, field: 'c', message: 'thiếu cột bắt buộc' },
      { file: 'y.csv', row: null, field: null, message: 'thiếu tệp' },
    ]);
  });
});
