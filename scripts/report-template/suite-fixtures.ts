/**
 * The filled reports saved by other office suites that the import is tested on: the tiny dataset's
 * template for commune C1 in 2023Q4, filled once correctly and once with two mistakes, then saved
 * by LibreOffice Calc (committed under fixtures/, made by `npx tsx scripts/report-template/make-fixtures.ts`)
 * or reshaped as Google Sheets writes its downloads (at test time).
 */
import { join } from 'node:path';
import JSZip from 'jszip';
import { editWorkbook, fill, fillDifficulty } from './test-workbooks';

export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');
export const FIXTURE_OWNER = 'C1';
export const FIXTURE_PERIOD = '2023Q4';

export const GOOD_DIFFICULTY = 'Mùa mưa, đường vào thôn sạt lở.\nĐề nghị hỗ trợ kinh phí tổ chức hội nghị.';

/** Known values, typed into the village sheets. */
export const fillGood = (template: Uint8Array, difficulty = GOOD_DIFFICULTY) =>
  editWorkbook(template, (ws, unit) => {
    if (unit === 'C1.01') {
      fill(ws, 'EV', 5);
      fill(ws, 'EV/sex/female', 3);
      fill(ws, 'EV/sex/male', 2);
      fill(ws, 'TM', 1);
      fill(ws, 'PT', 0);
      fill(ws, 'VD', 2);
      fill(ws, 'VT', 1);
      fillDifficulty(ws, difficulty);
    }
    if (unit === 'C1.02') fill(ws, 'EV', 4);
  });

/** A number typed as text and breakdowns that do not add up to their total. */
export const fillBad = (template: Uint8Array) =>
  editWorkbook(template, (ws, unit) => {
    if (unit === 'C1.01') {
      fill(ws, 'EV', 5);
      fill(ws, 'EV/sex/female', 3);
      fill(ws, 'EV/sex/male', 1);
    }
    if (unit === 'C1.02') fill(ws, 'TM', '12');
  });

/**
 * The workbook with its differential styles removed while its conditional formats still name them
 * (`dxfId`), as some tools that rewrite styles leave it: office suites open it, exceljs alone does not.
 */
export async function withMissingDxfStyles(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace(/<dxfs\b[\s\S]*?<\/dxfs>/, '<dxfs count="0"/>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const FIXTURES = {
  good: 'C1_2023Q4_libreoffice.xlsx',
  bad: 'C1_2023Q4_libreoffice-sai.xlsx',
  /** The good one through withMissingDxfStyles. */
  missingStyle: 'C1_2023Q4_thieu-kieu-dinh-dang.xlsx',
} as const;
