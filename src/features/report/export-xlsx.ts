/**
 * The annex as a spreadsheet (exceljs, loaded only when the user asks for it): numbers stay numbers,
 * "x" and "chưa báo cáo" stay text, and every text cell is neutralised against formulas.
 */
import ExcelJS from 'exceljs';
import type { Annex, AnnexCell } from '@/domain/report/annex';
import { neutraliseFormula } from '@/domain/report/spreadsheet';
import { nameFonts, pageSetup, wrappedHeight } from '@/domain/sheet-layout';

export interface XlsxInput {
  annex: Annex;
  /** Sheet name (≤ 31 characters, no []:*?/\). */
  sheetName: string;
  source: string;
  /** Money rows keep one decimal. */
  moneyUnits: readonly string[];
}

const safe = (text: string): string => neutraliseFormula(text);
const SHEET_NAME_BAD = /[[\]:*?/\\]/g;

function put(row: ExcelJS.Row, col: number, c: AnnexCell, numFmt: string): void {
  const target = row.getCell(col);
  if (c.value !== null) {
    target.value = c.value;
    target.numFmt = numFmt;
  } else target.value = safe(c.text);
  target.alignment = { horizontal: 'right', vertical: 'top' };
}

export async function renderXlsx({ annex, sheetName, source, moneyUnits }: XlsxInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dự án 8';
  const sheet = workbook.addWorksheet(sheetName.replace(SHEET_NAME_BAD, ' ').slice(0, 31) || 'Sheet1', {
    // Page numbers in the annex's font (an unnamed footer font prints in the office suite's fallback).
    headerFooter: { oddFooter: '&C&"Times New Roman,Regular"&P/&N' },
  });
  const cols = annex.columns.length;
  const widths = [6, 48, 16, 14, 14, 11, 40];
  sheet.columns = widths.map((width) => ({ width }));

  const banner = (text: string, bold: boolean) => {
    const row = sheet.addRow([safe(text)]);
    sheet.mergeCells(row.number, 1, row.number, cols);
    row.getCell(1).font = { name: 'Times New Roman', size: 13, bold };
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
    row.height = wrappedHeight([[text, widths.reduce((a, b) => a + b, 0)]]) * (13 / 11);
  };
  banner(annex.title, true);
  banner(annex.subtitle, true);
  banner(annex.basis, false);
  banner(source, false);
  if (annex.summary) {
    const left = (text: string, bold: boolean) => {
      const row = sheet.addRow([safe(text)]);
      sheet.mergeCells(row.number, 1, row.number, cols);
      row.getCell(1).font = { bold };
      row.getCell(1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
      row.height = wrappedHeight([[text, widths.reduce((a, b) => a + b, 0)]]);
    };
    left(annex.summary.title, true);
    annex.summary.lines.forEach((l, i) => left(`${i + 1}. ${l.text}${l.sources ? ` ${l.sources}` : ''}`, false));
  }
  sheet.addRow([]);

  const header = sheet.addRow(annex.columns.map(safe));
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const thin = { style: 'thin' as const };
  const grid = { top: thin, bottom: thin, left: thin, right: thin };
  header.eachCell((c) => (c.border = grid));

  for (const g of annex.groups) {
    const groupRow = sheet.addRow([safe(g.title)]);
    sheet.mergeCells(groupRow.number, 1, groupRow.number, cols);
    groupRow.font = { bold: true };
    for (const l of g.lines) {
      const row = sheet.addRow([Number(l.no), safe(l.indicator), safe(l.unit), null, null, null, safe(l.note)]);
      const decimals = moneyUnits.includes(l.unit) ? '#,##0.0' : '#,##0';
      put(row, 4, l.value, l.unit === '%' ? '0.0' : decimals);
      put(row, 5, l.target, decimals);
      put(row, 6, l.achieved, '0.0%');
      row.alignment = { vertical: 'top', wrapText: true };
      row.height = wrappedHeight([
        [l.indicator, widths[1]!],
        [l.unit, widths[2]!],
        [l.note, widths[6]!],
      ]);
      for (let c = 1; c <= cols; c++) row.getCell(c).border = grid;
    }
  }
  // Times New Roman throughout, like the notice it belongs to.
  nameFonts(sheet, 'Times New Roman');
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  Object.assign(sheet.pageSetup, pageSetup(widths, header.number, false));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
