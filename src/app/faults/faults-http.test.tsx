/**
 * Fault scenarios against the real app: each shows a clear message, a retry only where it helps,
 * never a blank page, and the rest of the page keeps working.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '@/api/client';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { countRequests, only, renderApp, SLOW } from '../../../tests/setup/render-whole-app';

const PROVINCE = 'v1/units/06.json';
const appTitle = () => screen.getByRole('heading', { level: 1, name: 'Theo dõi, giám sát Dự án 8' });
const alert = () => screen.findByRole('alert', {}, SLOW);

let counter: ReturnType<typeof countRequests> | undefined;
afterEach(() => counter?.stop());

describe('server errors', () => {
  it('HTTP 500: retries twice by itself, then says so and offers a retry that works once the fault clears', async () => {
    server.use(faults.status(500, only(PROVINCE)));
    counter = countRequests();
    renderApp('/u/06');
    expect(await alert()).toHaveTextContent('Máy chủ dữ liệu gặp lỗi (mã 500). Vui lòng thử lại sau.');
    expect(counter.count(PROVINCE)).toBe(3);
    expect(appTitle()).toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('404 for a stale link: says the unit does not exist, links back to the province, offers no retry', async () => {
    counter = countRequests();
    renderApp('/u/99999');
    const message = await alert();
    expect(message).toHaveTextContent('Không tìm thấy dữ liệu: đơn vị hoặc đường dẫn không tồn tại (có thể đường dẫn đã cũ).');
    expect(within(message).queryByRole('button')).not.toBeInTheDocument();
    expect(counter.count('v1/units/99999.json')).toBe(1);

    const back = within(message).getByRole('link', { name: 'Quay về Tỉnh Bắc Kạn' });
    expect(back).toHaveAttribute('href', '/u/06');
    await userEvent.click(back);
    expect(await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }, SLOW)).toBeInTheDocument();
  });

  it.each([
    [401, 'Cần đăng nhập để xem dữ liệu này. Liên hệ quản trị hệ thống của tỉnh để được cấp quyền.'],
    [403, 'Tài khoản không có quyền xem dữ liệu này. Liên hệ quản trị hệ thống của tỉnh để được cấp quyền.'],
  ])('HTTP %i: says whom to ask and never loops on retries', async (status, text) => {
    server.use(faults.status(status));
    counter = countRequests();
    renderApp('/u/06');
    const message = await alert();
    expect(message).toHaveTextContent(text);
    expect(within(message).queryByRole('button')).not.toBeInTheDocument();
    await act(() => new Promise((r) => setTimeout(r, 150)));
    // Only meta and catalogue are asked (in parallel), once each; the page waits for them.
    expect(counter.count('v1/meta.json')).toBe(1);
    expect(counter.count('v1/catalogue.json')).toBe(1);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(appTitle()).toBeInTheDocument();
  });
});

describe('a failing panel', () => {
  it('only breaks itself: the notes fail, the page, its links and the other views keep working', async () => {
    server.use(faults.status(503, only('v1/notes/058.json')));
    renderApp('/u/058?v=notes');
    await screen.findByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' }, SLOW);
    expect(await alert()).toHaveTextContent('Máy chủ dữ liệu gặp lỗi (mã 503).');
    expect(screen.getByRole('navigation', { name: 'Vị trí đơn vị' })).toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(within(await alert()).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), SLOW);
    await userEvent.click(screen.getByRole('link', { name: 'Tổng quan' }));
    expect((await screen.findAllByRole('article', {}, SLOW)).length).toBeGreaterThan(5);
  });
});

describe('broken responses', () => {
  it('malformed JSON: says the data is corrupt', async () => {
    server.use(faults.malformed(only(PROVINCE)));
    renderApp('/u/06');
    expect(await alert()).toHaveTextContent('Dữ liệu nhận được bị hỏng (không phải JSON hợp lệ).');
    expect(appTitle()).toBeInTheDocument();
  });

  it('a contract-breaking document: the error names the field and nothing is drawn', async () => {
    server.use(
      faults.contract((doc) => {
        const figures = doc.figures as Record<string, { series: Record<string, { reported: unknown }> }>;
        figures['06']!.series['P8.1.4']!.reported = [1, 'hai'];
      }, only(PROVINCE)),
    );
    renderApp('/u/06');
    const message = await alert();
    expect(message).toHaveTextContent(
      'Số liệu của đơn vị 06 nhận được không đúng cấu trúc: trường "figures.06.series.P8.1.4.reported.1" phải là số. Có thể máy chủ dữ liệu đang chạy phiên bản khác của ứng dụng; hãy báo quản trị hệ thống.',
    );
    // The validator's own (English) words are folded away as technical detail.
    const details = within(message).getByText('Chi tiết kỹ thuật (cho quản trị hệ thống)').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(screen.queryByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('an oversized document is refused with its size limit', async () => {
    server.use(faults.oversized(MAX_DOCUMENT_BYTES + 10, only(PROVINCE)));
    renderApp('/u/06');
    expect(await alert()).toHaveTextContent('Dữ liệu nhận được quá lớn (8 MB), đã bỏ qua để tránh treo trình duyệt.');
    expect(appTitle()).toBeInTheDocument();
  });

  it('partial data: indicators missing from a unit document say so, the rest of the page works', async () => {
    const dropped = ['P8.1.1', 'P8.2.3'];
    server.use(
      faults.contract((doc) => {
        const own = (doc.figures as Record<string, { series: Record<string, unknown>; targets: Record<string, unknown> }>)['06']!;
        for (const code of dropped) {
          delete own.series[code];
          delete own.targets[code];
        }
      }, only(PROVINCE)),
    );
    renderApp('/u/06');
    await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }, SLOW);
    const cards = await screen.findAllByRole('article', {}, SLOW);
    // The indicators missing from the document get no card and no figure; the other cards are drawn.
    expect(cards.length).toBeGreaterThan(5);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('link', { name: 'Huyện Ba Bể' })[0]!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Huyện Ba Bể' }, SLOW)).toBeInTheDocument();
  });
});

describe('going offline mid-session', () => {
  it('keeps showing what was loaded, says offline for what was not, and shows the offline banner', async () => {
    renderApp('/u/06');
    await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }, SLOW);
    expect(screen.queryByText(/Đang ngoại tuyến/)).not.toBeInTheDocument();

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    server.use(faults.networkError());
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(await screen.findByText('Đang ngoại tuyến – đang xem dữ liệu đã tải trong phiên làm việc này', {}, SLOW)).toBeInTheDocument();

    await userEvent.click(screen.getAllByRole('link', { name: 'Huyện Ba Bể' })[0]!);
    const message = await alert();
    expect(message).toHaveTextContent('Đang ngoại tuyến và phần này chưa được lưu trên máy.');
    expect(screen.getByText('Đang ngoại tuyến – chỉ xem được các phần đã lưu trên máy')).toBeInTheDocument();

    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' }, SLOW)).toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(5);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
