/**
 * Offline use of the built app: install (service worker + manifest), download the province for a
 * meeting, lose the network, keep working from what was saved; and a new deployment is offered, not
 * silently mixed in.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanConsole, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/** Waits until the service worker controls the page (the first install claims it at once). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
}

describe('offline use', () => {
  it('is installable: manifest with name and icons, service worker registered', async () => {
    const app = await openApp(browser, '/u/06');
    const { page } = app;
    await heading(page, 'Tỉnh Bắc Kạn').waitFor();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(baseUrl() + href)).json()) as { name: string; display: string; icons: { sizes: string; type: string }[] };
    expect(manifest.name).toBe('Dự án 8 – Theo dõi, giám sát');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await controlled(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('downloads the province, then works offline from the saved copy, with the banner', async () => {
    const app = await openApp(browser, '/u/06');
    const { page, context } = app;
    await heading(page, 'Tỉnh Bắc Kạn').waitFor();
    await controlled(page);

    const started = Date.now();
    await page.getByRole('button', { name: 'Tải về để dùng ngoại tuyến' }).click();
    await page.getByRole('progressbar', { name: 'Tiến độ tải về' }).waitFor();
    const done = page.getByText(/^Đã lưu [\d.]+ tài liệu \([\d,]+ MB\) của Tỉnh Bắc Kạn lúc \d\d:\d\d ngày/);
    await done.waitFor({ timeout: 200_000 });
    const summary = (await done.textContent()) ?? '';
    const count = Number(/Đã lưu ([\d.]+)/.exec(summary)![1]!.replace(/\./g, ''));
    console.info(`offline download: ${summary} in ${Date.now() - started} ms`);
    // meta + catalogue + (unit, boundaries, notes) for the province and every unit below it.
    expect(count).toBeGreaterThan(3 * 1000);
    const cacheNames = await page.evaluate(() => caches.keys());
    const apiCaches = cacheNames.filter((n) => n.startsWith('da8-api-'));
    expect(apiCaches).toHaveLength(1);
    expect(await page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((k) => k.length), apiCaches[0]!)).toBe(count);

    await context.setOffline(true);
    await expect.poll(() => page.getByText(/^Đang ngoại tuyến – Dữ liệu lưu lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}$/).count()).toBe(1);

    // Drill down through units never opened before: all from the saved copy.
    await page.getByRole('link', { name: 'Thành phố Bắc Kạn', exact: true }).click();
    await heading(page, 'Thành phố Bắc Kạn').waitFor();
    await page.getByRole('link', { name: 'Phường Huyền Tụng', exact: true }).click();
    await heading(page, 'Phường Huyền Tụng').waitFor();
    await page.getByRole('link', { name: 'Tổ Khuổi Pái', exact: true }).click();
    await heading(page, 'Tổ Khuổi Pái').waitFor();
    for (const tab of await page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link').all()) {
      await tab.click();
      await heading(page, 'Tổ Khuổi Pái').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    }

    // A reload without network: the shell comes from the precache, the data from the saved copy.
    await page.reload();
    await heading(page, 'Tổ Khuổi Pái').waitFor();
    await expect.poll(() => page.getByText(/^Đang ngoại tuyến – Dữ liệu lưu lúc/).count()).toBe(1);
    expectCleanConsole(app);

    // What was never saved says so.
    await page.goto(`${baseUrl()}/u/99999`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Đang ngoại tuyến và phần này chưa được lưu trên máy.');
    expect(await page.getByText('Đang ngoại tuyến – chỉ xem được các phần đã lưu trên máy').count()).toBe(1);

    await context.setOffline(false);
    await context.close();
  }, 240_000);

  it('offers a new deployment with "Có phiên bản mới" and switches only when asked', async () => {
    const app = await openApp(browser, '/u/06');
    const { page } = app;
    await heading(page, 'Tỉnh Bắc Kạn').waitFor();
    await controlled(page);
    const firstScript = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // A new deployment: the service worker script changes on the server.
    const swFile = resolve(import.meta.dirname, '..', '..', process.env.DIST_DIR ?? 'dist', 'sw.js');
    const original = readFileSync(swFile, 'utf8');
    try {
      appendFileSync(swFile, `\n// deployment ${Date.now()}\n`);
      await page.reload();
      await heading(page, 'Tỉnh Bắc Kạn').waitFor();
      const prompt = page.getByText('Có phiên bản mới của ứng dụng và số liệu.');
      await prompt.waitFor({ timeout: 20_000 });
      // Until the user agrees, the old version keeps control.
      expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(firstScript);
      const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null));
      expect(waiting).toBe('installed');

      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Cập nhật' }).click()]);
      await heading(page, 'Tỉnh Bắc Kạn').waitFor();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => (r?.waiting ? 'waiting' : 'none')))).toBe('none');
      expect(await prompt.count()).toBe(0);
    } finally {
      writeFileSync(swFile, original);
    }
    expectCleanConsole(app);
    await app.context.close();
  });
});
