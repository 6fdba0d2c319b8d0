/**
 * XLSX of an export table with exceljs. This module is only ever loaded with import() when the
 * user asks for the file, so exceljs stays out of the main bundle.
 */
import ExcelJS from 'exceljs';
import { neutralise, type ExportFormat, type ExportTable } from '@/domain/export-table';
import { nameFonts, pageSetup, wrappedHeight } from '@/domain/sheet-layout';

/** Excel number formats: '#,##0', '#,##0.0', '0.0%'. */
export function numberFormat(format: ExportFormat): string | undefined {
  if (format.kind === 'text') return undefined;
  const decimals = format.decimals > 0 ? `.${'0'.repeat(format.decimals)}` : '';
  return format.kind === 'percent' ? `0${decimals}%` : `#,##0${decimals}`;
}

const widthOf = (format: ExportFormat) => (format.kind === 'text' ? TEXT_WIDTH : NUMBER_WIDTH);
const TEXT_WIDTH = 34;
const NUMBER_WIDTH = 18;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E8EE' } };

export async function buildXlsx(table: ExportTable): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = table.title;
  const sheet = workbook.addWorksheet(table.sheetName);

  const title = sheet.addRow([neutralise(table.title)]);
  title.font = { bold: true, size: 13 };
  for (const line of table.info) {
    const row = sheet.addRow([neutralise(line.label), neutralise(line.value)]);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);

  const header = sheet.addRow(table.columns.map((c) => neutralise(c.header)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = wrappedHeight(table.columns.map((c) => [c.header, widthOf(c.format)]));
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  const headerRow = header.number;

  const write = (cells: readonly (number | string | null)[], bold: boolean) => {
    // A number column holds numbers only: a reason for a missing value ("chưa báo cáo", "x") is the cell's note.
    const numeric = (i: number) => table.columns[i]?.format.kind !== 'text';
    const row = sheet.addRow(cells.map((cell, i) => (typeof cell === 'string' ? (numeric(i) ? null : neutralise(cell)) : cell)));
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const reason = cells[i];
      if (numeric(i) && typeof reason === 'string' && reason) cell.note = neutralise(reason);
      const fmt = numberFormat(column.format);
      if (fmt && typeof cell.value === 'number') cell.numFmt = fmt;
      if (column.format.kind !== 'text') cell.alignment = { horizontal: 'right' };
    });
    if (bold) row.font = { bold: true };
  };
  table.rows.forEach((cells) => write(cells, false));
  if (table.totals) write(table.totals, true);

  table.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = widthOf(column.format);
  });
  // Arial, as in the slides: on every office computer, and metric-compatible with LibreOffice's Liberation Sans.
  nameFonts(sheet, 'Arial');
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerRow }];
  Object.assign(
    sheet.pageSetup,
    pageSetup(
      table.columns.map((c) => widthOf(c.format)),
      headerRow,
    ),
  );
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + table.rows.length, column: table.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
