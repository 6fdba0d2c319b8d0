import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { UnitDocument } from '@/api/contract';
import { parseCsv } from '@/domain/csv';
import { formatNumber } from '@/i18n/format';
import { apiDocument } from '../../../mocks/api-documents';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { compareVietnamese } from '@/i18n/format';
import { UnitsTablePanel } from './units-table-panel';
import { demoViewState } from '../../../tests/setup/demo-view-state';

const province = apiDocument('v1/units/06.json') as UnitDocument;
const districtsInOrder = province.children.map((c) => c.name).sort(compareVietnamese);

/** The provincial total of a flow over the phase, added up here from the document's quarters. */
function provinceFlowTotal(code: string): number {
  return province.figures['06']!.series[code]!.values.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
}

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const seen: { search: string; pathname: string } = { search: '', pathname: '' };
  function Page() {
    const location = useLocation();
    seen.search = location.search;
    seen.pathname = location.pathname;
    const state = demoViewState(location.pathname, location.search);
    return <UnitsTablePanel unitCode={state.unit!} state={state} indicator={state.indicator ?? 'P8.1.1'} />;
  }
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="*" element={<Page />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { params: () => new URLSearchParams(seen.search), pathname: () => seen.pathname };
}

const table = () => screen.findByRole('table', { name: /^Số liệu các đơn vị trực thuộc Tỉnh Bắc Kạn/ });
const rowNames = (t: HTMLElement) =>
  within(t)
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');

describe('units table panel', () => {
  it('shows a fixed-height loading state, then the districts in Vietnamese order, each a drill link, and the totals row of the province', async () => {
    renderAt('/u/06?i=P8.1.4&v=table');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải');
    const t = await table();
    expect(screen.getByRole('heading', { name: 'Số liệu các đơn vị trực thuộc' })).toBeInTheDocument();
    expect(screen.getByText('Số liệu đến ngày 30/06/2025')).toBeInTheDocument();
    expect(t).toHaveAccessibleName('Số liệu các đơn vị trực thuộc Tỉnh Bắc Kạn, Giai đoạn 2021 - 2025');
    expect(rowNames(t)).toEqual([...districtsInOrder, 'Tổng cộng: Tỉnh Bắc Kạn']);
    expect(within(t).getByRole('link', { name: 'Huyện Ba Bể' })).toHaveAttribute('href', '/u/061?i=P8.1.4&v=table');
    // Completeness of the selected indicator, e.g. "2.449/2.548", with its level.
    expect(within(t).getByRole('button', { name: /^Đã báo cáo ?– P8\.1\.4/ })).toBeInTheDocument();
    const baBe = within(t).getByRole('rowheader', { name: 'Huyện Ba Bể' }).closest('tr')!;
    expect(within(baBe).getAllByRole('cell')[0]!.textContent).toMatch(/^[\d.]+\/[\d.]+(đủ báo cáo|gần đủ \(từ 95%\)|chưa đầy đủ|rất thiếu \(dưới 50%\))$/);

    // The totals row is the province's own figure.
    const totals = within(t).getByRole('rowheader', { name: 'Tổng cộng: Tỉnh Bắc Kạn' }).closest('tr')!;
    expect(
      within(totals)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain(formatNumber(provinceFlowTotal('P8.1.4'), 'vi'));
    // Default columns: the selected indicator first, then key ones.
    expect(
      within(t)
        .getAllByRole('columnheader', { name: /^P8\./ })
        .map((h) => h.textContent?.slice(0, 6)),
    ).toEqual(['P8.1.4', 'P8.1.1', 'P8.2.1']);
  });

  it.each([
    ['a plain click follows a drill link in the app', {}, '/u/061', false],
    ['a click with Ctrl is left to the browser (a new tab)', { ctrlKey: true }, '/u/06', true],
  ])('%s', async (_name, keys, pathname, leftToBrowser) => {
    const at = renderAt('/u/06?i=P8.1.4&v=table');
    const link = within(await table()).getByRole('link', { name: 'Huyện Ba Bể' });
    // fireEvent returns false when the click's default (the browser loading the page) was prevented.
    expect(fireEvent.click(link, keys)).toBe(leftToBrowser);
    await waitFor(() => expect(at.pathname()).toBe(pathname));
  });

  it('sorts by a value column (largest first, then reversed) and keeps the sort in the URL', async () => {
    const { params } = renderAt('/u/06?i=P8.1.4&v=table');
    const t = await table();
    const user = userEvent.setup();
    await user.click(within(t).getByRole('button', { name: /^Thực hiện ?– P8\.1\.4/ }));
    expect(params().get('sort')).toBe('value:P8.1.4.desc');
    const header = within(t).getByRole('columnheader', { name: /^Thực hiện ?– P8\.1\.4/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const values = (rows: string[]) =>
      rows
        .slice(0, -1)
        .map((name) => Number(within(within(t).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell')[1]!.textContent!.replace(/\./g, '')));
    const desc = values(rowNames(t));
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await user.click(within(t).getByRole('button', { name: /^Thực hiện ?– P8\.1\.4/ }));
    expect(params().get('sort')).toBe('value:P8.1.4.asc');
    expect(values(rowNames(t))).toEqual([...desc].reverse());
  });

  it('sorts names Z→A on a second click', async () => {
    const { params } = renderAt('/u/06?i=P8.1.4&v=table');
    const t = await table();
    await userEvent.click(within(t).getByRole('button', { name: 'Đơn vị' }));
    expect(params().get('sort')).toBe('name.desc');
    expect(rowNames(t).slice(0, -1)).toEqual([...districtsInOrder].reverse());
  });

  it('filters names without diacritics and mirrors the filter in the URL', async () => {
    const { params } = renderAt('/u/06?i=P8.1.4&v=table');
    const t = await table();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Lọc theo tên đơn vị' }), 'bach thong');
    await waitFor(() => expect(rowNames(t)).toEqual(['Huyện Bạch Thông', 'Tổng cộng: Tỉnh Bắc Kạn']));
    expect(params().get('q')).toBe('bach thong');
    expect(screen.getByText('Hiển thị 1/8 đơn vị')).toBeInTheDocument();
    expect(screen.getByText('Dòng tổng cộng là số liệu của Tỉnh Bắc Kạn, không thay đổi theo bộ lọc.')).toBeInTheDocument();
  });

  it('opens a shared link with columns, hidden kinds, sort and filter', async () => {
    renderAt('/u/06?i=P8.1.4&v=table&cols=P8.2.3&hide=target,reports&sort=name.desc&q=huyen');
    const t = await table();
    expect(within(t).queryByRole('button', { name: /^Chỉ tiêu/ })).toBeNull();
    expect(within(t).getAllByRole('button', { name: /^Thực hiện/ })).toHaveLength(2);
    expect(within(t).queryByRole('button', { name: /^Đã báo cáo/ })).toBeNull();
    expect(
      within(t)
        .getAllByRole('columnheader', { name: /^P8\./ })
        .map((h) => h.textContent?.slice(0, 6)),
    ).toEqual(['P8.1.4', 'P8.2.3']);
    expect(rowNames(t).slice(0, -1)).toEqual(districtsInOrder.filter((n) => n.startsWith('Huyện')).reverse());
    expect(screen.getByRole('searchbox')).toHaveValue('huyen');
  });

  it('chooses columns from the menu', async () => {
    const { params } = renderAt('/u/06?i=P8.1.4&v=table');
    const t = await table();
    const user = userEvent.setup();
    expect(within(t).getAllByRole('button', { name: /^Chỉ tiêu ?–/ })).toHaveLength(3);
    await user.click(screen.getByText('Chọn cột'));
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ tiêu' }));
    expect(params().get('hide')).toBe('target');
    expect(within(t).queryByRole('button', { name: /^Chỉ tiêu ?–/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /P8\.2\.3/ }));
    expect(params().get('cols')).toBe('P8.1.4,P8.1.1,P8.2.1,P8.2.3');
    expect(screen.getByRole('checkbox', { name: /P8\.1\.4/ })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByText('Chọn cột').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('Chọn cột')).toHaveFocus();
  });

  it('exports exactly the rows and columns shown as CSV', async () => {
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderAt('/u/06?i=P8.1.4&v=table&cols=P8.2.3&hide=target,achievement&sort=name.desc&q=huyen');
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^Đã tạo tệp du-an-8_tinh-bac-kan_bang-don-vi_phase_\d{4}-\d{2}-\d{2}\.csv$/)).toBeInTheDocument();
    const bytes = new Uint8Array(await saved!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(saved!.type).toBe('text/csv;charset=utf-8');
    const csv = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    expect(csv.header).toEqual([
      'Đơn vị',
      'Số báo cáo đã nhận (P8.1.4)',
      'Số báo cáo phải có (P8.1.4)',
      expect.stringMatching(/^P8\.1\.4 .* – Thực hiện \(/),
      expect.stringMatching(/^P8\.2\.3 .* – Thực hiện \(/),
    ]);
    expect(csv.rows.map((r) => r.cells[0])).toEqual([...districtsInOrder.filter((n) => n.startsWith('Huyện')).reverse(), 'Tổng cộng: Tỉnh Bắc Kạn']);
    expect(csv.rows.at(-1)!.cells[3]).toBe(String(provinceFlowTotal('P8.1.4')));

    await userEvent.click(screen.getByRole('button', { name: 'Tải CSV (Excel, tiếng Việt)' }));
    expect(screen.getByText(/^Đã tạo tệp du-an-8_tinh-bac-kan_bang-don-vi_excel_phase_\d{4}-\d{2}-\d{2}\.csv$/)).toBeInTheDocument();
    const excel = new TextDecoder('utf-8').decode(new Uint8Array(await saved!.arrayBuffer()));
    const [header, ...lines] = excel.trimEnd().split('\r\n');
    expect(header!.split(';')).toEqual(csv.header);
    expect(lines.at(-1)!.split(';')[3]).toBe(String(provinceFlowTotal('P8.1.4')));
  });

  it('says so when the period has no figures', async () => {
    renderAt('/u/06?i=P8.1.4&v=table&p=2021');
    expect(await screen.findByText('Chưa có số liệu cho kỳ này')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when the unit has no units below it', async () => {
    renderAt('/u/01846.01?i=P8.1.4&v=table');
    expect(await screen.findByText('Đơn vị này không có đơn vị trực thuộc.')).toBeInTheDocument();
  });

  it('shows a server error with a retry that recovers', async () => {
    server.use(faults.status(500, (path) => path === 'v1/units/06.json'));
    renderAt('/u/06?i=P8.1.4&v=table');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ dữ liệu gặp lỗi (mã 500)');
    server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await table()).toBeInTheDocument();
  });

  it('shows a document that breaks the contract as an error, never as a table', async () => {
    server.use(
      faults.contract(
        (doc) => delete doc.children,
        (path) => path === 'v1/units/06.json',
      ),
    );
    renderAt('/u/06?i=P8.1.4&v=table');
    expect(await screen.findByRole('alert')).toHaveTextContent('không đúng cấu trúc');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
