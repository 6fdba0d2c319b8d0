/**
 * The map on a phone (390 × 844, touch): names never overlap and never run off the map, on the
 * densest district, the city and a ward; a tap shows a unit's figures and a second tap on it
 * drills; pinching zooms. No base-map tiles: the map is complete without them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const map = (page: Page) => page.locator('.leaflet-container');
const zoomOf = async (page: Page) => Number(await map(page).getAttribute('data-zoom'));

/** Pairs of drawn names whose boxes overlap, and names that run past the map's edges. */
const labelProblems = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll<HTMLElement>('.map-label')].map((el) => ({ name: el.textContent ?? '', r: el.getBoundingClientRect() }));
    const problems: string[] = [];
    boxes.forEach((a, i) => {
      if (a.r.left < frame.left || a.r.right > frame.right || a.r.top < frame.top || a.r.bottom > frame.bottom) problems.push(`${a.name} runs off the map`);
      for (const b of boxes.slice(i + 1)) {
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) problems.push(`${a.name} overlaps ${b.name}`);
      }
    });
    return { problems, count: boxes.length };
  });

/** A point inside a unit's shape (what a finger would touch), in page coordinates. */
const pointInside = (page: Page, code: string) =>
  page.evaluate((unit) => {
    const path = document.querySelector<SVGPathElement>(`path[data-unit="${unit}"]`)!;
    const r = path.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (const y of [r.top + r.height * fy, r.top + r.height * (1 - fy)]) {
        for (let fx = 0.5; fx < 1; fx += 0.05) {
          for (const x of [r.left + r.width * fx, r.left + r.width * (1 - fx)]) {
            if (document.elementFromPoint(x, y) === path) return { x, y };
          }
        }
      }
    }
    return null;
  }, code);

/** Waits until the map has stopped moving (fitting its bounds after a resize). */
async function whenStill(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = `${await map(page).getAttribute('data-zoom')}|${await page.locator('path[data-unit]').first().getAttribute('d')}`;
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 250 },
    )
    .toBe(true);
}

describe('the map on a phone', () => {
  it.each([
    ['the densest district (20 communes)', '064', 20],
    ['the city (8 wards)', '058', 8],
    ['a ward (its residential groups)', '01846', 14],
  ])(
    'draws the names of %s without overlaps or cuts, at first and zoomed in',
    async (_, unit, count) => {
      const app = await openApp(browser, `/u/${unit}?v=map`, { viewport: PHONE, touch: true });
      const { page } = app;
      await expect.poll(() => page.locator('path[data-unit]').count()).toBe(count);
      await whenStill(page);
      const first = await labelProblems(page);
      expect(first.problems).toEqual([]);
      expect(first.count).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Phóng to' }).click();
      await whenStill(page);
      const zoomed = await labelProblems(page);
      expect(zoomed.problems).toEqual([]);
      expect(zoomed.count).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expectCleanConsole(app);
      await app.context.close();
    },
    60_000,
  );

  it('shows a unit’s figures on a tap, drills on a second tap, and zooms with a pinch', async () => {
    const app = await openApp(browser, '/u/064?v=map', { viewport: PHONE, touch: true });
    const { page } = app;
    await expect.poll(() => page.locator('path[data-unit]').count()).toBe(20);
    await map(page).scrollIntoViewIfNeeded();
    await whenStill(page);

    // Pinch out on the map: it zooms in.
    const before = await zoomOf(page);
    const box = (await map(page).boundingBox())!;
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Input.synthesizePinchGesture', { x: box.x + box.width / 2, y: box.y + box.height / 2, scaleFactor: 2, gestureSourceType: 'touch' });
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
    await whenStill(page);

    const code = (await page
      .locator('path[data-unit]')
      .evaluateAll(
        (paths) =>
          paths
            .map((p) => ({ code: p.getAttribute('data-unit')!, area: p.getBoundingClientRect().width * p.getBoundingClientRect().height }))
            .sort((a, b) => b.area - a.area)[0]!.code,
      ))!;
    const name = await page
      .locator('.map-twin a')
      .evaluateAll((links, unit) => links.find((a) => new URL((a as HTMLAnchorElement).href).pathname === `/u/${unit}`)?.textContent ?? '', code);
    expect(name).not.toBe('');
    const at = (await pointInside(page, code))!;
    expect(at).not.toBeNull();
    await page.touchscreen.tap(at.x, at.y);
    const tooltip = page.locator('.leaflet-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Chạm lần nữa để xem đơn vị này');
    expect(await tooltip.locator('strong').textContent()).toBe(name);
    expect(new URL(page.url()).pathname).toBe('/u/064');

    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/u/${code}`);
    expectCleanConsole(app);
    await app.context.close();
  }, 60_000);
});
