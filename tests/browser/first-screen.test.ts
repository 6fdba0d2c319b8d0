import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const rootText = (page: Page) => page.evaluate(() => document.getElementById('root')?.textContent ?? '');

describe("the root unit's first screen in the HTML", () => {
  it('shows the province figures before any code runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/u/06`);
    expect(await page.title()).toBe('Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8');
    expect(await page.locator('h2.unit-title').textContent()).toBe('Tỉnh Bắc Kạn');
    expect(await page.getByText('Số liệu đến ngày 30/06/2025').count()).toBeGreaterThan(0);
    expect(await page.locator('article.kpi').count()).toBeGreaterThan(10);
    // Styled by the stylesheet: the layout is there before any code runs.
    expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).display)).not.toBe('inline');
    expect(await page.getByText('Đang tải').count()).toBe(0);
    await context.close();
  });

  it('is served only for the root unit without a query: another view, language or unit never shows it while the code loads', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    await context.route('**/assets/*.js', (route) => route.abort());
    const page = await context.newPage();
    for (const [path, shown] of [
      ['/u/06', true],
      ['/u/06?v=table', false],
      ['/u/06?lang=en', false],
      ['/u/058', false],
    ] as const) {
      await page.goto(baseUrl() + path);
      expect((await rootText(page)).includes('Tỉnh Bắc Kạn'), path).toBe(shown);
    }
    await context.close();
  });

  it('hands over to the app without a loading flash, then drills in place with a clean console', async () => {
    const documents: string[] = [];
    const app = await openApp(browser, '/u/06', {
      beforeOpen: async (page) => {
        page.on('request', (r) => {
          if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
        });
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __rootStates: string[] }).__rootStates = seen;
          // From the end of parsing on (while parsing, the root fills up piece by piece).
          document.addEventListener('DOMContentLoaded', () => {
            const record = () => {
              const text = document.getElementById('root')?.textContent ?? '';
              seen.push(text.length === 0 ? 'empty' : /Đang tải/.test(text) ? 'loading' : 'content');
            };
            record();
            new MutationObserver(record).observe(document.getElementById('root')!, { childList: true, subtree: true, characterData: true });
          });
        });
      },
    });
    const { page } = app;
    // Once the app is in charge, its links drill without loading a page.
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    // Figures on screen from the first paint on, never a loading state in between.
    expect(new Set(await page.evaluate(() => (window as unknown as { __rootStates: string[] }).__rootStates))).toEqual(new Set(['content']));
    await page.getByRole('link', { name: 'Huyện Ba Bể', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Huyện Ba Bể' }).waitFor();
    expect(documents).toEqual(['/u/06']);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });
});
