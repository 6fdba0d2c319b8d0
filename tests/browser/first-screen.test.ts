import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanConsole, expectNoAxeViolations, launchBrowser, layoutShifts, openApp, recordLayoutShifts } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("units' first screens in the HTML", () => {
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

  it('requests nothing but the page and its icon before its first paint, and is styled from the page itself', async () => {
    const app = await openApp(browser, '/u/058');
    const { page } = app;
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    const early = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href;
      return performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < paint && r.name !== icon)
        .map((r) => r.name);
    });
    expect(early).toEqual([]);
    // Once started, the styles are the shell's stylesheets, after the one inline script.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('script:not([src]):not([type]) + link[rel="stylesheet"]') !== null)).toBe(true);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('is served for every unit and for "/", and with a query shows only what the query does not change while the code loads', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    // No script or stylesheet loads: what shows is the page alone.
    await context.route('**/assets/*.{js,css}', (route) => route.abort());
    const page = await context.newPage();
    const visible = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility === 'visible');
    for (const [path, title] of [
      ['/', 'Tỉnh Bắc Kạn'],
      ['/u/06', 'Tỉnh Bắc Kạn'],
      ['/u/058', 'Thành phố Bắc Kạn'],
      ['/u/01846', 'Phường Huyền Tụng'],
      ['/u/01846.14', 'Tổ Khuổi Pái'],
    ] as const) {
      await page.goto(baseUrl() + path);
      expect(await page.locator('h2.unit-title').textContent(), path).toBe(title);
      expect(await visible('.view-body'), path).toBe(true);
      expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).display), path).not.toBe('inline');
    }
    // Another view or period: the unit's frame shows, the default view and the pickers do not.
    for (const path of ['/u/058?v=map', '/u/01846.14?p=2023Q2']) {
      await page.goto(baseUrl() + path);
      expect(await visible('h2.unit-title'), path).toBe(true);
      expect(await visible('.view-body'), path).toBe(false);
      expect(await visible('.toolbar'), path).toBe(false);
      expect(await visible('.view-tabs'), path).toBe(false);
    }
    // Another language: nothing of the Vietnamese page shows.
    await page.goto(`${baseUrl()}/u/06?lang=en`);
    expect(await visible('h2.unit-title')).toBe(false);
    await context.close();
  });

  it.each(['/u/058?v=map', '/u/01846.14?lang=en'])('draws the screen asked for once the app has loaded: %s', async (path) => {
    const app = await openApp(browser, path);
    const { page } = app;
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    const view = new URL(baseUrl() + path).searchParams.get('v') ?? 'overview';
    await page.locator(`[data-view="${view}"]`).waitFor();
    const visible = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility === 'visible');
    expect(await visible('.view-body')).toBe(true);
    expect(await visible('.toolbar')).toBe(true);
    if (path.includes('lang=en')) expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expectCleanConsole(app);
    await app.context.close();
  });

  const DESKTOP = { width: 1366, height: 900 };
  const MAP = '[data-view="map"] .leaflet-container';
  it.each([
    ['/u/058?v=map', DESKTOP, MAP],
    ['/u/058?v=map', { width: 412, height: 823 }, MAP],
    ['/u/01846.14?p=2023Q2', DESKTOP, '#headline'],
    ['/u/058?lang=en', DESKTOP, '#headline'],
    ['/u/01846?v=report', DESKTOP, '.report-sheet'],
  ])('keeps the page in place while the app draws its own screen over it: %s', async (path, viewport, drawn) => {
    const app = await openApp(browser, path, { viewport, beforeOpen: recordLayoutShifts });
    const { page } = app;
    await page.locator(drawn).waitFor();
    // What loads after the screen (the download button's code) takes the place kept for it; the headline
    // comes with the screen, not after the key figures below it.
    await page.locator('.offline-download button').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await layoutShifts(page)).toEqual([]);
    await app.context.close();
  });

  it.each([
    ['/u/06', '/u/06', 'Huyện Ba Bể', 'Tỉnh Bắc Kạn'],
    ['/', '/u/06', 'Huyện Ba Bể', 'Tỉnh Bắc Kạn'],
    ['/u/01846', '/u/01846', 'Tổ Khuổi Pái', 'Phường Huyền Tụng'],
  ])('%s: hands over to the app without a loading flash, then drills in place with a clean console', async (path, address, child, name) => {
    const documents: string[] = [];
    const app = await openApp(browser, path, {
      beforeOpen: async (page) => {
        // The app taking over (and the styles of the parts it loads on first use) must not move anything under the reader.
        await recordLayoutShifts(page);
        page.on('request', (r) => {
          if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
        });
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __rootStates: string[] }).__rootStates = seen;
          // From the end of parsing on (while parsing, the root fills up piece by piece).
          document.addEventListener('DOMContentLoaded', () => {
            // The page's own title element: the app adopts the markup (hydrates) rather than drawing it again.
            (window as unknown as { __firstTitle: Element | null }).__firstTitle = document.querySelector('#root h2');
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
    expect(new URL(page.url()).pathname).toBe(address);
    expect(await page.evaluate(() => (window as unknown as { __firstTitle: Element | null }).__firstTitle?.isConnected)).toBe(true);
    expect(await layoutShifts(page)).toEqual([]);
    await page.getByRole('link', { name: child, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: child }).waitFor();
    expect(documents).toEqual([path]);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('draws the figures of an API that changed since the page was built, over the page and without a hydration error', async () => {
    // The province's P8.1.1 is a stock (the value of the last quarter): the API now says 1234, the page was built with another value.
    let before: string | null = null;
    const app = await openApp(browser, '/u/06', {
      beforeOpen: async (page) => {
        // On the context, so that it also answers the service worker's requests.
        await page.context().route('**/api/v1/units/06.json', async (route) => {
          const response = await route.fetch();
          const doc = (await response.json()) as { figures: Record<string, { series: Record<string, { values: (number | null)[] }> }> };
          const values = doc.figures['06']!.series['P8.1.1']!.values;
          before = new Intl.NumberFormat('vi-VN').format(values.at(-1)!);
          values[values.length - 1] = 1234;
          await route.fulfill({ response, json: doc });
        });
        await page.addInitScript(() =>
          document.addEventListener('DOMContentLoaded', () => {
            (window as unknown as { __firstTitle: Element | null }).__firstTitle = document.querySelector('#root h2');
          }),
        );
      },
    });
    const { page } = app;
    const card = page.locator('article.kpi', { hasText: 'Tổ truyền thông cộng đồng đang hoạt động' });
    await card.getByText('1.234', { exact: true }).waitFor();
    // Drawn over the page: the app could not trust the changed document's text, so it did not adopt the markup.
    expect(await page.evaluate(() => (window as unknown as { __firstTitle?: Element | null }).__firstTitle?.isConnected)).toBe(false);
    expect(before).not.toBeNull();
    expect(before).not.toBe('1.234');
    expect(await card.getByText(before!, { exact: true }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expectCleanConsole(app);
    await app.context.close();
  });

  it('switches a hydrated page to English in place, loading the English messages only then', async () => {
    const english: string[] = [];
    const app = await openApp(browser, '/u/058', {
      beforeOpen: async (page) => {
        page.on('request', (r) => {
          if (/\/assets\/english-[\w-]+\.js$/.test(r.url())) english.push(r.url());
        });
      },
    });
    const { page } = app;
    expect(english).toEqual([]);
    await page.getByRole('link', { name: 'Ngôn ngữ: English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByText('Project 8 monitoring').first().waitFor();
    expect(english.length).toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Thành phố Bắc Kạn');
    expectCleanConsole(app);
    await app.context.close();
  });
});
