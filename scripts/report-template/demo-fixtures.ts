/**
 * The demo dataset's filled reports that the browser check is tested on: the template of the commune
 * of Thành phố Bắc Kạn (058) with the fewest villages, for 2025Q2, filled once correctly and once with
 * two mistakes. The same fills saved by LibreOffice Calc are committed under tests/browser/fixtures/
 * (made by `npx tsx scripts/report-template/make-fixtures.ts`).
 */
import { join } from 'node:path';
import { parseDataset } from '../compile/parse-dataset';
import { readDatasetFiles } from '../compile/read-dataset';
import { planTemplates } from './plan-templates';
import { editWorkbook, fill } from './test-workbooks';
import { buildTemplate } from './write-template';

export const DEMO_FIXTURE_DIR = join(import.meta.dirname, '../../tests/browser/fixtures');
export const DEMO_FIXTURES = { good: 'demo-2025Q2_libreoffice.xlsx', bad: 'demo-2025Q2_libreoffice-sai.xlsx' } as const;

/** The small real template: its file name, commune code and bytes. */
export async function demoTemplate(dataDir = 'data'): Promise<{ fileName: string; commune: string; bytes: Uint8Array }> {
  const plan = planTemplates(parseDataset(readDatasetFiles(dataDir)), '058', '2025Q2').sort((a, b) => a.spec.sheets.length - b.spec.sheets.length)[0]!;
  return { fileName: plan.fileName, commune: plan.spec.owner.code, bytes: await buildTemplate(plan.spec) };
}

/** Every sheet reports: the commune P8.2.1 = 2, each village P8.1.3 = 4. */
export const fillDemoGood = (template: Uint8Array, commune: string) =>
  editWorkbook(template, (ws, unit) => (unit === commune ? fill(ws, 'P8.2.1', 2) : fill(ws, 'P8.1.3', 4)));

/** On the commune sheet: a number typed as text, and a sex breakdown (4 + 5) that misses its total (10). */
export const fillDemoBad = (template: Uint8Array, commune: string) =>
  editWorkbook(template, (ws, unit) => {
    if (unit !== commune) return;
    fill(ws, 'P8.2.1', '3');
    fill(ws, 'P8.2.4', 10);
    fill(ws, 'P8.2.4/sex/female', 4);
    fill(ws, 'P8.2.4/sex/male', 5);
  });
