import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { CHART_TEST_TIMEOUT, renderCharts } from '../../../tests/setup/render-charts';
import { BreakdownPanel } from './breakdown-panel';

const panel = () => screen.getByRole('region', { name: /^Lượt người tham dự hoạt động truyền thông phân/ });
const KHUOI_PAI = '/u/01846.14?v=charts&i=P8.1.5&p=2022-01_2023-05';

describe('disaggregation', { timeout: CHART_TEST_TIMEOUT }, () => {
  it('shows the Khuổi Pái conference participants by role and says the breakdown covers 55 of 67', async () => {
    const user = userEvent.setup();
    const view = renderCharts(KHUOI_PAI, BreakdownPanel);
    expect(await within(panel()).findByRole('img', { name: /giới tính/ })).toBeInTheDocument();
    await user.selectOptions(within(panel()).getByLabelText('Phân tổ theo'), 'participant_role');
    expect(view.location()).toContain('dim=participant_role');
    const region = panel();
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Lượt người tham dự hoạt động truyền thông phân theo thành phần tham dự');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Tổ Khuổi Pái – Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý',
    );
    expect(within(region).getByText(/có cho 55\/67 lượt người của Tổ Khuổi Pái \(82,1%\)/)).toBeInTheDocument();
    expect(within(region).getByText('Chưa phân tổ')).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Bảng số liệu' }));
    const row = within(region).getByRole('rowheader', { name: 'Tổ Khuổi Pái (tổng)' }).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(-3)).toEqual(['12', '67', '82,1%']);
    const headers = within(region)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const members = headers.indexOf('Hội viên');
    expect(members).toBeGreaterThan(0);
    expect(cells[members - 1]).toBe('27');
  });

  it('switches between stacked and grouped bars through the URL', async () => {
    const user = userEvent.setup();
    const view = renderCharts('/u/058?v=charts&i=P8.1.5&p=2023&dim=sex', BreakdownPanel);
    await within(panel()).findByRole('img', { name: /^Biểu đồ cột chồng theo giới tính, 9 đơn vị/ });
    await user.selectOptions(within(panel()).getByLabelText('Kiểu cột'), 'grouped');
    expect(view.location()).toContain('dl=grouped');
    expect(await within(panel()).findByRole('img', { name: /^Biểu đồ cột nhóm/ })).toBeInTheDocument();
  });

  it('says when the indicator has no breakdown', async () => {
    renderCharts('/u/058?v=charts&i=P8.1.4&p=2023', BreakdownPanel);
    const region = screen.getByRole('region', { name: /^Hội nghị, chiến dịch, sự kiện truyền thông phân tổ/ });
    expect(await within(region).findByText('Chỉ tiêu này không có số liệu phân tổ.')).toBeInTheDocument();
  });

  it('says "chưa có số liệu cho kỳ này" when nothing was reported in the period', async () => {
    renderCharts('/u/01846.14?v=charts&i=P8.1.5&p=2021', BreakdownPanel);
    expect(await within(panel()).findByText('Chưa có số liệu cho kỳ này')).toBeInTheDocument();
  });

  it('shows a broken document as an error with retry', async () => {
    server.use(faults.malformed((path) => path === 'v1/units/01846.14.json'));
    renderCharts(KHUOI_PAI, BreakdownPanel);
    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu nhận được bị hỏng');
  });

  it('retries after a server failure', async () => {
    server.use(faults.status(500, (path) => path === 'v1/units/01846.14.json'));
    const user = userEvent.setup();
    renderCharts(KHUOI_PAI, BreakdownPanel);
    const alert = await within(panel()).findByRole('alert');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await within(panel()).findByRole('img', { name: /giới tính/ })).toBeInTheDocument();
  });
});
