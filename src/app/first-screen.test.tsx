import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiDocumentCopy, COMPILED_API_DIR } from '../../mocks/api-documents';
import { API_PATTERN } from '../../mocks/handlers';
import { server } from '../../mocks/server';
import { renderAt, testQueryClient } from '../../tests/setup/render-app';
import { renderFirstScreen, renderFirstScreens, type FirstScreen } from './first-screen';
import { warmFirstScreen } from './warm-first-screen';

const readCompiled = (path: string) => readFile(join(COMPILED_API_DIR, path), 'utf8');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the first screen rendered at build time', () => {
  it('is the root unit overview with its figures, no loading state, and the title the app sets', async () => {
    const first = await renderFirstScreen(readCompiled);
    expect(first.path).toBe('/u/06');
    expect(first.title).toBe('Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8');
    const page = document.createElement('div');
    page.innerHTML = first.markup;
    expect(page.querySelector('h2.unit-title')).toHaveTextContent('Tỉnh Bắc Kạn');
    expect(within(page).getAllByText('Số liệu đến ngày 30/06/2025').length).toBeGreaterThan(0);
    expect(page.querySelectorAll('article.kpi').length).toBeGreaterThan(10);
    expect(text(page)).not.toMatch(/Đang tải|Không tải được/);
    // The download for offline use is in the page already, so it does not push the page down when the app takes over.
    expect(within(page).getByRole('button', { name: 'Tải về để dùng ngoại tuyến' })).toHaveAttribute('type', 'button');
  });

  it('shows what the app itself draws at that URL once the same documents are loaded', async () => {
    const first = await renderFirstScreen(readCompiled);
    const prerendered = document.createElement('div');
    prerendered.innerHTML = first.markup;
    renderAt(first.path);
    await screen.findAllByText('Số liệu đến ngày 30/06/2025');
    await screen.findByRole('link', { name: 'Huyện Ba Bể' });
    expect(text(document.querySelector('#main'))).toBe(text(prerendered.querySelector('#main')));
  });

  it('carries the SHA-256 of the text of each document it was drawn from', async () => {
    const first = await renderFirstScreen(readCompiled);
    const digest = async (path: string) =>
      createHash('sha256')
        .update(await readCompiled(path))
        .digest('hex');
    expect(first.stamp).toBe(
      `v1/meta.json=${await digest('v1/meta.json')} v1/catalogue.json=${await digest('v1/catalogue.json')} v1/units/06.json=${await digest('v1/units/06.json')}`,
    );
  });

  it('stops the build on a document with a field the contract does not declare, which a page trusting its text would pass on', async () => {
    const withExtra = async (path: string) =>
      path === 'v1/units/06.json' ? JSON.stringify({ ...JSON.parse(await readCompiled(path)), note: 'không có trong hợp đồng' }) : readCompiled(path);
    await expect(renderFirstScreen(withExtra)).rejects.toThrow('v1/units/06.json: the document has fields the contract does not declare');
  });

  it('includes the headline, which the app loads on first use, so the app can adopt the markup as it is', async () => {
    const first = await renderFirstScreen(readCompiled);
    const page = document.createElement('div');
    page.innerHTML = first.markup;
    expect(within(page).getByRole('heading', { name: 'Điểm chính' })).toHaveTextContent('Điểm chính');
    expect(first.markup).not.toContain('<!--$!-->');
  });

  it.each([
    // The demo data: 1 province, 8 districts, 108 communes, then 1,332 villages.
    [1, 1, 0],
    [8, 1, 0],
    [9, 9, 8],
    [10, 9, 8],
    [116, 9, 8],
  ])('renders whole levels, root first, within a limit of %i pages: %i pages', async (limit, pages, below) => {
    const screens: FirstScreen[] = [];
    expect(await renderFirstScreens(readCompiled, limit, async (s) => void screens.push(s))).toBe(pages);
    expect(screens).toHaveLength(pages);
    expect(screens[0]!.path).toBe('/u/06');
    expect(screens.filter((s) => s.path !== '/u/06' && s.markup.includes('Tỉnh Bắc Kạn'))).toHaveLength(below);
    expect(new Set(screens.map((s) => s.path)).size).toBe(pages);
  });

  it('writes free text from the data as text, never as markup', async () => {
    const unit = apiDocumentCopy<{ unit: { name: string } }>('v1/units/06.json');
    unit.unit.name = '<img src=x onerror=alert(1)> Tỉnh Bắc Kạn';
    const read = (path: string) => (path === 'v1/units/06.json' ? Promise.resolve(JSON.stringify(unit)) : readCompiled(path));
    const first = await renderFirstScreen(read);
    expect(first.markup).not.toContain('<img');
    expect(first.markup).toContain('&lt;img src=x onerror=alert(1)&gt; Tỉnh Bắc Kạn');
  });

  it('stops the build on a document that breaks the contract, naming the document and field', async () => {
    const unit = apiDocumentCopy<{ unit: { name: unknown } }>('v1/units/06.json');
    unit.unit.name = 42;
    const read = (path: string) => (path === 'v1/units/06.json' ? Promise.resolve(JSON.stringify(unit)) : readCompiled(path));
    await expect(renderFirstScreen(read)).rejects.toThrow(/v1\/units\/06\.json[\s\S]*unit\.name/);
  });
});

describe('warming the cache before the app takes over the first screen', () => {
  it('loads the three documents the first screen was drawn from', async () => {
    const client = testQueryClient();
    await warmFirstScreen(client, { pathname: '/u/06', search: '' });
    expect(client.getQueryData(['meta', ''])).toBeDefined();
    expect(client.getQueryData(['catalogue'])).toBeDefined();
    expect(client.getQueryData(['unit', '06'])).toBeDefined();
  });

  it('gives up waiting after the limit when the API is slow, and loads nothing for a URL without a unit', async () => {
    server.use(http.get(API_PATTERN, async () => (await delay('infinite'), HttpResponse.json({}))));
    const client = testQueryClient();
    const started = performance.now();
    await warmFirstScreen(client, { pathname: '/u/06', search: '' }, 50);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(client.getQueryData(['unit', '06'])).toBeUndefined();
    await client.cancelQueries();

    const idle = testQueryClient();
    await warmFirstScreen(idle, { pathname: '/', search: '' }, 50);
    expect(idle.getQueryCache().getAll()).toHaveLength(0);
  });
});
