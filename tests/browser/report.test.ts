/**
 * The inspection report of the seed case in the built app: the generated notice, an edit that
 * survives a reload and a change of unit, DOCX and XLSX downloads, and the print view as a PDF.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';
import { readPdf, squeeze } from './pdf-text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SEED = '/u/058?p=2022-01_2023-05&v=report';
const EDITED = 'Hội LHPN thành phố khẩn trương rà soát, đề xuất chỉ tiêu năm 2023 (đã sửa khi họp Đoàn).';

const sheet = (page: Page) => page.getByRole('article', { name: 'Văn bản thông báo, sửa trực tiếp từng phần' });
const firstRequest = (page: Page) => page.getByRole('group', { name: 'Đề nghị 1' }).getByRole('textbox', { name: 'Nội dung' });

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('the inspection report for Thành phố Bắc Kạn, 1/2022 – 5/2023', () => {
  it('generates the notice, keeps an edit across reload and units, exports DOCX, XLSX and a printed PDF', async () => {
    const app = await openApp(browser, SEED);
    const { page } = app;
    await sheet(page).waitFor();

    // The notice in the Party document format, with the Khuổi Pái conference in the results.
    await expect.poll(() => sheet(page).getByRole('textbox', { name: 'Số, ký hiệu văn bản' }).inputValue()).toBe('Số 25-TB/BDVTU');
    expect(await sheet(page).getByRole('textbox', { name: 'Địa danh, ngày tháng năm' }).inputValue()).toBe('Bắc Kạn, ngày 15 tháng 5 năm 2023');
    const results = await sheet(page).getByRole('textbox', { name: 'Kết quả đạt được' }).inputValue();
    expect(results).toMatch(/Tại tổ dân phố Khuổi Pái, phường Huyền Tụng: .*01 hội nghị truyền thông thay đổi “nếp nghĩ, cách làm”/);
    expect(await firstRequest(page).inputValue()).toMatch(/^Khẩn trương rà soát, đề xuất chỉ tiêu thực hiện hằng năm/);
    // The notes of the city are listed beside it.
    await page.getByRole('article', { name: 'Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn' }).waitFor();
    await expectNoAxeViolations(page);

    // Edit a request: saved at once, marked, listed among the drafts.
    await firstRequest(page).fill(EDITED);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Bản nháp lưu lúc' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Thành phố Bắc Kạn – Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý' }).waitFor();

    await page.reload();
    await sheet(page).waitFor();
    expect(await firstRequest(page).inputValue()).toBe(EDITED);

    // Switching to another unit and back loses nothing.
    await page.getByRole('navigation', { name: 'Vị trí đơn vị' }).getByRole('link', { name: 'Tỉnh Bắc Kạn' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    await sheet(page).waitFor();
    expect(await firstRequest(page).inputValue()).not.toBe(EDITED);
    await page.getByRole('link', { name: 'Thành phố Bắc Kạn – Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }).waitFor();
    await expect.poll(() => firstRequest(page).inputValue()).toBe(EDITED);

    // DOCX: a Word package with the heading and the edited request.
    const docx = await download(page, 'Tải về DOCX');
    expect(docx.name).toMatch(/^du-an-8_thanh-pho-bac-kan_thong-bao-ket-luan_2022q1-2023q2_\d{4}-\d{2}-\d{2}\.docx$/);
    expect(docx.bytes.length).toBeGreaterThan(5000);
    const documentXml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('>THÔNG BÁO<');
    expect(documentXml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(documentXml).toContain('hội LHPN thành phố khẩn trương rà soát, đề xuất chỉ tiêu năm 2023');

    // XLSX annex: a spreadsheet package with one sheet.
    const xlsx = await download(page, 'Tải phụ lục XLSX');
    expect(xlsx.name).toMatch(/^du-an-8_thanh-pho-bac-kan_thong-bao-ket-luan-phu-luc_2022q1-2023q2_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(xlsx.bytes.length).toBeGreaterThan(3000);
    const book = await JSZip.loadAsync(xlsx.bytes);
    expect(book.file('xl/worksheets/sheet1.xml')).not.toBeNull();
    expect(await book.file('xl/sharedStrings.xml')!.async('string')).toContain('Hội nghị, chiến dịch, sự kiện truyền thông');

    // Print: only the notice and its annex, on A4 pages.
    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    expect(pdf.pageCount).toBeLessThanOrEqual(10);
    for (const phrase of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'THÔNG BÁO', 'Số 25-TB/BDVTU', 'tổ dân phố Khuổi Pái', EDITED.slice(20), 'Nơi nhận:', 'PHỤ LỤC']) {
      expect(pdf.text).toContain(squeeze(phrase));
    }
    for (const chrome of ['Theo dõi, giám sát Dự án 8', 'Tải về DOCX', 'Bản nháp đã lưu trên trình duyệt này', 'Khó khăn, kiểm tra, kết luận']) {
      expect(pdf.text).not.toContain(squeeze(chrome));
    }

    expectCleanConsole(app);
    await app.context.close();
  });
});
