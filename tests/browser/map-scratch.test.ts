import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
it('fs', async () => {
  const app = await openApp(browser, '/u/064?v=map');
  const { page } = app;
  await page.locator('.map-legend').waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Toàn màn hình' }).click();
  await page.waitForTimeout(1000);
  console.log(await page.evaluate(() => ({ fs: document.fullscreenElement?.className, h: document.querySelector('.leaflet-map')!.getAttribute('style'), inner: innerHeight, btn: [...document.querySelectorAll('.map-actions button')].map((b) => b.textContent + b.getAttribute('aria-pressed')) })));
  console.log(app.problems);
  await app.context.close();
}, 60000);
