import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain rows',
      'a,b\n1,2\n3,4\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['CRLF line ends and a BOM', '\uFEFFa,b\r\n1,2\r\n', [['1', '2']]],
    ['quoted commas, quotes and newlines', 'a,b\n"x, y","say ""hi""\nthere"\n', [['x, y', 'say "hi"\nthere']]],
    ['empty cells', 'a,b,c\n,,\n', [['', '', '']]],
    ['no final newline', 'a\n1', [['1']]],
    ['Vietnamese text', 'tên\nPhường Huyền Tụng\n', [['Phường Huyền Tụng']]],
  ])('reads %s', (_name, text, rows) => {
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual(rows);
  });

  it('gives the file line of each row, counting quoted newlines', () => {
    const table = parseCsv('a,b\n"1\n2",x\n3,y\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it.each([
    ['an unclosed quote', 'a\n"open\n'],
    ['text after a closing quote', 'a\n"x"y\n'],
  ])('rejects %s', (_name, text) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
  });

  it('writes what it reads', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, "y"', 2],
        [null, 'z\nw'],
      ],
    );
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual([
      ['x, "y"', '2'],
      ['', 'z\nw'],
    ]);
  });
});
