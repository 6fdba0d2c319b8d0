import { readFile } from 'node:fs/promises';
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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('charts', () => {
  it('follow indicator and period from the URL, drill from a bar, show the table twin and export a PNG', async () => {
    const app = await openApp(browser, '/u/058?v=charts&i=P8.1.5&p=2023');
    const { page } = app;
    const achievement = page.locator('#chart-achievement');
    await achievement
      .getByRole('heading', { name: 'Lượt người tham dự hoạt động truyền thông theo đơn vị trực thuộc – Thành phố Bắc Kạn – Năm 2023' })
      .waitFor();
    await achievement.getByRole('img', { name: /Biểu đồ cột ngang, 8 đơn vị/ }).waitFor();
    await page
      .locator('#chart-budget-years')
      .getByRole('img', { name: /^Biểu đồ/ })
      .waitFor();
    await expectNoAxeViolations(page);

    // Another indicator: the URL and every title follow.
    await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption('P8.1.4');
    await expect.poll(() => page.url()).toContain('i=P8.1.4');
    await achievement
      .getByRole('heading', { name: /^Hội nghị, chiến dịch, sự kiện truyền thông theo đơn vị trực thuộc – Thành phố Bắc Kạn – Năm 2023$/ })
      .waitFor();
    await page
      .locator('#chart-trend')
      .getByRole('heading', { name: /^Hội nghị, chiến dịch, sự kiện truyền thông theo quý/ })
      .waitFor();

    // Another period: a year with targets.
    await page.getByLabel('Năm', { exact: true }).selectOption('2024');
    await expect.poll(() => page.url()).toContain('p=2024');
    await achievement.getByRole('heading', { name: /– Năm 2024$/ }).waitFor();
    await page
      .locator('#chart-breakdown')
      .getByRole('heading', { name: /– Năm 2024$/ })
      .waitFor();
    await achievement.getByText('Chỉ tiêu của đơn vị (vạch đen)').waitFor();

    // Table twin: a real table with one row per ward.
    const twin = achievement.getByRole('button', { name: 'Bảng số liệu' });
    await twin.click();
    await expect.poll(() => twin.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => achievement.getByRole('table').getByRole('row').count()).toBe(9);
    await expectNoAxeViolations(page);
    await twin.click();
    await achievement.getByRole('img', { name: /^Biểu đồ/ }).waitFor();

    // PNG of exactly what the panel shows.
    const [download] = await Promise.all([page.waitForEvent('download'), achievement.getByRole('button', { name: 'Tải ảnh PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^du-an-8_thanh-pho-bac-kan_bieu-do-theo-don-vi_p8\.1\.4_2024_\d{4}-\d{2}-\d{2}\.png$/);
    const file = await readFile((await download.path())!);
    expect(file.length).toBeGreaterThan(5_000);
    expect([...file.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    // Clicking a bar drills into that ward, keeping indicator, period and view.
    await achievement.locator('.recharts-bar-rectangle path').first().click();
    await expect.poll(() => page.url()).toMatch(/\/u\/0\d{4}\?i=P8\.1\.4&p=2024&v=charts$/);
    await page
      .locator('#chart-achievement')
      .getByRole('heading', { name: /^Hội nghị, chiến dịch, sự kiện truyền thông theo đơn vị trực thuộc – (Phường|Xã) .+ – Năm 2024$/ })
      .waitFor();
    await page
      .locator('#chart-achievement')
      .getByRole('img', { name: /^Biểu đồ/ })
      .waitFor();
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('keeps chart options in the URL: the Khuổi Pái participants by role, trend by year against the province', async () => {
    const app = await openApp(browser, '/u/01846.14?v=charts&i=P8.1.5&p=2022-01_2023-05');
    const { page } = app;
    const breakdown = page.locator('#chart-breakdown');
    await breakdown.getByRole('img', { name: /^Biểu đồ/ }).waitFor();
    await breakdown.getByLabel('Phân tổ theo').selectOption('participant_role');
    await expect.poll(() => page.url()).toContain('dim=participant_role');
    await breakdown.getByText(/có cho 55\/67 lượt người của Tổ Khuổi Pái/).waitFor();

    const trend = page.locator('#chart-trend');
    await trend.getByLabel('Xem theo').selectOption('year');
    await expect.poll(() => page.url()).toContain('tg=year');
    await trend.getByRole('checkbox', { name: 'Toàn tỉnh: Tỉnh Bắc Kạn' }).click();
    await expect.poll(() => page.url()).toMatch(/cmp=province.*tg=year|tg=year.*cmp=province/);
    await trend.getByText(/^Chỉ số: mỗi đường so với chính nó/).waitFor();

    await page.reload();
    await page
      .locator('#chart-trend')
      .getByText(/^Chỉ số: mỗi đường so với chính nó/)
      .waitFor();
    await page
      .locator('#chart-breakdown')
      .getByText(/có cho 55\/67/)
      .waitFor();
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });
});
