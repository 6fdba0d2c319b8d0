import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHART_TEST_TIMEOUT, renderCharts } from '../../../tests/setup/render-charts';

describe('the charts view', { timeout: CHART_TEST_TIMEOUT }, () => {
  it('shows every chart of a city in its own panel, each with the data date, a table twin and a PNG export', async () => {
    renderCharts('/u/058?v=charts&i=P8.1.5&p=2023');
    const titles = [
      /^Lượt người tham dự hoạt động truyền thông theo đơn vị trực thuộc – Thành phố Bắc Kạn – Năm 2023$/,
      /^Lượt người tham dự hoạt động truyền thông theo quý – Thành phố Bắc Kạn – Quý I\/2022 đến Quý II\/2025$/,
      /^Lượt người tham dự hoạt động truyền thông phân theo giới tính – Thành phố Bắc Kạn và các đơn vị trực thuộc – Năm 2023$/,
      /^Kinh phí được giao và đã giải ngân theo đơn vị trực thuộc – Thành phố Bắc Kạn – Năm 2023$/,
      /^Kinh phí được giao và đã giải ngân theo năm – Thành phố Bắc Kạn – Quý I\/2022 đến Quý II\/2025$/,
    ];
    for (const title of titles) {
      const region = screen.getByRole('region', { name: title });
      expect(await within(region).findByRole('img')).toHaveAttribute('aria-label');
      expect(within(region).getByText('Số liệu đến ngày 30/06/2025')).toBeInTheDocument();
      expect(within(region).getByRole('button', { name: 'Bảng số liệu' })).toHaveAttribute('aria-pressed', 'false');
      expect(within(region).getByRole('button', { name: 'Tải ảnh PNG' })).toBeEnabled();
    }
  });

  it('leaves out the charts by unit below for a village', async () => {
    renderCharts('/u/01846.14?v=charts&i=P8.1.5&p=2023');
    expect(await screen.findAllByRole('region', { name: /Tổ Khuổi Pái/ })).toHaveLength(3);
    expect(screen.queryByRole('region', { name: /theo đơn vị trực thuộc/ })).not.toBeInTheDocument();
  });

  it('says so for an indicator that is not in the catalogue', () => {
    renderCharts('/u/058?v=charts&i=P9.9.9');
    expect(screen.getByText('không áp dụng ở cấp này')).toBeInTheDocument();
  });
});
