/**
 * "Kiểm tra tệp báo cáo" in the built app: a real template generated from the demo dataset, filled
 * by code, checked in the page. The good one says so; the bad one lists its problems by cell; the
 * same files shaped as Google Sheets writes them give the same results; and offline, for a commune
 * never opened, the check runs on the workbook's own sheets.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../scripts/compile/parse-dataset';
import { readDatasetFiles } from '../../scripts/compile/read-dataset';
import { planTemplates } from '../../scripts/report-template/plan-templates';
import { reshapeAsGoogleSheets } from '../../scripts/report-template/google-sheets-shape';
import { editWorkbook, fill } from '../../scripts/report-template/test-workbooks';
import { buildTemplate } from '../../scripts/report-template/write-template';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';
import { STATE_LIMIT_MS, TEST_LIMIT_MS } from './limits';

let browser: Browser;
let good: { name: string; buffer: Buffer };
let bad: { name: string; buffer: Buffer };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  browser = await launchBrowser();
  // The commune of the city with the fewest villages: a small, real template.
  const plan = planTemplates(parseDataset(readDatasetFiles('data')), '058', '2025Q2').sort((a, b) => a.spec.sheets.length - b.spec.sheets.length)[0]!;
  const template = await buildTemplate(plan.spec);
  const commune = plan.spec.owner.code;
  good = {
    name: plan.fileName,
    buffer: Buffer.from(await editWorkbook(template, (ws, unit) => (unit === commune ? fill(ws, 'P8.2.1', 2) : fill(ws, 'P8.1.3', 4)))),
  };
  bad = {
    name: plan.fileName.replace('.xlsx', '_sai.xlsx'),
    buffer: Buffer.from(
      await editWorkbook(template, (ws, unit) => {
        if (unit !== commune) return;
        fill(ws, 'P8.2.1', '3');
        fill(ws, 'P8.2.4', 10);
        fill(ws, 'P8.2.4/sex/female', 4);
        fill(ws, 'P8.2.4/sex/male', 5);
      }),
    ),
  };
}, TEST_LIMIT_MS);
afterAll(async () => {
  await browser?.close();
});

describe('checking filled report files in the browser', () => {
  it.each([
    ['saved by Excel', async (b: Buffer) => b],
    ['shaped as Google Sheets downloads it', async (b: Buffer) => Buffer.from(await reshapeAsGoogleSheets(b))],
  ])('says a good file has no problems and locates every problem of a bad one (%s)', async (_, shape) => {
    const app = await openApp(browser, '/u/06?v=check');
    const { page } = app;
    await page.getByRole('heading', { name: 'Kiểm tra tệp báo cáo' }).waitFor();
    await page.getByLabel('Chọn tệp').setInputFiles([
      { name: good.name, mimeType: XLSX, buffer: await shape(good.buffer) },
      { name: bad.name, mimeType: XLSX, buffer: await shape(bad.buffer) },
    ]);

    const goodFile = page.locator(`[data-file="${good.name}"]`);
    const badFile = page.locator(`[data-file="${bad.name}"]`);
    await page.locator(`[data-file="${good.name}"][data-state="ok"]`).waitFor({ timeout: STATE_LIMIT_MS });
    await page.locator(`[data-file="${bad.name}"][data-state="problems"]`).waitFor({ timeout: STATE_LIMIT_MS });

    await expect.poll(() => goodFile.getByRole('status').textContent()).toMatch(/^Không có lỗi: \d+ đơn vị có số liệu, sẵn sàng gửi\.$/);
    expect(await goodFile.getByRole('progressbar').getAttribute('value')).toBe('3');
    const problems = await badFile.getByRole('listitem').allTextContents();
    expect(problems).toHaveLength(2);
    // Rows of the commune sheet (hand-counted from the catalogue): ND2 heading 9, P8.2.1 10, P8.2.2 11, P8.2.3 12, P8.2.4 13, its sex breakdown 14–16.
    expect(problems[0]).toMatch(/ › D10: số "3" được nhập dạng chữ; cần nhập dạng số/);
    expect(problems[1]).toMatch(/ › D15:D16: tổng các nhóm theo giới tính là 9, khác tổng 10 ở ô D13; cần bằng nhau$/);
    expect(await page.locator('[data-without-unit-list]').count()).toBe(0);
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('checks offline, with no unit data saved, from the workbook itself', async () => {
    const app = await openApp(browser, '/u/06?v=check');
    const { page, context } = app;
    await page.getByRole('heading', { name: 'Kiểm tra tệp báo cáo' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: STATE_LIMIT_MS });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Kiểm tra tệp báo cáo' }).waitFor();
    await page.getByLabel('Chọn tệp').setInputFiles([
      { name: good.name, mimeType: XLSX, buffer: good.buffer },
      { name: bad.name, mimeType: XLSX, buffer: bad.buffer },
    ]);
    const goodFile = page.locator(`[data-file="${good.name}"][data-state="ok"]`);
    await goodFile.waitFor({ timeout: STATE_LIMIT_MS });
    await page.locator(`[data-file="${bad.name}"][data-state="problems"]`).waitFor({ timeout: STATE_LIMIT_MS });
    expect(await goodFile.locator('[data-without-unit-list]').textContent()).toMatch(/^Kiểm tra khi chưa có danh sách đơn vị \(đang ngoại tuyến\)/);
    const problems = await page.locator(`[data-file="${bad.name}"]`).getByRole('listitem').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatch(/ › D15:D16: tổng các nhóm theo giới tính là 9, khác tổng 10 ở ô D13; cần bằng nhau$/);
    // The commune's document was never saved: its one failed request is the reason for the note.
    const unsaved = /^console\.error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED) \(\S+\/api\/v1\/units\/\d+\.json\)$/;
    expectCleanConsole({ ...app, problems: app.problems.filter((p) => !unsaved.test(p)) });
    await context.setOffline(false);
    await context.close();
  });
});
