/**
 * The app built against an API on another origin (VITE_API_BASE_URL) drills through the example live
 * server (examples/live-server) with a bearer token: every document comes from that server, CORS and
 * the CSP let it through, and nothing is asked of the app's own origin under /api/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLiveServer } from '../../examples/live-server/server';
import { expectCleanConsole, expectNoAxeViolations, launchBrowser, openApp } from './browser';
import { buildApp, serveBuild } from './build-app';
import { TEST_LIMIT_MS } from './limits';

const TOKEN = 'thu-nghiem-123';
let browser: Browser;
let api: Server;
let app: { url: string; server: PreviewServer };
let outDir = '';
const answered: Array<{ path: string; status: number }> = [];

beforeAll(async () => {
  api = createLiveServer({ dir: join(inject('distDir'), 'api'), token: TOKEN, onRequest: (_method, path, status) => answered.push({ path, status }) });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
  outDir = mkdtempSync(join(tmpdir(), 'da8-live-'));
  await buildApp(outDir, { VITE_API_BASE_URL: apiBase, VITE_API_TOKEN: TOKEN });
  app = await serveBuild(outDir);
  browser = await launchBrowser();
}, 2 * TEST_LIMIT_MS);

afterAll(async () => {
  await browser?.close();
  await app?.server.close();
  await new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the app on the example live server', () => {
  it('drills from the province to a residential group with every document from the live server', async () => {
    const apiOrigin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    const opened = await openApp(browser, '/u/06', { base: app.url, allowOrigins: [apiOrigin] });
    const { page } = opened;
    const ownApi: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${app.url}/api/`)) ownApi.push(request.url());
    });
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }).waitFor();
    await page.getByRole('link', { name: 'Thành phố Bắc Kạn', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }).waitFor();
    await page.getByRole('link', { name: 'Phường Huyền Tụng', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Phường Huyền Tụng' }).waitFor();
    await page.getByRole('link', { name: 'Tổ Khuổi Pái', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Tổ Khuổi Pái' }).waitFor();
    await expectNoAxeViolations(page);

    const served = answered.filter((a) => a.status === 200).map((a) => a.path);
    expect(served).toEqual(expect.arrayContaining(['/api/v1/meta.json', '/api/v1/units/06.json', '/api/v1/units/058.json']));
    expect(served.some((path) => /^\/api\/v1\/units\/01846\.\d+\.json$/.test(path))).toBe(true);
    expect(answered.filter((a) => a.status === 401)).toEqual([]);
    expect(ownApi).toEqual([]);
    expectCleanConsole(opened);
    await opened.context.close();
  });
});
