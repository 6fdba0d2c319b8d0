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

const NEW_ROOT = 'Tỉnh Thái Nguyên – địa bàn tỉnh Bắc Kạn cũ';

describe('the units before and after 1/7/2025', () => {
  it('switches from Bắc Kạn to the new structure and drills it to a residential group', async () => {
    const app = await openApp(browser, '/');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    const structures = page.getByRole('navigation', { name: 'Cơ cấu đơn vị hành chính' });
    await structures.getByRole('link', { name: `Từ 01/07/2025: ${NEW_ROOT}` }).click();
    await page.getByRole('heading', { level: 2, name: NEW_ROOT }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/u/19~2025-07');
    // Three levels: the province's part, then communes and wards, then villages and residential groups.
    await page.getByRole('link', { name: 'Phường Đức Xuân', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Phường Đức Xuân' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/u/01840~2025-07');
    await page.getByRole('link', { name: 'Tổ Khuổi Pái', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Tổ Khuổi Pái' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/u\/01840\.\d+~2025-07$/);
    await expect.poll(() => page.getByRole('navigation', { name: 'Vị trí đơn vị' }).textContent()).toContain(NEW_ROOT);
    // The new structure has no "new units" view of its own.
    expect(
      await page
        .getByRole('navigation', { name: 'Các màn hình' })
        .getByRole('link', { name: /Đơn vị mới/ })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('follows an old commune to the new one it became part of, and back', async () => {
    const app = await openApp(browser, '/u/01846');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Phường Huyền Tụng' }).waitFor();
    const ceased = page.locator('[data-succession="ceased"]');
    await expect.poll(() => ceased.textContent()).toMatch(/tồn tại đến hết ngày 30\/06\/2025.*Từ ngày 01\/07\/2025, địa bàn thuộc: Phường Đức Xuân/);
    await ceased.getByRole('link', { name: 'Phường Đức Xuân' }).click();
    await page.getByRole('heading', { level: 2, name: 'Phường Đức Xuân' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/u/01840~2025-07');
    const formed = page.locator('[data-succession="formed"]');
    await expect.poll(() => formed.textContent()).toMatch(/Thành lập từ ngày 01\/07\/2025.*Phường Nguyễn Thị Minh Khai, Phường Đức Xuân, Phường Huyền Tụng/);
    await expectNoAxeViolations(page);
    // Old 01840 Phường Đức Xuân shares its code with the new ward; the link says which one.
    await formed.getByRole('link', { name: 'Phường Đức Xuân' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/u/01840');
    await page.locator('[data-succession="ceased"]').waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Phường Đức Xuân' }).waitFor();
    await formed.getByRole('link', { name: 'Phường Huyền Tụng' }).click();
    await page.getByRole('heading', { level: 2, name: 'Phường Huyền Tụng' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/u/01846');
    expectCleanConsole(app);
    await app.context.close();
  });

  it('draws a new ward’s trend from 2022, the quarters before 1/7/2025 marked as re-aggregated', async () => {
    const app = await openApp(browser, '/u/01840~2025-07?v=charts&i=P8.1.4');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Phường Đức Xuân' }).waitFor();
    const trend = page.locator('#chart-trend');
    const twin = trend.getByRole('button', { name: 'Bảng số liệu' });
    await twin.click();
    await expect.poll(() => twin.getAttribute('aria-pressed')).toBe('true');
    // 2022Q1–2026Q3: 19 quarters, the 14 before 1/7/2025 summed from the three old wards.
    await expect.poll(() => trend.getByRole('table').locator('tbody tr').count()).toBe(19);
    await expect.poll(() => trend.getByText(/Điểm rỗng: trước khi Phường Đức Xuân được thành lập/).count()).toBe(1);
    const rows = trend.locator('tr[data-reaggregated]');
    await expect.poll(() => rows.count()).toBe(14);
    await expect.poll(() => rows.first().textContent()).toMatch(/tính lại/);
    expectCleanConsole(app);
    await app.context.close();
  });
});
