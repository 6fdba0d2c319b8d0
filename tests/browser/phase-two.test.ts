/**
 * The following phase in the demo: Tỉnh Thái Nguyên's part that was Bắc Kạn reports 2025Q3–2026Q3, so a
 * new commune opens on the phase holding its latest data (2026–2030, from data/2025-07/meta.json), is
 * measured against that phase's targets, and its trend runs across 1/7/2025.
 */
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

describe('the phase 2026–2030 on a commune formed on 1/7/2025', () => {
  it('opens on the phase holding the latest data, measures progress against its targets, and switches back to 2021–2025', async () => {
    // Xã Phủ Thông: formed from Thị trấn Phủ Thông, Xã Vi Hương, Xã Lục Bình and Xã Tân Tú.
    const app = await openApp(browser, '/u/01969~2025-07?v=progress');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Xã Phủ Thông' }).waitFor();
    // No period in the URL: the default is the declared phase that holds 2026Q3.
    expect(new URL(page.url()).searchParams.has('p')).toBe(false);
    expect(await page.getByLabel('Kỳ số liệu', { exact: true }).inputValue()).toBe('phase');
    const phase = page.getByRole('combobox', { name: 'Giai đoạn', exact: true });
    expect(await phase.locator('option').allInnerTexts()).toEqual(['Giai đoạn 2021 - 2025', 'Giai đoạn 2026 - 2030']);
    expect(await phase.inputValue()).toBe('2026-2030');

    const status = page.getByRole('table', { name: 'Tiến độ thực hiện chỉ tiêu: Giai đoạn 2026 - 2030' });
    await status.waitFor();
    // The phase has targets for this commune: statuses, judged at 30/09/2026 against the end of 2030.
    await expect.poll(() => status.getByRole('button', { name: /xem cách tính/ }).count()).toBeGreaterThan(5);
    await expect.poll(() => page.getByText('Đánh giá với số liệu đến 30/09/2026, so với chỉ tiêu giai đoạn hạn 31/12/2030.').count()).toBe(1);
    expect(await page.getByText(/chưa có chỉ tiêu:/).count()).toBe(0);
    await expectNoAxeViolations(page);

    await phase.selectOption('2021-2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('phase-2021-2025');
    await page.getByRole('table', { name: 'Tiến độ thực hiện chỉ tiêu: Giai đoạn 2021 - 2025' }).waitFor();
    await phase.selectOption('2026-2030');
    await expect.poll(() => new URL(page.url()).searchParams.has('p')).toBe(false);
    await status.waitFor();
    expectCleanConsole(app);
    await app.context.close();
  });

  it('names the phase on the overview and draws the trend from 2022, re-aggregated before 1/7/2025 and its own reports after', async () => {
    const app = await openApp(browser, '/u/01969~2025-07?i=P8.1.3');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Xã Phủ Thông' }).waitFor();
    const sessions = page.getByRole('article', { name: 'Buổi sinh hoạt của tổ truyền thông cộng đồng' });
    await expect.poll(() => sessions.textContent()).toMatch(/\d/);
    expect(await page.getByRole('combobox', { name: 'Giai đoạn', exact: true }).inputValue()).toBe('2026-2030');
    await page.getByText('Kỳ số liệu: Giai đoạn 2026 - 2030', { exact: true }).waitFor();
    // The headline measures progress toward the 2026–2030 targets with the latest quarter of data.
    await page.getByText('Tiến độ đến mục tiêu giai đoạn, tính đến Quý III/2026').waitFor();

    await page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link', { name: 'Biểu đồ' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('charts');
    const trend = page.locator('#chart-trend');
    const twin = trend.getByRole('button', { name: 'Bảng số liệu' });
    await twin.click();
    await expect.poll(() => twin.getAttribute('aria-pressed')).toBe('true');
    const rows = trend.getByRole('table').locator('tbody tr');
    // 2022Q1–2026Q3: 19 quarters; the 14 up to Quý II/2025 are the sums of the four old communes.
    await expect.poll(() => rows.count()).toBe(19);
    const labels = await rows.locator('th').allInnerTexts();
    const marked = await rows.evaluateAll((trs) => trs.map((tr) => tr.hasAttribute('data-reaggregated')));
    expect(marked).toEqual([...Array<boolean>(14).fill(true), ...Array<boolean>(5).fill(false)]);
    expect(labels[0]).toBe('Quý I/2022 (tính lại)');
    expect(labels[13]).toBe('Quý II/2025 (tính lại)');
    expect(labels.slice(14)).toEqual(['Quý III/2025', 'Quý IV/2025', 'Quý I/2026', 'Quý II/2026', 'Quý III/2026']);
    await expect.poll(() => trend.getByText(/Điểm rỗng: trước khi Xã Phủ Thông được thành lập/).count()).toBe(1);
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });
});
