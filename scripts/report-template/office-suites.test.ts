/**
 * A filled report reads the same whichever office suite saved it: Excel's shape (as written by the
 * template library), LibreOffice Calc's (committed fixtures saved by LibreOffice 7.4) and Google
 * Sheets' (inline strings, no styles, no protection, absolute package paths). A workbook whose
 * conditional formats name styles it does not hold (which exceljs alone refuses) reads the same too.
 * A fixture from an older catalogue fails here as one; regenerate it with make-fixtures.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyDataset } from '../compile/tiny-dataset';
import { reshapeAsGoogleSheets } from './google-sheets-shape';
import { importReports } from './import-reports';
import { fillBad, fillGood, FIXTURE_DIR, FIXTURE_OWNER, FIXTURE_PERIOD, FIXTURES } from './suite-fixtures';
import { templateFor, writeDataset } from './test-workbooks';

const TODAY = new Date('2024-01-20T00:00:00Z');
const variants: Record<'excel' | 'libreoffice' | 'google', { good: Uint8Array; bad: Uint8Array }> = {} as never;
const readFixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));

beforeAll(async () => {
  const { bytes } = await templateFor(tinyDataset(), FIXTURE_OWNER, FIXTURE_PERIOD);
  const excel = { good: await fillGood(bytes), bad: await fillBad(bytes) };
  variants.excel = excel;
  variants.libreoffice = {
    good: readFixture(FIXTURES.good),
    bad: readFixture(FIXTURES.bad),
  };
  variants.google = { good: await reshapeAsGoogleSheets(excel.good), bad: await reshapeAsGoogleSheets(excel.bad) };
});

async function importOne(bytes: Uint8Array) {
  const inbox = mkdtempSync(join(tmpdir(), 'da8-suite-'));
  const path = join(inbox, 'C1_2023Q4_bao-cao.xlsx');
  writeFileSync(path, bytes);
  return importReports([path], { dataDir: writeDataset(tinyDataset()), replace: false, dryRun: true, today: TODAY, log: () => undefined });
}

const typedIn = (outcome: Awaited<ReturnType<typeof importOne>>) => outcome.changes.map((c) => `${c.unit} ${c.field}=${c.after}`).sort();
const GOOD_VALUES = [
  'C1.01 #kho-khan=Mùa mưa, đường vào thôn sạt lở.\nĐề nghị hỗ trợ kinh phí tổ chức hội nghị.',
  'C1.01 EV/sex/female=3',
  'C1.01 EV/sex/male=2',
  'C1.01 EV=5',
  'C1.01 PT=0',
  'C1.01 TM=1',
  'C1.01 VD=2',
  'C1.01 VT=1',
  'C1.02 EV=4',
];

describe.each(['excel', 'libreoffice', 'google'] as const)('a report saved by %s', (suite) => {
  it('imports the values typed in, cell for cell', async () => {
    const outcome = await importOne(variants[suite].good);
    expect(outcome.problems).toEqual([]);
    expect(typedIn(outcome)).toEqual(GOOD_VALUES);
  });

  it('gives the same located problems for the same mistakes', async () => {
    const outcome = await importOne(variants[suite].bad);
    expect(outcome.problems).toEqual([
      'C1_2023Q4_bao-cao.xlsx › C1.01 Thôn 1 › D12:D13: tổng các nhóm theo giới tính là 4, khác tổng 5 ở ô D10; cần bằng nhau',
      'C1_2023Q4_bao-cao.xlsx › C1.02 Thôn 2 › D14: số "12" được nhập dạng chữ; cần nhập dạng số (không có dấu nháy, không dùng dấu chấm, phẩy ngăn cách hàng nghìn)',
    ]);
    expect(outcome.files).toEqual([]);
  });
});

describe('a report whose conditional formats name a missing style', () => {
  it('is one exceljs alone refuses', async () => {
    await expect(new ExcelJS.Workbook().xlsx.load(readFixture(FIXTURES.missingStyle) as unknown as ExcelJS.Buffer)).rejects.toThrow();
  });

  it('imports the values typed in, as the same report with its styles', async () => {
    const outcome = await importOne(readFixture(FIXTURES.missingStyle));
    expect(outcome.problems).toEqual([]);
    expect(typedIn(outcome)).toEqual(GOOD_VALUES);
  });
});
