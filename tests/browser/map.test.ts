import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mapRegion = (page: Page, unit: string) => page.getByRole('region', { name: `Bản đồ các đơn vị trực thuộc ${unit}` });
const unitPaths = (page: Page) => page.locator('path.leaflet-interactive[data-unit]');

async function openMap(page: Page, unit: string, count: number) {
  await mapRegion(page, unit).waitFor();
  await expect.poll(() => unitPaths(page).count()).toBe(count);
}

/** Clicks a unit's shape once the map has stopped moving (fitting its bounds), as a person would. */
async function clickWhenStill(shape: Locator) {
  let last = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await shape.boundingBox());
        const still = box === last;
        last = box;
        return still;
      },
      { interval: 200 },
    )
    .toBe(true);
  await shape.click();
}

/** Every fill drawn on the map has a legend entry, and every legend entry with units is drawn. */
async function expectLegendMatchesFills(page: Page) {
  const fills = await unitPaths(page).evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('fill')))].sort());
  const legend = await page
    .locator('.map-legend__item')
    .evaluateAll((items) =>
      items.map((li) => ({ fill: li.getAttribute('data-legend-fill'), count: Number(/\((\d+)\)/.exec(li.textContent ?? '')?.[1] ?? 0) })),
    );
  expect(fills.every((f) => legend.some((l) => l.fill === f))).toBe(true);
  expect(
    legend
      .filter((l) => l.count > 0)
      .map((l) => l.fill)
      .sort(),
  ).toEqual(fills);
  // Colours differ between entries (patterns for cells without a number).
  expect(new Set(legend.map((l) => l.fill)).size).toBe(legend.length);
}

describe('the map', () => {
  it('draws the districts of the province offline, with a legend that matches, and drills by clicking', async () => {
    const app = await openApp(browser, '/u/06?v=map');
    const { page } = app;
    await openMap(page, 'Tỉnh Bắc Kạn', 8);
    await expect.poll(() => page.getByText('Ranh giới minh họa', { exact: true }).count()).toBe(1);
    await expectLegendMatchesFills(page);
    await expect.poll(() => page.locator('.map-label').count()).toBeGreaterThan(4);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    await expectNoAxeViolations(page);

    await clickWhenStill(page.locator('path[data-unit="060"]'));
    await page.getByRole('heading', { level: 2, name: 'Huyện Pác Nặm' }).waitFor();
    await openMap(page, 'Huyện Pác Nặm', 10);
    expect(page.url()).toMatch(/\/u\/060\?.*v=map/);

    // A commune drills to its villages; the commune without a centre is drawn too.
    await clickWhenStill(page.locator('path[data-unit="01879"]'));
    await page.getByRole('heading', { level: 2, name: 'Xã Cổ Linh' }).waitFor();
    await expect.poll(() => unitPaths(page).count()).toBeGreaterThan(5);
    await expectLegendMatchesFills(page);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Lên một cấp: Huyện Pác Nặm' }).click();
    await openMap(page, 'Huyện Pác Nặm', 10);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('switches to achievement with natural breaks from the URL and the controls', async () => {
    const app = await openApp(browser, '/u/058?v=map&mc=jenks');
    const { page } = app;
    await openMap(page, 'Thành phố Bắc Kạn', 8);
    expect(await page.getByLabel('Chia lớp').inputValue()).toBe('jenks');
    await page.getByLabel('Tô màu theo').selectOption('achievement');
    await expect.poll(() => page.url()).toContain('mm=achievement');
    await expect.poll(() => page.locator('.map-legend__item').first().textContent()).toMatch(/%/);
    await expectLegendMatchesFills(page);
    await page.getByLabel('Tô màu theo').selectOption('status');
    await expect.poll(() => page.locator('.map-legend').textContent()).toMatch(/Đúng tiến độ/);
    await expectLegendMatchesFills(page);
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('has a table twin that works with the keyboard: focus shows the unit on the map, Enter drills', async () => {
    const app = await openApp(browser, '/u/061?v=map');
    const { page } = app;
    await openMap(page, 'Huyện Ba Bể', 15);
    const table = page.getByRole('table', { name: /Bảng số liệu của bản đồ/ });
    await expect.poll(() => table.getByRole('row').count()).toBe(16);
    const link = table.getByRole('link', { name: 'Thị trấn Chợ Rã' });
    await link.focus();
    await expect.poll(() => page.locator('.leaflet-tooltip').textContent()).toMatch(/Thị trấn Chợ Rã/);
    const code = await page.locator('path[stroke-width="3"]').getAttribute('data-unit');
    expect(code).toBe('01888');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Thị trấn Chợ Rã' }).waitFor();
    expect(page.url()).toContain(`/u/${code}?`);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('goes full screen and back, and exports the map as a PNG with its title and legend', async () => {
    const app = await openApp(browser, '/u/064?v=map', { acceptDownloads: true });
    const { page } = app;
    await openMap(page, 'Huyện Chợ Đồn', 20);
    await page.getByRole('button', { name: 'Toàn màn hình' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('map-figure');
    await expect.poll(() => page.locator('.leaflet-map').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(600);
    await page.getByRole('button', { name: 'Thoát toàn màn hình' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải ảnh PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^du-an-8_huyen-cho-don_ban-do_p8\.1\.1_phase_\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Wider than the map alone: the legend is in the picture (2× pixel ratio).
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    expectCleanConsole(app);
    await app.context.close();
  });
});
