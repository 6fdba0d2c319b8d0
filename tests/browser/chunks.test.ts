/**
 * A view whose code fails to arrive (offline without a service worker, a network blip, a deployment
 * that replaced the chunk) says so in its place, keeps the page around it, and recovers on "Thử lại".
 */
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CHARTS_CHUNK = /\/assets\/charts-view-[\w-]+\.js$/;
/** The table's XLSX writer and the spreadsheet library it loads on click. */
const XLSX_CHUNKS = /\/assets\/(?:export-xlsx|exceljs)[\w.-]*\.js$/;

describe('a view whose code fails to load', () => {
  it('says so with "Thử lại", keeps the breadcrumb and tabs, and renders once the code arrives', async () => {
    const app = await openApp(browser, '/u/058', { serviceWorkers: 'block' });
    const { page } = app;
    let blocked = true;
    await page.route(CHARTS_CHUNK, (route: Route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('navigation', { name: 'Vị trí đơn vị' }).waitFor();

    await page.getByRole('link', { name: 'Biểu đồ' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await alert.getByText(/Không tải được mã chương trình của phần này/).waitFor();
    // The page around it still works: the breadcrumb, the tabs, the unit's title.
    await expect(page.getByRole('navigation', { name: 'Vị trí đơn vị' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }).isVisible()).resolves.toBe(true);
    await expect(alert.getByRole('button', { name: 'Tải lại trang' }).count()).resolves.toBe(0);

    blocked = false;
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page
      .locator('#chart-achievement')
      .getByRole('img', { name: /^Biểu đồ/ })
      .waitFor();
    await expect(page.getByRole('main').getByRole('alert').count()).resolves.toBe(0);
    await app.context.close();
  });

  it('offers a reload when the server no longer has the chunk (a new version replaced it)', async () => {
    const app = await openApp(browser, '/u/058', { serviceWorkers: 'block' });
    const { page } = app;
    await page.route(CHARTS_CHUNK, (route: Route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
    await page.getByRole('link', { name: 'Biểu đồ' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await alert.getByText(/Ứng dụng vừa được cập nhật/).waitFor();
    await alert.getByRole('button', { name: 'Tải lại trang' }).waitFor();
    await alert.getByRole('button', { name: 'Thử lại' }).waitFor();

    // The reload brings the whole page back (here the chunk is back too).
    await page.unroute(CHARTS_CHUNK);
    await alert.getByRole('button', { name: 'Tải lại trang' }).click();
    await page
      .locator('#chart-achievement')
      .getByRole('img', { name: /^Biểu đồ/ })
      .waitFor();
    await app.context.close();
  });

  it('an export whose library fails to arrive says so, and the next press makes the file', async () => {
    const app = await openApp(browser, '/u/058?v=table', { serviceWorkers: 'block' });
    const { page } = app;
    let blocked = true;
    await page.route(XLSX_CHUNKS, (route: Route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    const press = page.getByRole('button', { name: 'Tải Excel (XLSX)' });
    await press.click();
    const status = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /Không tải được phần mềm tạo tệp/ });
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain('kiểm tra kết nối');

    blocked = false;
    const download = page.waitForEvent('download');
    await press.click();
    await expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /Đã tạo tệp .*\.xlsx/ })
      .waitFor();
    await app.context.close();
  });
});
