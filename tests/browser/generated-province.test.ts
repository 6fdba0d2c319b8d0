/**
 * The app built on a generated three-level province with its own catalogue (scripts/example-data):
 * drilled by clicking from the province to a hamlet, every view opened at every level with axe, the
 * words for the levels taken from the dataset, and the sensitive count shown nowhere below the commune.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitDocumentSchema } from '../../src/api/contract';
import { writeThreeLevelProvince } from '../../scripts/example-data/three-level-province';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp, settle } from './browser';
import { buildApp, serveBuild } from './build-app';
import { TEST_LIMIT_MS } from './limits';

let browser: Browser;
let app: { url: string; server: PreviewServer };
let workDir = '';

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'da8-province-'));
  writeThreeLevelProvince(join(workDir, 'data'));
  await buildApp(join(workDir, 'dist'), { DATA_DIR: join(workDir, 'data') });
  app = await serveBuild(join(workDir, 'dist'));
  browser = await launchBrowser();
}, 2 * TEST_LIMIT_MS);

afterAll(async () => {
  await browser?.close();
  await app?.server.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const open = (path: string) => openApp(browser, path, { base: app.url });
const SENSITIVE_NAME = 'Số vụ xâm hại trẻ em được phát hiện';
/** Every view of a dataset without a reorganisation, in tab order. */
const VIEWS = ['overview', 'table', 'charts', 'map', 'progress', 'report', 'notes', 'present', 'check'];

/** Opens every view the tabs offer, each drawn without an error and without axe violations; back on the overview at the end. */
async function visitEveryView(page: Page): Promise<string[]> {
  const tabs = page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link');
  const visited: string[] = [];
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    await settle(page);
    visited.push(new URL(page.url()).searchParams.get('v') ?? 'overview');
    expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
    await expectNoAxeViolations(page);
  }
  await tabs.first().click();
  await settle(page);
  return visited;
}

describe('a generated three-level province with its own catalogue', () => {
  it('drills from the province to a hamlet by clicking, with every view at every level', { timeout: 2 * TEST_LIMIT_MS }, async () => {
    const opened = await open('/');
    const { page } = opened;
    await expect.poll(() => new URL(page.url()).pathname).toBe('/u/97');
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Lâm Sơn' }).waitFor();
    expect(await visitEveryView(page)).toEqual(VIEWS);

    await page.getByRole('link', { name: 'Xã Nà Lừa', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Xã Nà Lừa' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/u/97101');
    expect(await visitEveryView(page)).toEqual(VIEWS);

    await page.getByRole('link', { name: 'Bản Khuổi Tẩu', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Bản Khuổi Tẩu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/u/97101.02');
    expect(await visitEveryView(page)).toEqual(VIEWS);
    const crumbs = page.getByRole('navigation', { name: 'Vị trí đơn vị' });
    expect(await crumbs.getByRole('link').allInnerTexts()).toEqual(['Tỉnh Lâm Sơn', 'Xã Nà Lừa']);
    expectCleanConsole(opened);
    await opened.context.close();
  });

  it('names the levels with the dataset’s words: reports of hamlets and groups, and of communes, wards and special zones', async () => {
    const opened = await open('/u/97');
    const { page } = opened;
    // The stock is reported by the five communes; the other indicators by the 17 hamlets and groups.
    const groups = page.getByRole('article', { name: 'Nhóm tiết kiệm của phụ nữ đang hoạt động' });
    await expect.poll(() => groups.textContent()).toContain('5/5 xã, phường, đặc khu đã báo cáo');

    await page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link', { name: 'Tiến độ', exact: true }).click();
    await settle(page);
    const completeness = page.getByRole('table', { name: /^Mức độ đầy đủ của báo cáo/ });
    expect(await completeness.getByRole('columnheader').allInnerTexts()).toEqual(['Đơn vị', 'Báo cáo của bản, tổ dân phố', 'Báo cáo của xã, phường, đặc khu']);
    // 2026Q1–Q3: 17 + 17 + 16 hamlet reports of 51 due (one hamlet of Xã Pác Ngòi silent in Q3).
    expect(await completeness.getByRole('row', { name: /^Tỉnh Lâm Sơn/ }).innerText()).toMatch(/50\/51/);
    await page.getByRole('table', { name: 'Tiến độ thực hiện chỉ tiêu: Giai đoạn 2026 - 2030' }).waitFor();
    expect(await page.getByLabel('Cấp đơn vị').locator('option').allInnerTexts()).toEqual(['Xã, phường, đặc khu', 'Bản, tổ dân phố']);

    // The same words in English, from the dataset too.
    await page.goto(`${app.url}/u/97?v=progress&lang=en`);
    const reports = page.getByRole('table', { name: /^Completeness of reports/ });
    await reports.waitFor();
    expect(await reports.getByRole('columnheader').allInnerTexts()).toEqual([
      'Unit',
      'Reports of hamlets and residential groups',
      'Reports of communes, wards and special zones',
    ]);
    expectCleanConsole(opened);
    await opened.context.close();
  });

  it('shows the sensitive count for a commune and nothing of it for a hamlet, on screen or in what the browser receives', async () => {
    const opened = await open('/u/97101');
    const { page } = opened;
    const received: unknown[] = [];
    page.on('response', (res) => {
      if (/\/api\/v1\/units\/.+\.json$/.test(res.url()) && res.ok()) void res.json().then((doc: unknown) => received.push(doc));
    });
    await page.getByRole('heading', { level: 2, name: 'Xã Nà Lừa' }).waitFor();
    const card = page.getByRole('article', { name: SENSITIVE_NAME });
    await expect.poll(() => card.locator('.kpi__value').innerText()).toMatch(/^(\d+ vụ|x)$/);

    await page.getByRole('link', { name: 'Bản Khuổi Tẩu', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Bản Khuổi Tẩu' }).waitFor();
    await card.getByText('không công bố dưới cấp xã').waitFor();
    expect(await card.textContent()).not.toMatch(/\d/);

    await card.getByRole('link', { name: SENSITIVE_NAME }).click();
    await settle(page);
    await expect.poll(() => page.getByText('Chỉ tiêu nhạy cảm: không công bố số liệu dưới cấp xã.').count()).toBeGreaterThan(0);
    // Every unit document received: hamlets (codes <commune>.<nn>) carry the count as withheld, never a figure.
    const docs = received.map((doc) => unitDocumentSchema.parse(doc));
    expect(docs.map((doc) => doc.unit.code)).toContain('97101.02');
    const hamlets = docs.flatMap((doc) => Object.entries(doc.figures).filter(([code]) => code.includes('.')));
    expect(hamlets.length).toBeGreaterThan(0);
    for (const [code, figures] of hamlets) {
      expect(figures.withheld, code).toContain('BV.01');
      expect([figures.series['BV.01'], figures.targets['BV.01'], figures.baselines['BV.01']], code).toEqual([undefined, undefined, undefined]);
    }
    expectCleanConsole(opened);
    await opened.context.close();
  });
});
