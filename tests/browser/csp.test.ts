import { createHash } from 'node:crypto';
/**
 * The built app carries a strict Content-Security-Policy and runs under it without a single
 * violation: no inline script or style, no eval, no other origin.
 */
import type { Browser, Page } from 'playwright-core';
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
    // A unit page served from the shell, and the root unit's page with its first screen in the HTML.
    for (const path of ['/u/058', '/u/06']) {
      const app = await openApp(browser, path);
      const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, path).not.toBeNull();
      const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      // Inline blocks only as their exact hashes: those of the first-screen page, none in the shell.
      const raw = await (await app.page.request.get(baseUrl() + path)).text();
      const blocks = (tag: string) => [...raw.matchAll(new RegExp(`<${tag}(?: type="module")?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      expect(directives.get('script-src'), path).toEqual(["'self'", ...blocks('script')]);
      expect(directives.get('style-src'), path).toEqual(["'self'", ...blocks('style')]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('base-uri'), path).toEqual(["'self'"]);
      expect(directives.get('worker-src'), path).toEqual(["'self'"]);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.)/);
      expect(blocks('script').length, path).toBe(path === '/u/06' ? 2 : 0);
      // The policy must come before every script and stylesheet of the page.
      const order = await app.page.evaluate(() => [...document.head.children].map((el) => el.getAttribute('http-equiv') ?? el.tagName.toLowerCase()));
      const first = order.findIndex((t) => t === 'script' || t === 'link' || t === 'style');
      expect(order.indexOf('Content-Security-Policy'), path).toBeLessThan(first);
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
