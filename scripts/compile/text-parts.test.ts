import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../src/domain/csv';
import { textProblems } from './check-text';
import { scanCsv, streamTable } from './csv-stream';
import type { DatasetProblem } from './dataset-error';
import { fileParts, partsOfChunks, type TextParts } from './text-parts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The bytes of `text` cut at the given byte offsets. */
const chunksAt = (text: string, cuts: number[]): Uint8Array[] => {
  const bytes = utf8(text);
  return [0, ...cuts].map((from, i) => bytes.subarray(from, cuts[i] ?? bytes.length));
};
const inParts = (...parts: string[]): TextParts => ({ parts: () => parts });
const records = (text: TextParts) => {
  const found: [number, string[]][] = [];
  scanCsv(text, (cells, line) => found.push([line, cells]));
  return found;
};

const dir = mkdtempSync(join(tmpdir(), 'text-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const onDisk = (name: string, bytes: Uint8Array | string, chunkBytes: number) => {
  writeFileSync(join(dir, name), bytes);
  return fileParts(join(dir, name), chunkBytes);
};

describe('partsOfChunks cuts decoded text at line ends', () => {
  it.each([
    // "đ" is C4 91 in UTF-8: the chunk ends between its two bytes.
    ['a character split between two chunks', 'xã,đội\n1,2\n', [5, 11], ['xã,đội\n', '1,2\n']],
    ['no line end in a chunk', 'ab\ncd\n', [1, 4], ['ab\n', 'cd\n']],
    ['several lines in one chunk', 'a\nb\nc\nd', [5], ['a\nb\n', 'c\n', 'd']],
    // "ư" (C6 B0) and "ở" (E1 BB 9F): cuts inside both.
    ['cuts inside two- and three-byte characters', 'người\nở\n', [3, 11], ['người\n', 'ở\n']],
  ])('%s', (_name, text, cuts, parts) => {
    expect([...partsOfChunks(chunksAt(text, cuts))]).toEqual(parts);
  });
});

describe('scanCsv reads text in parts as one text', () => {
  it.each<[string, string[], [number, string[]][]]>([
    [
      'a quoted field with a line end across two parts',
      ['a,b\n"x\n', 'y",2\n3,4\n'],
      [
        [1, ['a', 'b']],
        [2, ['x\ny', '2']],
        [4, ['3', '4']],
      ],
    ],
    [
      'a doubled quote cut in the middle',
      ['a\n"say "', '"hi"""\n'],
      [
        [1, ['a']],
        [2, ['say "hi"']],
      ],
    ],
    [
      'CR and LF of one line end in two parts',
      ['a,"b\r', '\nc"\r\n1,2\r\n'],
      [
        [1, ['a', 'b\r\nc']],
        [3, ['1', '2']],
      ],
    ],
    [
      'a BOM, a blank line and no final line end',
      ['\uFEFFa,b\n', '\n', '1,đ'],
      [
        [1, ['a', 'b']],
        [3, ['1', 'đ']],
      ],
    ],
  ])('%s', (_name, parts, expected) => {
    expect(records(inParts(...parts))).toEqual(expected);
  });

  it('finds the records and errors of the whole text wherever the text is cut', () => {
    const outcome = (text: string | TextParts) => {
      const found: [number, string[]][] = [];
      try {
        scanCsv(text, (cells, line) => found.push([line, cells]));
        return found;
      } catch (e) {
        if (e instanceof CsvSyntaxError) return { line: e.line, message: e.message };
        throw e;
      }
    };
    const text = fc.array(fc.constantFrom('a', ',', '"', '\n', '\r', 'ư'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.uniqueArray(fc.nat(30)), (t, cuts) => {
        const at = [0, ...cuts.filter((c) => c < t.length).sort((x, y) => x - y), t.length];
        const parts = at.slice(1).map((end, i) => t.slice(at[i], end));
        expect(outcome(inParts(...parts))).toEqual(outcome(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the line where an unclosed quote starts, as for one text', () => {
    const error = (() => {
      try {
        records(inParts('a\n1\n"x\n', 'y\n', 'z\n'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line: 3, message: 'thiếu dấu ngoặc kép đóng' });
  });
});

describe('a file read in chunks of a few bytes', () => {
  const header = 'unit,period,value\n';
  it('reports a row with the wrong number of cells at its line, past chunk boundaries', () => {
    const parts = onDisk('rows.csv', `${header}Xã Đồng Tâm,2024Q1,5\nThôn Nà Ngần,2024Q1\nThôn Bản Pục,2024Q2,7\n`, 5);
    const problems: DatasetProblem[] = [];
    const rows: [number, string][] = [];
    streamTable(
      'reports.csv',
      parts,
      ['unit', 'period'],
      problems,
      () => {},
      (cells, line) => rows.push([line, cells[0]!]),
    );
    expect(rows).toEqual([
      [2, 'Xã Đồng Tâm'],
      [4, 'Thôn Bản Pục'],
    ]);
    expect(problems).toEqual([{ file: 'reports.csv', row: 3, field: null, message: 'có 2 ô, tiêu đề có 3 cột' }]);
  });

  it.each<[string, Uint8Array | string, DatasetProblem]>([
    [
      'a control character on line 3',
      `${header}a,2024Q1,1\nb,2024Q1,\u0007\n`,
      {
        file: 'reports.csv',
        row: 3,
        field: null,
        message: 'Tệp reports.csv có ký tự điều khiển U+0007 ở dòng 3. Hãy xoá ký tự này hoặc lưu lại tệp gốc dưới dạng UTF-8.',
        wholeFile: true,
      },
    ],
    [
      'bytes of a Windows code page after the first chunk',
      Uint8Array.from([...utf8(`${header}a,2024Q1,1\n`), 0x54, 0x68, 0xf4, 0x6e, 0x0a]),
      {
        file: 'reports.csv',
        row: null,
        field: null,
        message: 'Tệp reports.csv không phải UTF-8 (có vẻ là Windows-1252). Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
        wholeFile: true,
      },
    ],
    [
      'a semicolon separator',
      'unit;period;value\na;2024Q1;1\n',
      {
        file: 'reports.csv',
        row: 1,
        field: null,
        message: 'Tệp reports.csv phân cách bằng dấu chấm phẩy (;), không phải dấu phẩy. Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
        wholeFile: true,
      },
    ],
  ])('checks the text of %s', (_name, content, problem) => {
    expect(textProblems({ 'reports.csv': onDisk('checked.csv', content, 7) })).toEqual([problem]);
  });
});
