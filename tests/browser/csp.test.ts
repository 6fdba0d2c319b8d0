/**
 * The built app carries a strict Content-Security-Policy and runs under it without a single
 * violation: no inline script or style, no eval, no other origin.
 */
import type { Browser, Page } from 'playwright-core';
import { FIRST_SCREEN_SCRIPT, FIRST_SCREEN_SCRIPT_HASH } from '../../scripts/prerender/compose-page';
import { inlineScripts, isDataBlock, RUNNABLE_INLINE_SCRIPT } from '../../scripts/prerender/page-scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanConsole, launchBrowser, openApp, settle, SHAPES } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every securitypolicyviolation from the first script of each document on. */
const recordViolations = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
};
const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? null);

describe('Content-Security-Policy', () => {
  it('is delivered in a <meta> tag, strict, before anything it governs', async () => {
    // The shell (what units without a page of their own get), and units' pages with their first screen in the HTML.
    for (const path of ['/index.html', '/u/058', '/u/06']) {
      const app = await openApp(browser, path);
      const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, path).not.toBeNull();
      const directives = new Map(
        policy!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      // The first-screen pages allow their one fixed inline script by its hash, nothing else.
      expect(directives.get('script-src'), path).toEqual(path === '/index.html' ? ["'self'"] : ["'self'", FIRST_SCREEN_SCRIPT_HASH]);
      expect(directives.get('style-src'), path).toEqual(["'self'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('base-uri'), path).toEqual(["'self'"]);
      expect(directives.get('worker-src'), path).toEqual(["'self'"]);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.)/);
      // The policy must come before every script and stylesheet of the page.
      const order = await app.page.evaluate(() => [...document.head.children].map((el) => el.getAttribute('http-equiv') ?? el.tagName.toLowerCase()));
      const first = order.findIndex((t) => t === 'script' || t === 'link');
      expect(order.indexOf('Content-Security-Policy'), path).toBeLessThan(first);
      // Nothing else inline, in the page as served either (the first screen is markup only).
      const served = await (await app.page.request.get(baseUrl() + path)).text();
      // Besides that script, only data blocks: scripts of a type no browser runs (compose-page.ts).
      const inline = inlineScripts(served);
      expect(
        inline.filter((s) => !isDataBlock(s)).map((s) => s.text),
        path,
      ).toEqual(path === '/index.html' ? [] : [FIRST_SCREEN_SCRIPT]);
      expect(inline.filter(isDataBlock).length, path).toBe(path === '/index.html' ? 0 : 2);
      expect(served, path).not.toMatch(/<style|\sstyle="/);
      expect(await app.page.locator(RUNNABLE_INLINE_SCRIPT).count(), path).toBe(path === '/index.html' ? 0 : 1);
      expect(await app.page.locator('style').count(), path).toBe(0);
      // Once the app has started, the styles are the shell's linked stylesheets, not the adopted copy.
      expect(await app.page.evaluate(() => document.adoptedStyleSheets.length), path).toBe(0);
      expect(await app.page.locator('link[rel="stylesheet"]').count(), path).toBeGreaterThan(0);
      expectCleanConsole(app);
      await app.context.close();
    }
  });

  it('is never violated while the app is used: every view, drilling, language switch, hovering charts and maps', async () => {
    const app = await openApp(browser, '/u/06');
    const { page } = app;
    await page.addInitScript(recordViolations);
    await page.reload();
    const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    await heading('Tỉnh Bắc Kạn');

    for (const [unit, name] of [
      ['06', 'Tỉnh Bắc Kạn'],
      ['058', 'Thành phố Bắc Kạn'],
      ['01846', 'Phường Huyền Tụng'],
    ] as const) {
      if (unit !== '06') {
        await page.getByRole('link', { name, exact: true }).first().click();
        await heading(name);
      }
      const tabs = page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link');
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await heading(name);
        await settle(page);
        // Charts and maps draw tooltips on hover: move over whatever is drawn.
        for (const shape of (await page.locator(SHAPES).all()).slice(0, 12)) {
          if (await shape.isVisible()) await shape.hover({ force: true, trial: false }).catch(() => undefined);
        }
        expect(await page.getByRole('alert').count(), `an error is shown on ${page.url()}`).toBe(0);
      }
      await page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link').first().click();
    }
    await page.getByRole('link', { name: 'Ngôn ngữ: English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Project 8 monitoring' }).waitFor();

    expect(await violations(page)).toEqual([]);
    expectCleanConsole(app);

    // The listener works: an injected inline script is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan ?? false)).toBe(false);
    await app.context.close();
  });
});
