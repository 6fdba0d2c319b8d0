/**
 * Error states that are not dead ends: the breadcrumb and a link up stay, a busy server is waited
 * for as it asks, and one "Thử lại" after an outage brings back everything that failed.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { countRequests, only, renderApp, SLOW } from '../../../tests/setup/render-whole-app';

const alert = () => screen.findByRole('alert', {}, SLOW);
const breadcrumb = () => screen.getByRole('navigation', { name: 'Vị trí đơn vị' });

let counter: ReturnType<typeof countRequests> | undefined;
afterEach(() => counter?.stop());

describe('an error keeps the way back', () => {
  it('a broken unit opened from its parent: the breadcrumb up to the parent, the unit by name, and a link up', async () => {
    renderApp('/u/058');
    await screen.findByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }, SLOW);
    server.use(faults.malformed(only('v1/units/01846.json')));
    await userEvent.click(screen.getAllByRole('link', { name: 'Phường Huyền Tụng' })[0]!);
    expect(await alert()).toHaveTextContent('Dữ liệu nhận được bị hỏng (không phải JSON hợp lệ).');
    const crumbs = within(breadcrumb())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(crumbs).toEqual(['Tỉnh Bắc Kạn', 'Thành phố Bắc Kạn', 'Phường Huyền Tụng']);
    const up = within(await alert()).getByRole('link', { name: 'Lên Thành phố Bắc Kạn' });
    expect(up).toHaveAttribute('href', '/u/058');
    await userEvent.click(up);
    expect(await screen.findByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }, SLOW)).toBeInTheDocument();
  }, 40_000);

  it.each([
    [401, 'Cần đăng nhập'],
    [403, 'Tài khoản không có quyền'],
  ])('HTTP %i on a unit opened by link: the province stays reachable from the breadcrumb and the link up', async (status, text) => {
    server.use(faults.status(status, only('v1/units/061.json')));
    renderApp('/u/061');
    expect(await alert()).toHaveTextContent(text);
    const root = within(breadcrumb()).getByRole('link', { name: 'Tỉnh Bắc Kạn' });
    expect(root).toHaveAttribute('href', '/u/06');
    expect(within(await alert()).getByRole('link', { name: 'Lên Tỉnh Bắc Kạn' })).toHaveAttribute('href', '/u/06');
  });
});

describe('a busy server (429)', () => {
  it('says the server is busy and retries after Retry-After, not at once', async () => {
    server.use(faults.busy('120', only('v1/units/06.json')));
    counter = countRequests();
    renderApp('/u/06');
    expect(await alert()).toHaveTextContent('Máy chủ đang bận (quá nhiều yêu cầu). Hãy thử lại sau 120 giây.');
    // Two minutes is longer than the app waits by itself: one request, no hammering.
    expect(counter.count('v1/units/06.json')).toBe(1);
    expect(within(await alert()).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('waits the second Retry-After asks for, then loads', async () => {
    let calls = 0;
    server.use(faults.busy('1', (path) => path === 'v1/units/06.json' && ++calls === 1));
    renderApp('/u/06');
    const started = Date.now();
    expect(await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }, { timeout: 8000 })).toBeInTheDocument();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('after an outage', () => {
  it('one "Thử lại" reloads meta, catalogue and the unit together', async () => {
    server.use(faults.networkError());
    counter = countRequests();
    renderApp('/u/058');
    expect(await alert()).toHaveTextContent('Không kết nối được tới máy chủ dữ liệu.');
    await waitFor(() => expect(counter!.count('v1/units/058.json')).toBeGreaterThan(0), SLOW);
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    server.resetHandlers();
    await userEvent.click(within(await alert()).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
