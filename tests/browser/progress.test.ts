import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('progress toward the phase targets', () => {
  it('shows status badges for Tỉnh Bắc Kạn and opens an explanation with R and the band, by mouse and keyboard', async () => {
    const app = await openApp(browser, '/u/06?v=progress');
    const { page } = app;
    const status = page.getByRole('table', { name: 'Tiến độ thực hiện chỉ tiêu: Giai đoạn 2021 - 2025' });
    await status.waitFor();
    const badges = status.getByRole('button', { name: /xem cách tính/ });
    await expect.poll(() => badges.count()).toBeGreaterThan(10);

    const row = status.getByRole('row', { name: /^Hội nghị, chiến dịch, sự kiện truyền thông/ });
    const badge = row.getByRole('button', { name: /^Đúng tiến độ/ });
    await badge.click();
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    const popover = page.getByRole('group', { name: 'Hội nghị, chiến dịch, sự kiện truyền thông' });
    await popover.waitFor();
    const text = await popover.innerText();
    // Time counts from the phase start declared in the data (1/1/2021): (1,323 / 4.5) / (1,382 / 5) = 106.4 %.
    expect(text).toMatch(/R = thực tế \/ cần\s+106,4%/);
    expect(text).toMatch(/Xếp loại\s+Đúng tiến độ/);
    expect(text).toContain('31/12/2025');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    expect(await badge.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await popover.waitFor();
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expectCleanConsole(app);
    await app.context.close();
  });

  it('ranks the communes of the province worst first, filters by content area, and drills from a row', async () => {
    const app = await openApp(browser, '/u/06?v=progress');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    await page.getByLabel('Cấp đơn vị').selectOption('3');
    await expect.poll(() => page.url()).toContain('lv=3');
    const lagging = page.getByRole('table', { name: /Xã, phường, thị trấn thuộc Tỉnh Bắc Kạn/ });
    await lagging.waitFor();
    const rows = lagging.locator('tbody tr');
    const scoresOf = async () => (await rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.score)))).filter((s) => !Number.isNaN(s));
    await expect.poll(() => rows.count()).toBe(20);
    const worst = await scoresOf();
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Hiện tất cả 108 đơn vị' }).click();
    // The button's pressed state and the full list are drawn in the same render.
    await page.getByRole('button', { name: 'Hiện tất cả 108 đơn vị', pressed: true }).waitFor();
    expect(await rows.count()).toBe(108);
    const scores = await scoresOf();
    expect(scores.length).toBeGreaterThan(100);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.slice(0, 20)).toEqual(worst);

    await page.getByLabel('Nội dung').selectOption('ND4');
    await expect.poll(() => page.url()).toContain('area=ND4');
    const pulling = async () => lagging.locator('.pulling li > span:first-child').allInnerTexts();
    await expect.poll(async () => (await pulling()).every((n) => /tập huấn|học viên/i.test(n))).toBe(true);
    expect((await pulling()).length).toBeGreaterThan(0);

    const first = rows.first().getByRole('link');
    const name = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    expect(page.url()).toMatch(/\/u\/\d{5}\?v=progress(&area=ND4)?$/);
    await page.getByRole('table', { name: 'Tiến độ thực hiện chỉ tiêu: Giai đoạn 2021 - 2025' }).waitFor();
    await page.goBack();
    await expect.poll(() => page.url()).toContain('area=ND4');
    await lagging.waitFor();
    expectCleanConsole(app);
    await app.context.close();
  });
});
