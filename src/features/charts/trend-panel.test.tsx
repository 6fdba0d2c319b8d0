import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { CHART_TEST_TIMEOUT, renderCharts } from '../../../tests/setup/render-charts';
import { TrendPanel } from './trend-panel';

const panel = () => screen.getByRole('region', { name: /^Lượt người tham dự hoạt động truyền thông theo (quý|6 tháng|năm) – / });

describe('trend', { timeout: CHART_TEST_TIMEOUT }, () => {
  it('shows the unit over quarters by default and years from the URL, with the target line by year', async () => {
    const user = userEvent.setup();
    const view = renderCharts('/u/058?v=charts&i=P8.1.5&p=2023', TrendPanel);
    expect(await within(panel()).findByRole('img', { name: /Biểu đồ đường, 14 kỳ từ Quý I\/2022 đến Quý II\/2025/ })).toBeInTheDocument();
    expect(within(panel()).getByText(/chọn "Xem theo năm" để so sánh với chỉ tiêu/)).toBeInTheDocument();
    await user.selectOptions(within(panel()).getByLabelText('Xem theo'), 'year');
    expect(view.location()).toContain('tg=year');
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent('theo năm – Thành phố Bắc Kạn – Quý I/2022 đến Quý II/2025');
    expect(await within(panel()).findByRole('img', { name: /4 kỳ từ Năm 2022 đến Năm 2025\*/ })).toBeInTheDocument();
    expect(within(panel()).getByText('Chỉ tiêu năm (nét đứt đen)')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Bảng số liệu' }));
    expect(within(panel()).getAllByRole('row')).toHaveLength(5);
  });

  it('compares a count with the province as an index and explains it', async () => {
    const user = userEvent.setup();
    const view = renderCharts('/u/058?v=charts&i=P8.1.5&p=2023&tg=year', TrendPanel);
    await within(panel()).findByRole('img');
    await user.click(within(panel()).getByRole('checkbox', { name: 'Toàn tỉnh: Tỉnh Bắc Kạn' }));
    expect(view.location()).toContain('cmp=province');
    expect(await within(panel()).findByText(/Chỉ số: mỗi đường so với chính nó/)).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Bảng số liệu' }));
    expect(within(panel()).getByRole('columnheader', { name: 'Chỉ số (Tỉnh Bắc Kạn)' })).toBeInTheDocument();
  });

  it('keeps the trend when the comparison fails, and retries it', async () => {
    server.use(faults.status(500, (path) => path === 'v1/units/06.json'));
    const user = userEvent.setup();
    renderCharts('/u/058?v=charts&i=P8.1.5&p=2023&cmp=province', TrendPanel);
    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được số liệu so sánh');
    expect(within(panel()).getByRole('img')).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await within(panel()).findByText(/Chỉ số: mỗi đường so với chính nó/)).toBeInTheDocument();
  });
});
