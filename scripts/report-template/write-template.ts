/**
 * Writes a report template: an instructions sheet, one protected sheet per reporting unit (the
 * commune's own and one per village), and a hidden sheet naming the unit, period and catalogue
 * version. Only the value cells are unlocked; each has data validation; check cells turn red
 * when breakdowns do not add up or a numerator exceeds its denominator.
 */
import ExcelJS from 'exceljs';
import { allowsDecimals, type LayoutRow } from '../../src/domain/report-template/layout';
import {
  cellAt,
  CHECK_MISMATCH,
  CHECK_OK,
  COLUMNS,
  DIFFICULTY,
  difficultyRow,
  FIRST_ROW,
  MAX_TEXT_CHARS,
  HEADER_CELLS,
  HEADER_LABELS,
  META_CELLS,
  META_SHEET,
  TABLE_HEADER_ROW,
  TABLE_HEADERS,
  TEMPLATE_FORMAT,
} from '../../src/domain/report-template/sheet-geometry';
import { INSTRUCTIONS } from './instructions';

export interface TemplateSheet {
  unit: { code: string; name: string };
  rows: LayoutRow[];
}

export interface TemplateSpec {
  owner: { code: string; name: string };
  period: string;
  periodLabel: string;
  version: string;
  programName: string;
  sheets: TemplateSheet[];
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const AREA_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E8EE' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
const RED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFDC2626' }, fgColor: { argb: 'FFDC2626' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9CA3AF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel forbids []:*?/\ in sheet names and allows 31 characters; names must be unique. */
function sheetName(name: string, taken: Set<string>): string {
  const clean =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Trang';
  let candidate = clean;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${clean.slice(0, 27)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function inputValidation(row: LayoutRow & { type: 'value' | 'category' }): ExcelJS.DataValidation {
  const decimals = allowsDecimals(row.indicator);
  return {
    type: decimals ? 'decimal' : 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Số liệu không hợp lệ',
    error: decimals
      ? 'Nhập một số không âm (được có phần thập phân), hoặc để trống nếu chưa báo cáo.'
      : 'Nhập một số nguyên không âm, hoặc để trống nếu chưa báo cáo.',
    showInputMessage: true,
    promptTitle: row.indicator.code,
    prompt: `${row.indicator.unitOfMeasure.vi}. Để trống = chưa báo cáo; 0 = có báo cáo, số liệu bằng 0.`,
  };
}

function rowTexts(row: LayoutRow): [string, string, string] {
  switch (row.type) {
    case 'area':
      return [row.area.code, row.area.name.vi, ''];
    case 'value':
      return [row.indicator.code, row.indicator.name.vi, row.indicator.unitOfMeasure.vi];
    case 'rate':
      return [row.indicator.code, `${row.indicator.name.vi} (tự tính)`, row.indicator.unitOfMeasure.vi];
    case 'dimension':
      return ['', `   Chia theo ${row.dimension.name.vi.toLowerCase()}`, row.indicator.unitOfMeasure.vi];
    case 'category':
      return ['', `      – ${row.category.name.vi}`, row.indicator.unitOfMeasure.vi];
  }
}

function addDataSheet(workbook: ExcelJS.Workbook, spec: TemplateSpec, sheet: TemplateSheet, name: string): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }] });
  ws.columns = [{ width: 10 }, { width: 62 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 22, hidden: true }];
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = `BÁO CÁO KẾT QUẢ THỰC HIỆN ${spec.programName.toUpperCase()}`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  const header: [keyof typeof HEADER_CELLS, string][] = [
    ['code', sheet.unit.code],
    ['name', sheet.unit.name],
    ['period', spec.period],
    ['version', spec.version],
  ];
  for (const [key, value] of header) {
    const cell = ws.getCell(HEADER_CELLS[key]);
    ws.getCell(cell.row, 2).value = HEADER_LABELS[key];
    cell.value = value;
    cell.font = { bold: true };
  }
  ws.getCell(HEADER_CELLS.period).note = spec.periodLabel;
  const head = ws.getRow(TABLE_HEADER_ROW);
  for (const [key, label] of Object.entries(TABLE_HEADERS)) {
    const cell = head.getCell(COLUMNS[key as keyof typeof COLUMNS]);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  }

  const rowOf = new Map(sheet.rows.map((r, i) => [r.key, FIRST_ROW + i]));
  const value = (code: string) => cellAt(COLUMNS.value, rowOf.get(code)!);
  for (const [i, row] of sheet.rows.entries()) {
    const r = FIRST_ROW + i;
    const line = ws.getRow(r);
    const [code, label, unit] = rowTexts(row);
    line.getCell(COLUMNS.code).value = code;
    line.getCell(COLUMNS.label).value = label;
    line.getCell(COLUMNS.unit).value = unit;
    line.getCell(COLUMNS.key).value = row.key;
    for (const c of [COLUMNS.code, COLUMNS.label, COLUMNS.unit, COLUMNS.value, COLUMNS.check]) line.getCell(c).border = BORDER;
    line.getCell(COLUMNS.label).alignment = { wrapText: true, vertical: 'top' };
    if (row.type === 'area') {
      line.font = { bold: true };
      for (const c of [COLUMNS.code, COLUMNS.label, COLUMNS.unit, COLUMNS.value, COLUMNS.check]) line.getCell(c).fill = AREA_FILL;
    } else if (row.type === 'value' || row.type === 'category') {
      const input = line.getCell(COLUMNS.value);
      input.protection = { locked: false };
      input.fill = INPUT_FILL;
      input.dataValidation = inputValidation(row);
      if (row.type === 'value') line.getCell(COLUMNS.label).font = { bold: true };
    } else if (row.type === 'dimension') {
      const parts = `${cellAt(COLUMNS.value, r + 1)}:${cellAt(COLUMNS.value, r + row.categoryRows)}`;
      const total = value(row.indicator.code);
      line.getCell(COLUMNS.value).value = { formula: `IF(COUNT(${parts})=0,"",SUM(${parts}))` };
      line.getCell(COLUMNS.check).value = {
        formula: `IF(COUNT(${parts})=0,"",IF(${total}="","${CHECK_MISMATCH}: thiếu tổng",IF(ABS(SUM(${parts})-${total})<0.000001,"${CHECK_OK}","${CHECK_MISMATCH}: lệch tổng")))`,
      };
    } else {
      const num = value(row.numerator);
      const den = value(row.denominator);
      const scale = row.indicator.scale ?? 100;
      line.getCell(COLUMNS.value).value = {
        formula: `IF(AND(ISNUMBER(${num}),ISNUMBER(${den}),${den}>0),ROUND(${num}/${den}*${scale},${row.indicator.decimals}),"")`,
      };
      line.getCell(COLUMNS.check).value = {
        formula: `IF(AND(ISNUMBER(${num}),ISNUMBER(${den})),IF(${num}>${den},"${CHECK_MISMATCH}: tử số lớn hơn mẫu số","${CHECK_OK}"),"")`,
      };
    }
  }
  addDifficulty(ws, difficultyRow(sheet.rows.length));
  const last = FIRST_ROW + sheet.rows.length - 1;
  const checks = `${cellAt(COLUMNS.check, FIRST_ROW)}:${cellAt(COLUMNS.check, last)}`;
  ws.addConditionalFormatting({
    ref: checks,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`LEFT(${cellAt(COLUMNS.check, FIRST_ROW)},${CHECK_MISMATCH.length})="${CHECK_MISMATCH}"`],
        style: { fill: RED_FILL, font: { bold: true, color: { argb: 'FFFFFFFF' } } },
      },
    ],
  });
}

/** The free-text cell under the table: a label row, then one tall unlocked cell. */
function addDifficulty(ws: ExcelJS.Worksheet, r: number): void {
  const label = ws.getCell(cellAt(COLUMNS.label, r));
  label.value = DIFFICULTY.label;
  label.font = { bold: true };
  ws.getCell(cellAt(COLUMNS.key, r)).value = DIFFICULTY.key;
  const input = ws.getCell(cellAt(COLUMNS.label, r + 1));
  input.protection = { locked: false };
  input.fill = INPUT_FILL;
  input.border = BORDER;
  input.alignment = { wrapText: true, vertical: 'top' };
  input.dataValidation = {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [MAX_TEXT_CHARS],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Nội dung quá dài',
    error: `Tóm tắt khó khăn, vướng mắc, đề xuất trong ${MAX_TEXT_CHARS} ký tự.`,
    showInputMessage: true,
    promptTitle: DIFFICULTY.label,
    prompt: 'Ghi ngắn gọn khó khăn, vướng mắc trong quý và đề xuất (nếu có). Để trống nếu không có.',
  };
  ws.getRow(r + 1).height = 90;
}

function addInstructions(workbook: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = workbook.addWorksheet('Hướng dẫn');
  ws.columns = [{ width: 110 }];
  ws.addRow([`Mẫu báo cáo ${spec.programName} – ${spec.owner.name} (${spec.owner.code}) – ${spec.periodLabel}`]).font = { bold: true, size: 13 };
  ws.addRow([]);
  for (const line of INSTRUCTIONS) ws.addRow([line]).getCell(1).alignment = { wrapText: true };
}

function addMeta(workbook: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const put = (address: string, label: string, value: string) => {
    ws.getCell(address).value = value;
    ws.getCell(`A${ws.getCell(address).row}`).value = label;
  };
  put(META_CELLS.format, 'format', TEMPLATE_FORMAT);
  put(META_CELLS.unit, 'unit', spec.owner.code);
  put(META_CELLS.period, 'period', spec.period);
  put(META_CELLS.version, 'catalogue', spec.version);
}

export async function buildTemplate(spec: TemplateSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.programName;
  addInstructions(workbook, spec);
  const taken = new Set<string>(['hướng dẫn', META_SHEET]);
  for (const sheet of spec.sheets) addDataSheet(workbook, spec, sheet, sheetName(`${sheet.unit.code} ${sheet.unit.name}`, taken));
  addMeta(workbook, spec);
  // No password: protection keeps careless edits out; the import finds any locked cell that changed anyway.
  const protection: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true };
  for (const ws of workbook.worksheets) await ws.protect('', protection);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
