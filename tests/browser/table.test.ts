import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const rowNames = (page: Page) => page.locator('table.units-table tbody tr.units-table__row th').allTextContents();
const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('the units table', () => {
  it('sorts, filters, exports CSV and XLSX of what is shown, and drills down from a row', async () => {
    const app = await openApp(browser, '/u/06?v=table&i=P8.1.4');
    const { page } = app;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const table = page.getByRole('table', { name: 'Số liệu các đơn vị trực thuộc Tỉnh Bắc Kạn, Giai đoạn 2021 - 2025' });
    await table.waitFor();
    expect(await rowNames(page)).toHaveLength(8);
    expect((await rowNames(page))[0]).toBe('Huyện Ba Bể');
    await expect.poll(() => page.getByText('Số liệu đến ngày 30/06/2025').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // Names, Z→A.
    await table.getByRole('button', { name: 'Đơn vị' }).click();
    await expect.poll(() => page.url()).toContain('sort=name.desc');
    // The URL changes first; the rows follow on the next render.
    await expect.poll(async () => (await rowNames(page))[0]).toBe('Thành phố Bắc Kạn');
    expect((await rowNames(page)).at(-1)).toBe('Huyện Ba Bể');

    // Values, largest first.
    await table.getByRole('button', { name: /^Thực hiện – P8\.1\.4/ }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('sort=value:P8.1.4.desc');
    const valueColumn = async () =>
      (
        await page.locator('table.units-table tbody tr.units-table__row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''))
      ).map(number);
    await expect
      .poll(async () => {
        const values = await valueColumn();
        return values.length === 8 && values.every((v, i) => i === 0 || values[i - 1]! >= v);
      })
      .toBe(true);
    expect(await table.getByRole('columnheader', { name: /^Thực hiện – P8\.1\.4/ }).getAttribute('aria-sort')).toBe('descending');

    // Filter without diacritics.
    await page.getByRole('searchbox', { name: 'Lọc theo tên đơn vị' }).fill('cho');
    await expect.poll(async () => (await rowNames(page)).sort()).toEqual(['Huyện Chợ Mới', 'Huyện Chợ Đồn'].sort());
    await expect.poll(() => page.url()).toContain('q=cho');
    const shown = await rowNames(page);
    expect(shown).toHaveLength(2);

    // CSV of exactly the rows shown, then the totals.
    expect(requests.some((u) => /export-xlsx/.test(u))).toBe(false);
    const csv = await download(page, 'Tải CSV');
    expect(csv.name).toMatch(/^du-an-8_tinh-bac-kan_bang-don-vi_phase_\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Đơn vị,/);
    expect(lines.slice(1, 3).map((l) => l.split(',')[0])).toEqual(shown);
    expect(lines[3]).toMatch(/^Tổng cộng: Tỉnh Bắc Kạn,/);

    // XLSX: exceljs is fetched only now; the file parses back with the header block and real numbers.
    const xlsx = await download(page, 'Tải Excel (XLSX)');
    expect(requests.some((u) => /export-xlsx/.test(u))).toBe(true);
    expect(xlsx.name).toMatch(/^du-an-8_tinh-bac-kan_bang-don-vi_phase_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(xlsx.bytes.length).toBeGreaterThan(1000);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Tỉnh Bắc Kạn');
    const block = new Map<string, unknown>();
    sheet.eachRow((row) => {
      const label = String(row.getCell(1).value);
      if (!block.has(label)) block.set(label, row.getCell(2).value); // the header block comes first
    });
    expect(block.get('Đơn vị')).toBe('Tỉnh Bắc Kạn');
    expect(block.get('Kỳ số liệu')).toBe('Giai đoạn 2021 - 2025');
    expect(block.get('Số liệu đến ngày')).toBe('30/06/2025');
    expect(block.get('Lọc theo tên đơn vị')).toBe('cho');
    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Đơn vị' && row.getCell(2).value !== 'Tỉnh Bắc Kạn') header = n;
    });
    expect(header).toBeGreaterThan(0);
    expect([1, 2].map((i) => sheet.getRow(header + i).getCell(1).value)).toEqual(shown);
    const valueCell = sheet.getRow(header + 1).getCell(4);
    expect(typeof valueCell.value).toBe('number');
    expect(valueCell.numFmt).toBe('#,##0');
    expect(sheet.getRow(header + 1).getCell(6).numFmt).toBe('0.0%');
    expect(sheet.getRow(header + 3).getCell(1).value).toBe('Tổng cộng: Tỉnh Bắc Kạn');

    // Drill from a row: the child's table, same columns and sort, no filter, in the same page (no reload).
    await page.evaluate(() => Object.assign(window, { beforeDrill: true }));
    await table.getByRole('link', { name: 'Huyện Chợ Đồn' }).click();
    await page.getByRole('heading', { level: 2, name: 'Huyện Chợ Đồn' }).waitFor();
    expect(await page.evaluate(() => 'beforeDrill' in window)).toBe(true);
    expect(page.url()).toContain('/u/064');
    expect(decodeURIComponent(page.url())).toContain('sort=value:P8.1.4.desc');
    expect(page.url()).not.toContain('q=');
    const child = page.getByRole('table', { name: /^Số liệu các đơn vị trực thuộc Huyện Chợ Đồn/ });
    await child.waitFor();
    expect((await rowNames(page)).length).toBeGreaterThan(10);
    expect(await page.getByRole('searchbox', { name: 'Lọc theo tên đơn vị' }).inputValue()).toBe('');
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });
});
