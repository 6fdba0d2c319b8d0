/**
 * The filled reports saved by other office suites that the import is tested on: the tiny dataset's
 * template for commune C1 in 2023Q4, filled once correctly and once with two mistakes, then saved
 * by LibreOffice Calc (committed under fixtures/, made by `npx tsx scripts/report-template/make-fixtures.ts`)
 * or reshaped as Google Sheets writes its downloads (at test time).
 */
import { join } from 'node:path';
import { editWorkbook, fill, fillDifficulty } from './test-workbooks';

export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');
export const FIXTURE_OWNER = 'C1';
export const FIXTURE_PERIOD = '2023Q4';

/** Known values, typed into the village sheets. */
export const fillGood = (template: Uint8Array) =>
  editWorkbook(template, (ws, unit) => {
    if (unit === 'C1.01') {
      fill(ws, 'EV', 5);
      fill(ws, 'EV/sex/female', 3);
      fill(ws, 'EV/sex/male', 2);
      fill(ws, 'TM', 1);
      fill(ws, 'PT', 0);
      fill(ws, 'VD', 2);
      fill(ws, 'VT', 1);
      fillDifficulty(ws, 'Mùa mưa, đường vào thôn sạt lở.\nĐề nghị hỗ trợ kinh phí tổ chức hội nghị.');
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

export const FIXTURES = { good: 'C1_2023Q4_libreoffice.xlsx', bad: 'C1_2023Q4_libreoffice-sai.xlsx' } as const;
