/**
 * The map drawn on its canvas layer (the way maps of 300 units and more are drawn; `mr=canvas`
 * forces it on a district): the fills where the units are, the tooltip and the pointer cursor on
 * hover, the highlight from the table twin, the same after zooming (the layer redrawn for the new
 * view), the PNG export, click to drill, tap then second tap.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const UNIT = 'Thị trấn Chợ Rã';
const CODE = '01888';
const map = (page: Page) => page.locator('.leaflet-container');
const tooltip = (page: Page) => page.locator('.leaflet-tooltip');
const twinLink = (page: Page) => page.getByRole('table', { name: /Bảng số liệu của bản đồ/ }).getByRole('link', { name: UNIT });

/**
 * The unit's label point on the page: focusing its row in the table twin opens the tooltip there
 * (pointing down at it from 12 px above), then the focus leaves again and the map is brought back
 * into view (the twin is below it).
 */
async function labelPoint(page: Page): Promise<{ x: number; y: number }> {
  await twinLink(page).focus();
  await expect.poll(() => tooltip(page).textContent()).toContain(UNIT);
  const tip = (await tooltip(page).boundingBox())!;
  const before = (await map(page).boundingBox())!;
  await twinLink(page).blur();
  await expect.poll(() => tooltip(page).count()).toBe(0);
  await map(page).scrollIntoViewIfNeeded();
  const box = (await map(page).boundingBox())!;
  return { x: box.x + tip.x - before.x + tip.width / 2, y: box.y + tip.y - before.y + tip.height + 12 };
}

/**
 * The pixels of one of the layer's canvases (0: fills, 1: highlight), read from a copy (a fresh
 * context each time, so the page's own canvases are never read back), with where the canvas sits.
 */
const canvasPixels = `(layer) => {
  const canvas = document.querySelectorAll('.map-canvas canvas')[layer];
  const r = canvas.getBoundingClientRect();
  // The highlight canvas has no size until something is highlighted.
  if (!canvas.width) return { data: new Uint8ClampedArray(0), width: 0, height: 0, r };
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(canvas, 0, 0);
  return { data: ctx.getImageData(0, 0, copy.width, copy.height).data, width: copy.width, height: copy.height, r };
}`;

/** The colour drawn at a page point on one of the layer's canvases, as #rrggbb, or null where transparent. */
const colourAt = (page: Page, layer: number, at: { x: number; y: number }) =>
  page.evaluate(
    ({ layer, at, read }) => {
      const { data, width, height, r } = (0, eval)(read)(layer) as { data: Uint8ClampedArray; width: number; height: number; r: DOMRect };
      const x = Math.round(((at.x - r.left) * width) / r.width);
      const y = Math.round(((at.y - r.top) * height) / r.height);
      const i = 4 * (y * width + x);
      return data[i + 3] ? `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((c) => c.toString(16).padStart(2, '0')).join('')}` : null;
    },
    { layer, at, read: canvasPixels },
  );

/** Pixels with any ink on the highlight canvas. */
const highlightInk = (page: Page) =>
  page.evaluate((read) => {
    const { data } = (0, eval)(read)(1) as { data: Uint8ClampedArray };
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]) ink++;
    return ink;
  }, canvasPixels);

/** Waits until the map has stopped moving: the same zoom and canvas place twice in a row. */
async function whenStill(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = `${await map(page).getAttribute('data-zoom')}|${await page.locator('.map-canvas').getAttribute('style')}`;
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 250 },
    )
    .toBe(true);
}

describe('the map on its canvas layer', () => {
  it('draws the units where they are, shows them on hover and focus, zooms, exports and drills on click', async () => {
    const app = await openApp(browser, '/u/061?v=map&mr=canvas');
    const { page } = app;
    await page.getByRole('region', { name: 'Bản đồ các đơn vị trực thuộc Huyện Ba Bể' }).waitFor();
    await expect.poll(() => page.locator('.map-canvas canvas').count()).toBe(2);
    expect(await page.locator('path[data-unit]').count()).toBe(0);
    await whenStill(page);
    await expectNoAxeViolations(page);

    // Keyboard focus in the twin highlights the unit on the upper canvas.
    await twinLink(page).focus();
    await expect.poll(() => highlightInk(page)).toBeGreaterThan(0);
    await twinLink(page).blur();
    await expect.poll(() => highlightInk(page)).toBe(0);

    const fill = await page
      .locator('.map-twin tr', { has: page.getByRole('link', { name: UNIT }) })
      .locator('.map-swatch')
      .getAttribute('data-fill');
    expect(fill).toMatch(/^#[0-9a-f]{6}$/i);
    for (const step of ['first view', 'zoomed in']) {
      if (step === 'zoomed in') {
        const before = Number(await map(page).getAttribute('data-zoom'));
        await page.getByRole('button', { name: 'Phóng to' }).click();
        await expect.poll(async () => Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThan(before);
        await whenStill(page);
      }
      const at = await labelPoint(page);
      expect(await colourAt(page, 0, at), step).toBe(fill!.toLowerCase());

      await page.mouse.move(at.x, at.y);
      await expect.poll(() => tooltip(page).locator('strong').textContent()).toBe(UNIT);
      expect(await page.locator('.map-canvas').getAttribute('class')).toContain('leaflet-interactive');
      await expect.poll(() => highlightInk(page)).toBeGreaterThan(0);
      // Off the map: the tooltip closes and the highlight goes.
      const box = (await map(page).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height + 40);
      await expect.poll(() => tooltip(page).count()).toBe(0);
      await expect.poll(() => highlightInk(page)).toBe(0);
    }

    // The exported picture holds the canvases too (html-to-image copies them).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải ảnh PNG' }).click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    const at = await labelPoint(page);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('heading', { level: 2, name: UNIT }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/u/${CODE}`);
    expectCleanConsole(app);
    await app.context.close();
  }, 60_000);

  it('shows a unit on a tap and drills on a second tap', async () => {
    const app = await openApp(browser, '/u/061?v=map&mr=canvas', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = app;
    await expect.poll(() => page.locator('.map-canvas canvas').count()).toBe(2);
    await map(page).scrollIntoViewIfNeeded();
    await whenStill(page);
    const at = await labelPoint(page);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => tooltip(page).textContent()).toContain('Chạm lần nữa để xem đơn vị này');
    expect(await tooltip(page).locator('strong').textContent()).toBe(UNIT);
    expect(new URL(page.url()).pathname).toBe('/u/061');
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/u/${CODE}`);
    expectCleanConsole(app);
    await app.context.close();
  }, 60_000);
});
