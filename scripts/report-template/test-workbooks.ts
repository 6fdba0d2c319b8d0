/** Test helpers: a tiny dataset on disk, its templates, and filling their unlocked cells by code. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tinyDataset } from '../compile/tiny-dataset';
import { parseDataset } from '../compile/parse-dataset';
import { COLUMNS, DIFFICULTY, FIRST_ROW, HEADER_CELLS } from '../../src/domain/report-template/sheet-geometry';
import type { QuarterKey } from '../../src/domain/periods';
import { planTemplates } from './plan-templates';
import { buildTemplate } from './write-template';
import type { DatasetFiles } from '../compile/dataset';

export function writeDataset(files: DatasetFiles = tinyDataset()): string {
  const dir = mkdtempSync(join(tmpdir(), 'da8-import-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The template of one workbook owner, as bytes, with its file name. */
export async function templateFor(files: DatasetFiles, owner: string, period: QuarterKey): Promise<{ fileName: string; bytes: Uint8Array }> {
  const plan = planTemplates(parseDataset(files), owner, period).find((p) => p.spec.owner.code === owner);
  if (!plan) throw new Error(`no template for ${owner}`);
  return { fileName: plan.fileName, bytes: await buildTemplate(plan.spec) };
}

export type CellValue = ExcelJS.CellValue;

/**
 * Opens a template and lets a test change it: `edit(sheet, unitCode)` for each data sheet. Only
 * helpers below touch cells; they find rows by the hidden key column, as a person finds them by label.
 */
export async function editWorkbook(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet, unit: string, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const ws of [...workbook.worksheets]) {
    const unit = ws.getCell(HEADER_CELLS.code).text;
    if (unit) edit(ws, unit, workbook);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The row holding a layout key ("EV", "EV/sex/female"). */
export function rowOfKey(ws: ExcelJS.Worksheet, key: string): number {
  for (let r = FIRST_ROW; r <= ws.rowCount; r++) if (ws.getCell(`${COLUMNS.key}${r}`).text === key) return r;
  throw new Error(`no row ${key} on ${ws.name}`);
}

function typeInto(cell: ExcelJS.Cell, value: CellValue, sheet: string): string {
  if (cell.protection?.locked !== false) throw new Error(`${cell.address} on ${sheet} is locked`);
  cell.value = value;
  return cell.address;
}

/** Types a value into the input cell of a key, refusing to touch a locked cell (as Excel would). */
export const fill = (ws: ExcelJS.Worksheet, key: string, value: CellValue): string =>
  typeInto(ws.getCell(`${COLUMNS.value}${rowOfKey(ws, key)}`), value, ws.name);

/** Types the sheet's difficulties into the text cell under their label. */
export const fillDifficulty = (ws: ExcelJS.Worksheet, value: CellValue): string =>
  typeInto(ws.getCell(`${COLUMNS.label}${rowOfKey(ws, DIFFICULTY.key) + 1}`), value, ws.name);
