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

const HINT = /Ẩn để bảo vệ thông tin cá nhân.*ô “x” có thể mang bất kỳ giá trị nào/;

describe('sensitive figures in the overview', () => {
  it('shows a hidden child-marriage count as the neutral mark "x" with its explanation, and nothing below the commune', async () => {
    // Xã Bằng Thành (Pác Nặm) counts a few child marriages over the phase: fewer than 5, shown as "x" like every hidden cell.
    const app = await openApp(browser, '/u/01858');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Xã Bằng Thành' }).waitFor();
    const card = page.getByRole('article', { name: 'Số cặp tảo hôn' });
    const value = card.getByText('x', { exact: true });
    await value.waitFor();
    expect(await value.getAttribute('title')).toMatch(HINT);
    // The footnote the value points to says why, on screen and to assistive technology.
    const noteId = await value.getAttribute('aria-describedby');
    const note = page.locator(`[id="${noteId}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(HINT);
    // Its target is withheld too: a ceiling computed from the count would give the count away.
    expect(await card.getByText('ẩn', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Thôn 1', exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Thôn 1' }).waitFor();
    const village = page.getByRole('article', { name: 'Số cặp tảo hôn' });
    await village.getByText('không công bố dưới cấp xã').waitFor();
    expect(await village.textContent()).not.toMatch(/\d/);
    expect(await page.getByText(/không công bố dưới cấp xã để bảo vệ thông tin cá nhân/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    expectCleanConsole(app);
    await app.context.close();
  });

  it('answers a quarter only where the totals by year can: sensitive figures say they are published by year', async () => {
    const app = await openApp(browser, '/u/06?p=2023Q2');
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    const card = page.getByRole('article', { name: 'Số cặp tảo hôn' });
    await card.getByText('chỉ công bố theo năm').waitFor();
    expect(await card.getByText('x', { exact: true }).count()).toBe(0);
    await page.goto(page.url().replace('p=2023Q2', 'p=2023'));
    await card.getByText('73', { exact: true }).waitFor();
    expectCleanConsole(app);
    await app.context.close();
  });
});
