/**
 * Turns the bytes of a filled report (.xlsx, or .csv in the layout of a data sheet) into the grid
 * the check reads, or says why it cannot: too large, password-protected, not a workbook, damaged.
 * exceljs reads the workbook, and callers load this module with import() so that the browser fetches
 * exceljs only when a file is checked. A workbook exceljs refuses only for conditional formats that
 * name a missing style is read again with those references dropped (repair-styles.ts).
 */
import ExcelJS from 'exceljs';
import { parseCsv } from '../csv';
import type { LocalText } from '../indicators';
import type { Grid, GridCell, GridSheet } from './grid';
import { MAX_FILE_BYTES } from './sheet-geometry';
import { say } from './problems';
import { withoutDanglingDxfIds } from './repair-styles';

export type ReadResult = { grid: Grid } | { problem: LocalText };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted .xlsx or an old .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readReportFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) return { problem: say.tooLarge(Math.round(bytes.length / 1e6), MAX_FILE_BYTES / 1e6) };
  if (startsWith(bytes, OLE)) return { problem: say.encrypted() };
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (/\.csv$/i.test(name)) return readCsv(bytes);
  return { problem: say.notWorkbook() };
}

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

function readCsv(bytes: Uint8Array): ReadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: say.notWorkbook() };
  }
  let table;
  try {
    table = parseCsv(text);
  } catch {
    return { problem: say.notWorkbook() };
  }
  const cells = new Map<string, GridCell>();
  const put = (row: number, values: string[]) =>
    values.forEach((v, i) => {
      if (v === '' || i >= 26) return;
      const address = `${String.fromCharCode(65 + i)}${row}`;
      cells.set(address, NUMBER_RE.test(v.trim()) ? { t: 'number', v: Number(v.trim()) } : { t: 'text', v });
    });
  put(1, table.header);
  for (const row of table.rows) put(row.line, row.cells);
  return { grid: { source: 'csv', sheets: [{ name: 'CSV', hidden: false, cells, merges: [] }] } };
}

function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  switch (cell.type) {
    case ExcelJS.ValueType.Number:
      return { t: 'number', v: cell.value as number };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Hyperlink:
      return cell.text === '' ? undefined : { t: 'text', v: cell.text };
    case ExcelJS.ValueType.Date:
      return { t: 'date', v: cell.value as Date };
    case ExcelJS.ValueType.Formula:
      return { t: 'formula', formula: cell.formula ?? '' };
    case ExcelJS.ValueType.Boolean:
      return { t: 'boolean', v: cell.value as boolean };
    case ExcelJS.ValueType.Error:
      return { t: 'error', v: (cell.value as ExcelJS.CellErrorValue).error };
    default:
      return undefined;
  }
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const load = async (b: Uint8Array) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(b as unknown as ExcelJS.Buffer);
    return workbook;
  };
  try {
    return await load(bytes);
  } catch {
    const repaired = await withoutDanglingDxfIds(bytes);
    return repaired ? load(repaired).catch(() => null) : null;
  }
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return { problem: say.unreadable() };
  const sheets: GridSheet[] = [];
  workbook.eachSheet((ws) => {
    const cells = new Map<string, GridCell>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = toGridCell(cell);
        if (value) cells.set(cell.address, value);
      }),
    );
    sheets.push({ name: ws.name, hidden: ws.state !== 'visible', cells, merges: ws.model.merges ?? [] });
  });
  return { grid: { source: 'xlsx', sheets } };
}
