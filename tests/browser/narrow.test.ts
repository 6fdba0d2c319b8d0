/**
 * Every view on a phone (390 px) and a narrow window (320 px): nothing wider than the window (WCAG 2.2
 * reflow), tabs on one scrollable strip, wide tables scrolling in their own box; axe in Vietnamese and English.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp, settle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWS: [string, string][] = [
  ['overview of the province', '/u/06'],
  ['overview of a residential group', '/u/01846.14'],
  ['units table', '/u/06?v=table'],
  ['charts', '/u/06?v=charts'],
  ['map of the city', '/u/058?v=map'],
  ['progress', '/u/06?v=progress'],
  ['report of the city', '/u/058?v=report&p=2022-01_2023-05'],
  ['notes', '/u/058?v=notes'],
  ['new units', '/u/06?v=structure'],
  ['presentation', '/u/06?v=present'],
];

/** The page's width beyond the window, in CSS pixels (0 when nothing scrolls sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('narrow screens', () => {
  it.each(VIEWS)('%s: no sideways page scroll at 320 and 390 px, axe clean in vi and en', async (_name, path) => {
    const app = await openApp(browser, path, { viewport: { width: 320, height: 720 } });
    const { page } = app;
    await settle(page);
    expect(await overflow(page)).toBe(0);
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    expect(await overflow(page)).toBe(0);

    await page
      .getByRole('link', { name: /English/ })
      .first()
      .click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await settle(page);
    expect(await overflow(page)).toBe(0);
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('puts the tabs on one strip that scrolls, and the units table in its own scrolling box with the unit name in view', async () => {
    const app = await openApp(browser, '/u/06?v=table', { viewport: { width: 390, height: 844 } });
    const { page } = app;
    await settle(page);
    const tabs = page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('list');
    const rows = await tabs.evaluate((ul) => new Set([...ul.children].map((li) => Math.round(li.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    expect(await tabs.evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);

    const table = page.getByRole('table').first();
    await table.waitFor();
    const box = await table.evaluate((t) => {
      let el = t.parentElement;
      while (el && getComputedStyle(el).overflowX === 'visible') el = el.parentElement;
      return el ? { scrolls: el.scrollWidth > el.clientWidth, width: el.getBoundingClientRect().width } : null;
    });
    expect(box?.scrolls).toBe(true);
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await overflow(page)).toBe(0);
    expectCleanConsole(app);
    await app.context.close();
  });
});
