import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('drilling through the four levels', () => {
  it('goes from the province to Khuổi Pái by clicking, back by the breadcrumb, and survives a reload', async () => {
    const app = await openApp(browser, '/');
    const { page } = app;
    await expect.poll(() => page.url()).toContain('/u/06');
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    await expect.poll(() => page.getByText('Dữ liệu minh họa').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Thành phố Bắc Kạn', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }).waitFor();
    await page.getByRole('link', { name: 'Phường Huyền Tụng', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Phường Huyền Tụng' }).waitFor();
    await page.getByRole('link', { name: 'Tổ Khuổi Pái', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Tổ Khuổi Pái' }).waitFor();
    expect(page.url()).toContain('/u/01846.');

    // The seed case: from 2022 to 5/2023, one communication conference.
    await page.getByLabel('Kỳ số liệu', { exact: true }).selectOption('range');
    await page.getByLabel('Từ tháng').fill('2022-01');
    await page.getByLabel('Đến tháng').fill('2023-05');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(() => page.url()).toContain('p=2022-01_2023-05');
    const conferences = page.getByRole('article', { name: 'Hội nghị, chiến dịch, sự kiện truyền thông' });
    await expect.poll(() => conferences.textContent()).toMatch(/(?<!\d)1\s*hội nghị/);
    await expectNoAxeViolations(page);

    const deepLink = page.url();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Tổ Khuổi Pái' }).waitFor();
    expect(page.url()).toBe(deepLink);

    await page.getByRole('navigation', { name: 'Vị trí đơn vị' }).getByRole('link', { name: 'Thành phố Bắc Kạn' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Tổ Khuổi Pái' }).waitFor();
    expectCleanConsole(app);
    await app.context.close();
  });

  it('drills with the keyboard alone', async () => {
    const app = await openApp(browser, '/u/06');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    const link = page.getByRole('link', { name: 'Huyện Ba Bể', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Huyện Ba Bể' }).waitFor();
    expectCleanConsole(app);
    await app.context.close();
  });

  it('opens a shared link with unit, period and language and shows that view', async () => {
    const app = await openApp(browser, '/u/058?p=2023&lang=en');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }).waitFor();
    await expect.poll(() => page.getByText('Key figures').count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(baseUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expectCleanConsole(app);
    await app.context.close();
  });
});
