/** Slow answers and answers out of order: the UI stays usable, stale requests are cancelled, the newest view wins. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../../../mocks/api-documents';
import { server } from '../../../mocks/server';
import { renderApp, SLOW } from '../../../tests/setup/render-whole-app';

/**
 * A unit document that answers after `ms`, or when `release()` is called (never on its own when `ms` is
 * Infinity); records whether its request was aborted and whether it answered.
 */
function slowUnit(code: string, ms: number) {
  const seen = { started: false, aborted: false, answered: false, release: () => {} };
  const gate = new Promise<void>((resolve) => (seen.release = resolve));
  server.use(
    http.get(`*/api/v1/units/${code}.json`, async ({ request }) => {
      seen.started = true;
      request.signal.addEventListener('abort', () => (seen.aborted = true));
      await Promise.race([gate, ...(Number.isFinite(ms) ? [delay(ms)] : [])]);
      seen.answered = true;
      return HttpResponse.json(apiDocument(`v1/units/${code}.json`) as Record<string, unknown>);
    }),
  );
  return seen;
}

const heading = (name: string) => screen.findByRole('heading', { level: 2, name }, SLOW);

afterEach(() => {
  vi.useRealTimers();
});

describe('a 10-second response', () => {
  it('shows progress, then says the server is slow; the user can leave and the stale request is cancelled', async () => {
    renderApp('/u/06');
    await heading('Tỉnh Bắc Kạn');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    const slow = slowUnit('058', 10_000);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await user.click(screen.getByRole('link', { name: 'Thành phố Bắc Kạn' }));
    expect(await screen.findByText('Đang tải…', {}, SLOW)).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(3100));
    expect(screen.getByText('Máy chủ phản hồi chậm, vẫn đang tải…')).toBeInTheDocument();
    expect(slow).toMatchObject({ started: true, aborted: false });

    // Still responsive: switching the language works while the document loads (same unit, same request)…
    await user.click(screen.getByRole('link', { name: 'Ngôn ngữ: English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Project 8 monitoring' }, SLOW)).toBeInTheDocument();
    expect(slow.aborted).toBe(false);
    // …and leaving shows the province at once and cancels the stale request.
    act(() => window.history.go(-2));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }, SLOW)).toBeInTheDocument();
    await vi.waitFor(() => expect(slow.aborted).toBe(true));
    expect(slow.answered).toBe(false);
  });
});

describe('drills answered out of order', () => {
  it('shows the unit asked for last even when an older answer arrives after it', async () => {
    renderApp('/u/06');
    await heading('Tỉnh Bắc Kạn');
    const older = slowUnit('058', Infinity);
    const newer = slowUnit('060', 20);

    await userEvent.click(screen.getByRole('link', { name: 'Thành phố Bắc Kạn' }));
    await vi.waitFor(() => expect(older.started).toBe(true));
    act(() => window.history.back());
    await heading('Tỉnh Bắc Kạn');
    await userEvent.click(screen.getAllByRole('link', { name: 'Huyện Pác Nặm' })[0]!);
    expect(await heading('Huyện Pác Nặm')).toBeInTheDocument();
    expect(newer.answered).toBe(true);

    // Now the older answer arrives: it was cancelled, and it cannot replace the newer view.
    older.release();
    await vi.waitFor(() => expect(older.answered).toBe(true));
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(older.aborted).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Huyện Pác Nặm' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' })).not.toBeInTheDocument();
    expect(document.title).toMatch(/^Huyện Pác Nặm/);
    expect(window.location.pathname).toBe('/u/060');
  });
});
