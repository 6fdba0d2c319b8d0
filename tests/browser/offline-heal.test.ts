/**
 * The offline copy heals: a broken answer from the server (a truncated body, a captive portal's
 * HTML page) is never saved, so fixing the server heals every client on the next reload, with no
 * new deployment; a broken copy on the device is thrown away; and a service worker that cannot be
 * registered withdraws offline download with the reason, without an uncaught error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openApp } from './browser';
import { STATE_LIMIT_MS } from './limits';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dist = resolve(import.meta.dirname, '..', '..', process.env.DIST_DIR ?? 'dist');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: STATE_LIMIT_MS });

/** Whether the device's saved copy holds this API path. */
const saved = (page: Page, path: string) =>
  page.evaluate(async (p) => {
    for (const name of await caches.keys())
      if (name.startsWith('da8-api-') && (await (await caches.open(name)).match(new URL(`/api/${p}`, location.href).href))) return true;
    return false;
  }, path);

/**
 * Whether the device's copy of this API path was written at or after `since` (the page's clock). A
 * page writes its copy once it is idle after the document arrived, so an earlier page's copy can be
 * present before the current page's write lands.
 */
const savedSince = (page: Page, path: string, since: number) =>
  page.evaluate(
    async ([p, t]) => {
      for (const name of await caches.keys()) {
        if (!name.startsWith('da8-api-')) continue;
        const stamp = (await (await caches.open(name)).match(new URL(`/api/${p}`, location.href).href))?.headers.get('x-saved-at');
        if (stamp && Date.parse(stamp) >= t) return true;
      }
      return false;
    },
    [path, since] as const,
  );

/** Serves `body` in place of the document on the server until the returned function restores it. */
function poison(path: string, body: (original: string) => string): () => void {
  const file = resolve(dist, 'api', path);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, body(original));
  return () => writeFileSync(file, original);
}

const POISONS: [string, (original: string) => string][] = [
  ['a truncated body', (original) => original.slice(0, Math.floor(original.length / 2))],
  ['a captive portal’s HTML page', () => '<!doctype html><html><head><title>Wi-Fi</title></head><body><form>Đăng nhập Wi-Fi khách sạn</form></body></html>'],
];

describe('the offline copy heals', () => {
  it.each(POISONS)('%s is never saved; fixing the server heals the page on reload, and the fixed copy works offline', async (_name, body) => {
    const app = await openApp(browser, '/u/058');
    const { page, context } = app;
    await heading(page, 'Thành phố Bắc Kạn').waitFor();
    await controlled(page);

    const restore = poison('v1/units/061.json', body);
    try {
      await page.goto(`${baseUrl()}/u/061`);
      const alert = page.getByRole('main').getByRole('alert');
      await alert.getByText('Dữ liệu nhận được bị hỏng (không phải JSON hợp lệ).').waitFor();
      // Not a dead end: the breadcrumb and a link up to the province.
      await page.getByRole('navigation', { name: 'Vị trí đơn vị' }).getByRole('link', { name: 'Tỉnh Bắc Kạn' }).waitFor();
      await alert.getByRole('link', { name: 'Lên Tỉnh Bắc Kạn' }).waitFor();
      expect(await saved(page, 'v1/units/061.json')).toBe(false);
    } finally {
      restore();
    }

    await page.reload();
    await heading(page, 'Huyện Ba Bể').waitFor();
    await expect.poll(() => saved(page, 'v1/units/061.json')).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await heading(page, 'Huyện Ba Bể').waitFor();
    await context.setOffline(false);
    await context.close();
  });

  it('a broken copy on the device is thrown away, not shown, and replaced once the network is back', async () => {
    const app = await openApp(browser, '/u/062');
    const { page, context } = app;
    await heading(page, 'Huyện Ngân Sơn').waitFor();
    await controlled(page);
    const reloadedAt = await page.evaluate(() => Date.now());
    await page.reload();
    await heading(page, 'Huyện Ngân Sơn').waitFor();
    // This page's own write, not the first page's: a write still pending would repair the damage below.
    await expect.poll(() => savedSince(page, 'v1/units/062.json', reloadedAt)).toBe(true);
    // The copy on the device gets damaged (an interrupted write, a disk error).
    await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('da8-api-'))!;
      const url = new URL('/api/v1/units/062.json', location.href).href;
      await (
        await caches.open(name)
      ).put(url, new Response('{"unit":{"code":"062","na', { headers: { 'content-type': 'application/json', 'x-saved-at': new Date().toISOString() } }));
    });

    await context.setOffline(true);
    await page.reload();
    await page
      .getByRole('main')
      .getByRole('alert')
      .getByText(/Đang ngoại tuyến và phần này chưa được lưu trên máy/)
      .waitFor();
    expect(await saved(page, 'v1/units/062.json')).toBe(false);

    await context.setOffline(false);
    await page.reload();
    await heading(page, 'Huyện Ngân Sơn').waitFor();
    await expect.poll(() => saved(page, 'v1/units/062.json')).toBe(true);
    await context.close();
  });
});

describe('a service worker that cannot be registered', () => {
  it('withdraws offline download with the reason, and raises no uncaught error', async () => {
    const app = await openApp(browser, '/u/058', {
      beforeOpen: async (page) => {
        await page.addInitScript(() => {
          navigator.serviceWorker.register = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
        });
      },
    });
    const { page } = app;
    await heading(page, 'Thành phố Bắc Kạn').waitFor();
    await page.getByText(/^Chưa dùng ngoại tuyến được trên máy này/).waitFor();
    expect(await page.getByRole('button', { name: 'Tải về để dùng ngoại tuyến' }).count()).toBe(0);
    expect(app.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    await app.context.close();
  });
});
