/** The timeout comes from VITE_API_TIMEOUT_MS (default 15 s); here the app is built with 1 s to keep the test short. */
import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/server';
import { countRequests, renderApp } from '../../../tests/setup/render-whole-app';

vi.mock('@/config/env', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/config/env')>();
  return { ...original, config: { ...original.config, apiTimeoutMs: 1000 } };
});

describe('a request that outlives the timeout', () => {
  it('is aborted, not retried by itself, and the panel says how long it waited and offers a retry', async () => {
    let aborted = false;
    server.use(
      http.get('*/api/v1/units/06.json', async ({ request }) => {
        request.signal.addEventListener('abort', () => (aborted = true));
        await delay(5000);
        return HttpResponse.json({});
      }),
    );
    const counter = countRequests();
    renderApp('/u/06');
    const message = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(message).toHaveTextContent('Máy chủ không phản hồi sau 1 giây; yêu cầu đã được huỷ.');
    expect(aborted).toBe(true);
    expect(counter.count('v1/units/06.json')).toBe(1);
    expect(within(message).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    counter.stop();
  });
});
