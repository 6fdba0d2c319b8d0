import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { BOM, toExportCsv } from './export-csv';
import type { ExportTable } from './export-table';

const table: Pick<ExportTable, 'columns' | 'rows' | 'totals'> = {
  columns: [
    { header: 'Đơn vị', format: { kind: 'text' } },
    { header: 'P8.1.4 Hội nghị – Thực hiện (hội nghị)', format: { kind: 'number', decimals: 0 } },
    { header: 'P8.C.2 Tỷ lệ – Thực hiện (%)', format: { kind: 'percent', decimals: 1 } },
    { header: 'P8.1.4 Hội nghị – Đạt (%)', format: { kind: 'percent', decimals: 1 } },
  ],
  rows: [
    ['Phường Huyền Tụng', 1234567, 0.8529411, 2.31],
    ['=HYPERLINK("http://x","bấm")', 'chưa báo cáo', 'x', null],
    ['+84 Xã "Cộng", Hòa', 0.1 + 0.2, -0.5, 1.155],
    ['-Trừ', '@SUM(A1)', '\tTab', '\rCR'],
  ],
  totals: ['Tổng cộng: Thành phố Bắc Kạn', 99, 1, 1],
};

describe('CSV export', () => {
  const csv = toExportCsv(table);

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(7); // header, 4 rows, totals, trailing empty
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes plain numbers: no thousands separator, "." decimal, percentages × 100, displayed precision', () => {
    const { header, rows } = parseCsv(csv);
    expect(header).toEqual(table.columns.map((c) => c.header));
    expect(rows[0]!.cells).toEqual(['Phường Huyền Tụng', '1234567', '85.3', '231']);
    expect(rows[2]!.cells.slice(1)).toEqual(['0', '-50', '115.5']);
  });

  it('keeps "x" and "chưa báo cáo" as text and empty cells empty', () => {
    expect(parseCsv(csv).rows[1]!.cells.slice(1)).toEqual(['chưa báo cáo', 'x', '']);
  });

  it.each([
    [1, 0, `'=HYPERLINK("http://x","bấm")`],
    [2, 0, `'+84 Xã "Cộng", Hòa`],
    [3, 0, `'-Trừ`],
    [3, 1, `'@SUM(A1)`],
    [3, 2, `'\tTab`],
    [3, 3, `'\rCR`],
  ])('neutralises the formula-like text in row %i, column %i', (row, col, expected) => {
    expect(parseCsv(csv).rows[row]!.cells[col]).toBe(expected);
  });

  it('does not neutralise negative numbers', () => {
    expect(parseCsv(csv).rows[2]!.cells[2]).toBe('-50');
  });

  it('ends with the totals row', () => {
    const { rows } = parseCsv(csv);
    expect(rows[rows.length - 1]!.cells).toEqual(['Tổng cộng: Thành phố Bắc Kạn', '99', '100', '100']);
  });
});

describe('CSV for Excel with Vietnamese regional settings', () => {
  const csv = toExportCsv(table, 'excel-vi');
  const lines = csv.slice(1).split('\r\n');

  it('separates fields with ";" and writes the decimal comma', () => {
    expect(lines[0]).toBe('Đơn vị;P8.1.4 Hội nghị – Thực hiện (hội nghị);P8.C.2 Tỷ lệ – Thực hiện (%);P8.1.4 Hội nghị – Đạt (%)');
    expect(lines[1]).toBe('Phường Huyền Tụng;1234567;85,3;231');
    expect(lines[3]).toBe('"\'+84 Xã ""Cộng"", Hòa";0;-50;115,5');
  });

  it('quotes a text holding ";" and leaves a comma inside text alone', () => {
    const out = toExportCsv({ columns: [{ header: 'Tên', format: { kind: 'text' } }], rows: [['a;b'], ['c, d']], totals: null }, 'excel-vi');
    expect(out).toBe(`${BOM}Tên\r\n"a;b"\r\nc, d\r\n`);
  });

  it('keeps the BOM and the totals row', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(lines[5]).toBe('Tổng cộng: Thành phố Bắc Kạn;99;100;100');
  });
});
