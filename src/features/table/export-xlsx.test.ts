// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '@/domain/indicators';
import type { IndicatorCells, TableRow } from '@/domain/table-rows';
import { foldForSearch } from '@/domain/text-search';
import { translate } from '@/i18n/catalogue';
import { buildExportTable, type ExportInfo } from './export-model';
import { buildXlsx, numberFormat } from './export-xlsx';
import { COLUMN_WIDTHS, type UnitsColumnMeta } from './table-model';
import { indicator as build } from '../../../tests/builders/indicator';

const i18n = { lang: 'vi' as const, t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('vi', key, params) };

const flow = build('P8.1.4', 'flow', {
  name: { vi: 'Hội nghị, chiến dịch, sự kiện truyền thông', en: 'Events' },
  unitOfMeasure: { vi: 'hội nghị, sự kiện', en: 'events' },
});
const rate: Indicator = {
  ...flow,
  code: 'P8.C.2',
  name: { vi: 'Tỷ lệ thôn ĐBKK có tổ truyền thông', en: 'Share' },
  unitOfMeasure: { vi: '%', en: '%' },
  kind: 'rate',
  numerator: 'P8.C.1',
  denominator: 'P8.C.0',
  scale: 100,
  decimals: 1,
};

const cells = (over: Partial<IndicatorCells>): IndicatorCells => ({
  value: 'not_reported',
  target: 'none',
  achievement: 'none',
  met: null,
  comparedYear: null,
  noComparison: null,
  reported: 0,
  expected: 0,
  ...over,
});
const row = (code: string, name: string, c: Record<string, IndicatorCells>): TableRow => ({
  code,
  name,
  childCount: 1,
  searchKey: foldForSearch(name),
  cells: c,
});

const rows = [
  row('058', 'Thành phố Bắc Kạn', {
    'P8.1.4': cells({ value: 1234, target: 1000, achievement: 1.234, met: true, reported: 30, expected: 32 }),
    'P8.C.2': cells({ value: 85.2941 }),
  }),
  row('060', '=cmd|"/c calc"!A1', { 'P8.1.4': cells({ value: 'suppressed', reported: 2, expected: 2 }), 'P8.C.2': cells({ value: 'not_reported' }) }),
];
const totals = row('06', 'Tỉnh Bắc Kạn', {
  'P8.1.4': cells({ value: 5000, target: 4000, achievement: 1.25, reported: 1300, expected: 1332 }),
  'P8.C.2': cells({ value: 90 }),
});

const meta = (kind: UnitsColumnMeta['kind'], indicator: Indicator | null = null): UnitsColumnMeta => ({ kind, indicator, width: COLUMN_WIDTHS[kind] });
const columns = [meta('name'), meta('reports'), meta('value', flow), meta('target', flow), meta('achievement', flow), meta('value', rate)];
const info: ExportInfo = {
  programName: 'Dự án 8: Thực hiện bình đẳng giới',
  unitName: 'Tỉnh Bắc Kạn',
  periodText: 'Giai đoạn 2021 - 2025',
  dataDate: '30/06/2025',
  source: 'Dữ liệu minh họa',
  demo: true,
  query: 'bac',
  sortText: 'Đơn vị, tăng dần',
};

describe('XLSX export', () => {
  it.each([
    [{ kind: 'number', decimals: 0 }, '#,##0'],
    [{ kind: 'number', decimals: 2 }, '#,##0.00'],
    [{ kind: 'percent', decimals: 1 }, '0.0%'],
    [{ kind: 'text' }, undefined],
  ] as const)('number format of %j is %j', (format, expected) => {
    expect(numberFormat(format)).toBe(expected);
  });

  it('writes a header block, then the shown columns with real numbers and number formats, then the totals', async () => {
    const table = buildExportTable(columns, rows, totals, [flow, rate], info, i18n);
    const buffer = await buildXlsx(table);
    expect(buffer.byteLength).toBeGreaterThan(1000);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Tỉnh Bắc Kạn');
    const text = (r: number, c: number) => sheet.getRow(r).getCell(c).value;

    // Arial on every written cell (the title at 13 pt), so no office suite falls back to another font.
    const fonts = new Set<string>();
    sheet.eachRow((row) => row.eachCell((cell) => fonts.add(`${cell.font?.name} ${cell.font?.size}`)));
    expect([...fonts].sort()).toEqual(['Arial 11', 'Arial 13']);

    // Header block: what, where, when, from where.
    expect(text(1, 1)).toBe(info.programName);
    const block = Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9].map((r) => [String(text(r, 1)), text(r, 2)]));
    expect(block).toEqual({
      'Đơn vị': 'Tỉnh Bắc Kạn',
      'Chỉ tiêu': 'P8.1.4 Hội nghị, chiến dịch, sự kiện truyền thông; P8.C.2 Tỷ lệ thôn ĐBKK có tổ truyền thông',
      'Kỳ số liệu': 'Giai đoạn 2021 - 2025',
      'Số liệu đến ngày': '30/06/2025',
      Nguồn: 'Dữ liệu minh họa (Dữ liệu minh họa, không phải số liệu chính thức)',
      'Sắp xếp theo': 'Đơn vị, tăng dần',
      'Ô số để trống': 'chưa báo cáo, không công bố, ẩn (x) hoặc không áp dụng; lý do ghi trong chú thích của ô (bảng XLSX) hoặc bằng chữ (CSV)',
      'Lọc theo tên đơn vị': 'bac',
    });

    const headerRow = 11;
    expect(sheet.getRow(headerRow).values).toEqual([
      undefined,
      'Đơn vị',
      'Số báo cáo đã nhận (P8.1.4)',
      'Số báo cáo phải có (P8.1.4)',
      'P8.1.4 Hội nghị, chiến dịch, sự kiện truyền thông – Thực hiện (hội nghị, sự kiện)',
      'P8.1.4 Hội nghị, chiến dịch, sự kiện truyền thông – Chỉ tiêu (hội nghị, sự kiện)',
      'P8.1.4 Hội nghị, chiến dịch, sự kiện truyền thông – Đạt (%)',
      'P8.C.2 Tỷ lệ thôn ĐBKK có tổ truyền thông – Thực hiện (%)',
    ]);

    const first = sheet.getRow(headerRow + 1);
    expect(first.values).toEqual([undefined, 'Thành phố Bắc Kạn', 30, 32, 1234, 1000, 1.234, 0.852941]);
    expect([2, 3, 4, 5, 6, 7].map((c) => first.getCell(c).numFmt)).toEqual(['#,##0', '#,##0', '#,##0', '#,##0', '0.0%', '0.0%']);

    // Number columns hold numbers only: a missing value is an empty cell whose note says why; a hostile name is neutralised.
    const second = sheet.getRow(headerRow + 2);
    expect(second.getCell(1).value).toBe(`'=cmd|"/c calc"!A1`);
    expect([4, 5, 7].map((c) => second.getCell(c).value ?? null)).toEqual([null, null, null]);
    expect([4, 5, 7].map((c) => second.getCell(c).note)).toEqual(['x', '–', 'chưa báo cáo']);

    // Printing: A4, landscape (seven columns are wider than portrait), one page wide, header row and unit column on every page.
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      printTitlesColumn: 'A:A',
    });
    // The longest header (81 characters in a column 18 wide, 16 a line) needs 6 lines of 15 pt.
    expect(sheet.getRow(headerRow).height).toBe(90);

    const last = sheet.getRow(headerRow + 3);
    expect(last.values).toEqual([undefined, 'Tổng cộng: Tỉnh Bắc Kạn', 1300, 1332, 5000, 4000, 1.25, 0.9]);
    expect(last.font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(headerRow + 3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  });

  it('exports only the columns shown, in their order', () => {
    const table = buildExportTable([meta('name'), meta('achievement', flow)], rows, null, [flow, rate], { ...info, query: '' }, i18n);
    expect(table.columns.map((c) => c.header)).toEqual(['Đơn vị', 'P8.1.4 Hội nghị, chiến dịch, sự kiện truyền thông – Đạt (%)']);
    expect(table.rows).toEqual([
      ['Thành phố Bắc Kạn', 1.234],
      ['=cmd|"/c calc"!A1', '–'],
    ]);
    expect(table.totals).toBeNull();
    expect(table.info.map((l) => l.label)).not.toContain('Lọc theo tên đơn vị');
    expect(table.info.find((l) => l.label === 'Chỉ tiêu')?.value).toBe('P8.1.4 Hội nghị, chiến dịch, sự kiện truyền thông');
  });
});
