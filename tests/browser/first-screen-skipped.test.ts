/**
 * The first screen's parts below the fold are skipped by the page's first layout (content-visibility), and
 * everything still reaches the reader: scrolled to, followed by an anchor, printed, read by a screen reader.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanConsole, expectNoAxeViolations, launchBrowser, layoutShifts, openApp, recordLayoutShifts } from './browser';
import { STATE_LIMIT_MS } from './limits';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 412, height: 823 };
/** Far below the first screen of a district on a phone: still skipped once the page has loaded. */
const FAR_BELOW = ['#key-figures', '#children'];
/** Skipped by the first layout, then drawn by the browser as they lie within its margin around the viewport. */
const BELOW_FOLD = [...FAR_BELOW, '.headline__grid > section:nth-of-type(2)', '.headline__grid > section:nth-of-type(3)'];

/** Whether the first element inside `selector` is drawn (false while its content-visibility: auto ancestor is skipped). */
const rendered = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => (el.firstElementChild ?? el).checkVisibility({ contentVisibilityAuto: true }));

const contentVisibility = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).contentVisibility);

/** Waits until the browser has drawn the content of `selector` (a page without script: polled from the test). */
async function untilRendered(page: Page, selector: string): Promise<void> {
  await expect.poll(() => rendered(page, selector), { timeout: STATE_LIMIT_MS }).toBe(true);
}

async function htmlOnly(viewport = PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport, locale: 'vi-VN' });
  return { context, page: await context.newPage() };
}

describe('first screen: the parts below the fold', () => {
  it('are skipped on load on a phone, while what the first viewport shows is drawn', async () => {
    const { context, page } = await htmlOnly();
    await page.goto(`${baseUrl()}/u/058`);
    for (const selector of BELOW_FOLD) expect(await contentVisibility(page, selector), selector).toBe('auto');
    for (const selector of FAR_BELOW) expect(await rendered(page, selector), selector).toBe(false);
    for (const selector of ['h2.unit-title', '.headline__bands', '.headline__grid > section:first-of-type'])
      expect(await rendered(page, selector), selector).toBe(true);
    await context.close();
  });

  it('are drawn when scrolled to, and when the address names their anchor', async () => {
    const { context, page } = await htmlOnly();
    await page.goto(`${baseUrl()}/u/058`);
    await page.locator('#children').scrollIntoViewIfNeeded();
    await untilRendered(page, '#children .children-list');
    expect(await page.locator('#children').getByRole('link', { name: 'Phường Huyền Tụng' }).isVisible()).toBe(true);

    await page.goto(`${baseUrl()}/u/058#key-figures`);
    await untilRendered(page, '#key-figures .kpi-period');
    const top = await page.locator('#key-figures').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(PHONE.height / 2);
    await context.close();
  });

  it('are laid out whole in print', async () => {
    const { context, page } = await htmlOnly();
    await page.goto(`${baseUrl()}/u/058`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of BELOW_FOLD) {
      expect(await contentVisibility(page, selector), selector).toBe('visible');
      expect(await rendered(page, selector), selector).toBe(true);
    }
    await context.close();
  });

  it('keep the page free of accessibility violations and stay in place while the app takes over', async () => {
    const app = await openApp(browser, '/u/058', {
      viewport: PHONE,
      beforeOpen: recordLayoutShifts,
    });
    const { page } = app;
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect(await layoutShifts(page)).toEqual([]);
    // Skipped content stays in the accessibility tree: its headings and links can be reached by role.
    expect(await page.getByRole('heading', { level: 2, name: /^Số liệu chính/ }).count()).toBe(1);
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });
});

describe('first screen opened for another view', () => {
  it('does not lay out the hidden overview, and the app then draws the view asked for', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    await context.route('**/assets/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/u/058?v=map`);
    expect(await contentVisibility(page, '.view-body > #headline')).toBe('hidden');
    expect(await rendered(page, '.view-body > #headline')).toBe(false);
    expect(await page.locator('h2.unit-title').isVisible()).toBe(true);
    // As tall as the screen, as the hidden overview was taller than it: no scroll bar comes or goes.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(PHONE.height);
    await context.close();

    const app = await openApp(browser, '/u/058?v=map', { viewport: PHONE });
    await app.page.locator('[data-view="map"]').waitFor();
    expect(await contentVisibility(app.page, '.view-body > *')).not.toBe('hidden');
    expect(await rendered(app.page, '[data-view="map"]')).toBe(true);
    expectCleanConsole(app);
    await app.context.close();
  });
});
