import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiDocument, unitCountBelow } from '../../../mocks/api-documents';
import { server } from '../../../mocks/server';
import { OfflineBar } from './offline-bar';

/** A Cache Storage in memory, enough for the offline code (open, put, match, keys, delete). */
function fakeCacheStorage() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      put: async (url: string, response: Response) => void store.set(url, response),
      match: async (url: string) => store.get(url)?.clone(),
      keys: async () => [...store.keys()],
    } as unknown as Cache;
  };
  return { stores, api: { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) } };
}

let storage: ReturnType<typeof fakeCacheStorage>;
beforeEach(() => {
  storage = fakeCacheStorage();
  vi.stubGlobal('caches', storage.api);
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

// meta, catalogue and the new-structure figures, then a unit document, boundaries and notes per unit.
const DISTRICT_DOCUMENTS = 3 + 3 * unitCountBelow('058');

describe('the offline bar', () => {
  it('downloads a district with progress and size, and keeps going when the user drills elsewhere', async () => {
    // The district's notes wait until the test lets them through, so the download is seen in progress.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/v1/notes/058.json', async () => {
        await gate;
        return HttpResponse.json(apiDocument('v1/notes/058.json') as Record<string, unknown>);
      }),
    );
    const { rerender } = render(<OfflineBar unitCode="058" unitName="Thành phố Bắc Kạn" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tải về để dùng ngoại tuyến' }));
    expect(await screen.findByRole('progressbar', { name: 'Tiến độ tải về' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dừng tải' })).toBeInTheDocument();
    // Drilling into a commune re-renders the bar for another unit: the district download goes on.
    rerender(<OfflineBar unitCode="01846" unitName="Phường Huyền Tụng" />);
    expect(await screen.findByText(new RegExp(`^Đang tải Thành phố Bắc Kạn: [\\d.]+/${DISTRICT_DOCUMENTS} tài liệu`))).toBeInTheDocument();
    release();

    const done = await screen.findByText(
      new RegExp(
        `^Đã lưu ${DISTRICT_DOCUMENTS} tài liệu \\([\\d,]+ KB\\) của Thành phố Bắc Kạn lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}\\. Có thể dùng ngoại tuyến\\.$`,
      ),
      {},
      { timeout: 10_000 },
    );
    expect(done).toBeInTheDocument();
    const [name] = [...storage.stores.keys()];
    expect(name).toBe('da8-api-dev');
    const saved = storage.stores.get(name!)!;
    expect(saved.size).toBe(DISTRICT_DOCUMENTS);
    expect(saved.get('http://localhost/api/v1/units/01846.14.json')!.headers.get('x-saved-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows when the current unit was saved once the network is gone', async () => {
    const cache = await storage.api.open('da8-api-dev');
    await cache.put('http://localhost/api/v1/units/058.json', new Response('{}', { headers: { 'x-saved-at': '2025-05-19T01:05:00.000Z' } }));
    render(<OfflineBar unitCode="058" unitName="Thành phố Bắc Kạn" />);
    expect(screen.queryByText(/Đang ngoại tuyến/)).not.toBeInTheDocument();

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(await screen.findByText('Đang ngoại tuyến – Dữ liệu lưu lúc 08:05 ngày 19/05/2025')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Tải về để dùng ngoại tuyến' })).toBeDisabled();
  });

  it('is not offered where nothing could serve the saved copy', () => {
    vi.unstubAllGlobals();
    const { container } = render(<OfflineBar unitCode="058" unitName="Thành phố Bắc Kạn" />);
    // Nothing at all, not even a part still loading.
    expect(container).toBeEmptyDOMElement();
  });
});
