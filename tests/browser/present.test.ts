/**
 * Presentation mode in the built app, from a ward: the deck, full screen (F), the keyboard (→,
 * Space, PageDown, ←, Home, End, number + Enter), the slide number surviving a reload, blanking,
 * leaving with Esc; large type at 1080p and no axe violation on a slide; every slide offline; the PPTX download (one slide per
 * deck slide, titles as text, native charts, speaker notes) and the printed PDF (one page per
 * slide); the presenter's window driving the audience window.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';
import { readPdf, squeeze } from './pdf-text';
import { STATE_LIMIT_MS } from './limits';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WARD = '/u/01846?v=present';
const FULL_HD = { width: 1920, height: 1080 };

const slideParam = (page: Page) => new URL(page.url()).searchParams.get('s');
const stage = (page: Page) => page.getByRole('dialog', { name: /^Trình chiếu, slide \d+\/\d+$/ });

async function expectSlide(page: Page, n: number, total: number): Promise<void> {
  await page.getByRole('dialog', { name: `Trình chiếu, slide ${n}/${total}` }).waitFor();
  expect(slideParam(page)).toBe(String(n));
}

/** Text on the slide smaller than `min` px as shown (font size × the slide's scale). */
const smallText = (page: Page, min: number) =>
  page.evaluate((minPx) => {
    const slide = document.querySelector<HTMLElement>('.present-show .slide');
    if (!slide) return ['no slide'];
    const scale = slide.getBoundingClientRect().width / 1920;
    const small: string[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (size < minPx) small.push(`${size.toFixed(1)}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    return small;
  }, min);

describe('presenting a ward’s deck at a review meeting', () => {
  it('runs from the keyboard, keeps the slide across a reload, blanks, leaves, and exports PPTX and PDF', async () => {
    const app = await openApp(browser, WARD, { viewport: FULL_HD });
    const { page } = app;
    const start = page.getByRole('button', { name: 'Bắt đầu trình chiếu' });
    await start.waitFor();
    // The deck's length is settled once the notes that decide its difficulties slides are in.
    await page.locator('[data-deck-settled="true"]').waitFor();
    const titles = (await page.locator('.present-slides__select').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim());
    const total = titles.length;
    expect(total).toBeGreaterThanOrEqual(10);
    expect(titles).toContain('Kết luận kiểm tra và kiến nghị');

    await expectNoAxeViolations(page);

    // Speaker notes for slide 2, kept in the browser and exported.
    await page.getByRole('button', { name: /^2\. / }).click();
    await page.getByRole('textbox', { name: 'Ghi chú của người trình bày cho slide 2' }).fill('Nhấn mạnh: 5/5 chỉ tiêu ND1 đã đạt.');

    await start.click();
    await expectSlide(page, 1, total);
    // Full screen from the start; F leaves it and comes back, the presentation goes on.
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await expect.poll(fullscreen).toBe(true);
    // The show says when the browser has finished a change (fullscreenchange): Chromium refuses a new
    // request while it is still leaving full screen.
    await page.locator('.present-show[data-fullscreen="true"]').waitFor({ state: 'attached' });
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(false);
    await page.locator('.present-show[data-fullscreen="false"]').waitFor({ state: 'attached' });
    await expectSlide(page, 1, total);
    await page.keyboard.press('F');
    await expect.poll(fullscreen).toBe(true);
    for (const [key, n] of [
      ['ArrowRight', 2],
      ['Space', 3],
      ['PageDown', 4],
      ['ArrowLeft', 3],
      ['End', total],
      ['Home', 1],
      ['PageUp', 1],
    ] as const) {
      await page.keyboard.press(key);
      await expectSlide(page, n, total);
    }
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await expectSlide(page, 6, total);

    await page.reload();
    await expectSlide(page, 6, total);
    // The achievement chart of slide 6, in large type: nothing under 24 px on a 1920 × 1080 screen.
    await stage(page).getByRole('img', { name: titles[5] }).waitFor();
    expect(await smallText(page, 24)).toEqual([]);
    await expectNoAxeViolations(page);

    // Offline once loaded: every slide draws from the documents already loaded.
    await page.waitForLoadState('networkidle');
    await app.context.setOffline(true);
    await page.keyboard.press('Home');
    for (let n = 1; n <= total; n++) {
      await expectSlide(page, n, total);
      expect(await stage(page).locator('.slide-message').allTextContents(), `slide ${n}`).not.toContainEqual(expect.stringMatching(/Đang tải|Không tải được/));
      await page.keyboard.press('ArrowRight');
    }
    await app.context.setOffline(false);
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');

    // B blanks the screen; any key brings it back without moving on.
    await page.keyboard.press('b');
    await page.locator('.present-blank').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.present-blank').waitFor({ state: 'detached' });
    await expectSlide(page, 6, total);

    await page.keyboard.press('Escape');
    await stage(page).waitFor({ state: 'detached' });
    expect(slideParam(page)).toBeNull();
    await expect.poll(() => start.evaluate((el) => el === document.activeElement)).toBe(true);

    // The dark variant, in the URL, as readable (the preview shows it).
    await page.getByRole('button', { name: 'Nền tối' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('th')).toBe('dark');
    await page.locator('.present-preview .slide[data-theme="dark"]').waitFor();
    await expectNoAxeViolations(page);

    // PPTX: one slide per deck slide, each title as text, native charts, the notes.
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: STATE_LIMIT_MS }),
      page.getByRole('button', { name: 'Tải PPTX (PowerPoint)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^du-an-8_phuong-huyen-tung_trinh-chieu_phase_\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(await readFile((await file.path())!));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(total);
    for (let i = 1; i <= total; i++) {
      const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
      expect(xml, `slide ${i}`).toContain(i === 1 ? 'Phường Huyền Tụng' : titles[i - 1]);
      if (i === 1) expect(xml).toContain('Ban Dân vận Tỉnh ủy Bắc Kạn');
      expect(xml).toContain('typeface="Arial"');
    }
    expect(Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(zip.files).some((name) => /^ppt\/media\/.+\.png$/.test(name))).toBe(true);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/notesSlides\/.+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(notes.some((xml) => xml.includes('Nhấn mạnh: 5/5 chỉ tiêu ND1 đã đạt.'))).toBe(true);
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');

    // PDF through print: one landscape page per slide, with the slides' titles.
    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.pageCount).toBe(total);
    for (const title of [titles[1]!, titles[total - 1]!]) expect(pdf.text).toContain(squeeze(title));
    expect(pdf.text).not.toContain(squeeze('Bắt đầu trình chiếu'));

    expectCleanConsole(app);
    await app.context.close();
  });

  it('opens the city’s deck with its summary and lets long difficulties flow over continuation slides, none overflowing', async () => {
    const app = await openApp(browser, '/u/058?v=present', { viewport: FULL_HD });
    const { page } = app;
    await page.locator('[data-deck-settled="true"]').waitFor();
    const titles = (await page.locator('.present-slides__select').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim());
    const total = titles.length;
    const first = titles.indexOf('Khó khăn, vướng mắc được báo cáo') + 1;
    const pages = titles.filter((t) => t.startsWith('Khó khăn, vướng mắc được báo cáo')).length;
    expect(pages).toBeGreaterThan(1);
    expect(titles[first]).toBe('Khó khăn, vướng mắc được báo cáo (tiếp)');
    /** How far the drawn content runs past the slide's body (px at 1920 × 1080; ≤ 0 when it fits). */
    const overflow = () =>
      page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('.present-show .slide__content')!;
        const bottom = body.getBoundingClientRect().bottom;
        const scale = body.getBoundingClientRect().width / 1776;
        const last = Math.max(...[...body.querySelectorAll<HTMLElement>('p, li')].map((el) => el.getBoundingClientRect().bottom));
        return Math.max(body.scrollHeight - body.clientHeight, (last - bottom) / scale);
      });

    await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).click();
    await expectSlide(page, 1, total);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, total);
    await stage(page).locator('.slide-summary li').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await smallText(page, 24)).toEqual([]);

    await page.keyboard.type(String(first));
    await page.keyboard.press('Enter');
    for (let n = first; n < first + pages; n++) {
      await expectSlide(page, n, total);
      await stage(page).locator('.slide-notes__text').first().waitFor();
      expect(await overflow(), `slide ${n}`).toBeLessThanOrEqual(0);
      await page.keyboard.press('ArrowRight');
    }
    expectCleanConsole(app);
    await app.context.close();
  }, 90_000);

  it('lets the presenter’s window drive the audience window', async () => {
    const app = await openApp(browser, WARD);
    const { page, context } = app;
    await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).waitFor();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Mở cửa sổ người trình bày' }).click()]);
    presenter.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') app.problems.push(`presenter console.${msg.type()}: ${msg.text()}`);
    });
    presenter.on('pageerror', (err) => app.problems.push(`presenter page error: ${err.message}`));
    await presenter.getByRole('heading', { name: 'Cửa sổ người trình bày' }).waitFor();
    await presenter.getByRole('heading', { name: /^Đang chiếu: slide 1\// }).waitFor();
    expect(new URL(presenter.url()).searchParams.get('presenter')).toBe('1');
    // The audience window shows the deck too.
    await stage(page).waitFor();

    await presenter.getByRole('button', { name: 'Slide tiếp' }).click();
    await presenter.getByRole('heading', { name: /^Đang chiếu: slide 2\// }).waitFor();
    await presenter.keyboard.press('PageDown');
    await presenter.getByRole('heading', { name: /^Đang chiếu: slide 3\// }).waitFor();
    await expect.poll(() => slideParam(page)).toBe('3');
    await presenter.keyboard.press('b');
    await page.locator('.present-blank').waitFor();
    await presenter.keyboard.press('b');
    await page.locator('.present-blank').waitFor({ state: 'detached' });
    // And the other way round: the audience window (brought to the front, as a user clicks it) moves the presenter's.
    await page.bringToFront();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideParam(page)).toBe('2');
    await presenter.getByRole('heading', { name: /^Đang chiếu: slide 2\// }).waitFor();

    expectCleanConsole(app);
    await context.close();
  });
});
