/** Shared helpers for browser tests: launch Chromium, open the app, collect console errors, run axe. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumPath } from './chromium-path';
import { STATE_LIMIT_MS } from './limits';

export const baseUrl = (): string => inject('baseUrl');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, page errors and failed requests seen so far. */
  problems: string[];
}

/**
 * A fresh context and page. Only the app's own origin is reachable: any other request is
 * aborted and reported, so a test fails if the app needs the internet.
 */
export async function openApp(
  browser: Browser,
  path = '/',
  options: {
    viewport?: { width: number; height: number };
    acceptDownloads?: boolean;
    beforeOpen?: (page: Page) => Promise<void>;
    /** "block": no service worker, so every request reaches the routes (as on a host without HTTPS). */
    serviceWorkers?: 'allow' | 'block';
    /** Another build of the app than the one the global setup serves. */
    base?: string;
    /** Origins besides the app's own that the page may reach (an API server elsewhere). */
    allowOrigins?: readonly string[];
    /** A phone: touch events and a mobile viewport. */
    touch?: boolean;
  } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 900 },
    acceptDownloads: options.acceptDownloads ?? true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: options.serviceWorkers ?? 'allow',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  context.setDefaultTimeout(STATE_LIMIT_MS);
  const base = options.base ?? baseUrl();
  const allowed = [new URL(base).origin, ...(options.allowOrigins ?? [])];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.some((origin) => url.startsWith(origin)) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`external request blocked: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    const at = msg.location().url;
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}${at ? ` (${at})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await options.beforeOpen?.(page);
  await page.goto(base + path);
  // The root unit's page shows its first screen before the app runs: wait until the app is in charge.
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: STATE_LIMIT_MS });
  return { page, context, problems };
}

export function expectCleanConsole(app: AppPage): void {
  expect(app.problems).toEqual([]);
}

/** axe-core with WCAG 2.1 A/AA rules: no violations allowed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** Shapes that show a tooltip on hover: chart bars, dots and sectors, map areas. */
export const SHAPES = '.recharts-rectangle, .recharts-dot, .recharts-sector, .leaflet-interactive';

/** Waits until the view that was just opened has loaded its code and data and drawn itself. */
export async function settle(page: Page): Promise<void> {
  const view = new URL(page.url()).searchParams.get('v') ?? 'overview';
  await page.locator(`main [data-view="${view}"]`).waitFor({ timeout: STATE_LIMIT_MS });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !/Đang tải…|Máy chủ phản hồi chậm/.test(document.querySelector('main')?.textContent ?? ''), undefined, {
    timeout: STATE_LIMIT_MS,
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Records every layout shift of the page from its start, with what moved (`0.0334 div.summary, li#x`);
 * call before the page opens (e.g. in openApp's beforeOpen), read with layoutShifts.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[]) {
        const moved = entry.sources.map((source) => {
          const node = source.node as Element | null | undefined;
          return node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className)}` : ''}` : '?';
        });
        shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export const layoutShifts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
