import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import type { UnitDocument } from '@/api/contract';
import { CHART_TEST_TIMEOUT, doc, renderCharts } from '../../../tests/setup/render-charts';
import { AchievementPanel } from './achievement-panel';

const panel = () => screen.getByRole('region', { name: /^Lượt người tham dự hoạt động truyền thông theo đơn vị trực thuộc – Thành phố Bắc Kạn/ });

describe('achievement by child unit', { timeout: CHART_TEST_TIMEOUT }, () => {
  it('draws one bar per ward with the title in words, and its table twin has the same numbers', async () => {
    const user = userEvent.setup();
    renderCharts('/u/058?v=charts&i=P8.1.5&p=2023', AchievementPanel);
    const region = panel();
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Lượt người tham dự hoạt động truyền thông theo đơn vị trực thuộc – Thành phố Bắc Kạn – Năm 2023',
    );
    const figure = await within(region).findByRole('img', { name: /Biểu đồ cột ngang, 8 đơn vị/ });
    expect(figure.querySelectorAll('.recharts-bar-rectangle path').length).toBeGreaterThanOrEqual(8);
    expect(within(region).getByText(/Số liệu đến ngày 30\/06\/2025/)).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Bảng số liệu' }));
    const table = within(region).getByRole('table');
    const city = doc<UnitDocument>('v1/units/058.json');
    const ward = city.children.find((c) => c.name === 'Phường Huyền Tụng')!;
    const quarters = city.figures[ward.code]!.series['P8.1.5']!.values.slice(4, 8) as number[];
    const expected = quarters.reduce((a, b) => a + b, 0);
    const row = within(table).getByRole('rowheader', { name: 'Phường Huyền Tụng' }).closest('tr')!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(new Intl.NumberFormat('vi-VN').format(expected));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + city.children.length);
  });

  it('lists a village that did not report as "chưa báo cáo", never as 0', async () => {
    const user = userEvent.setup();
    renderCharts('/u/01846?v=charts&i=P8.1.5&p=2024Q2', AchievementPanel);
    const region = screen.getByRole('region', {
      name: /^Lượt người tham dự hoạt động truyền thông theo đơn vị trực thuộc – Phường Huyền Tụng – Quý II\/2024$/,
    });
    await within(region).findByRole('img', { name: /1 chưa báo cáo/ });
    expect(within(region).getByText('Chưa báo cáo')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Bảng số liệu' }));
    const row = within(region)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('chưa báo cáo'))!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('chưa báo cáo');
    expect(within(region).getByText(/Chỉ tiêu được giao theo năm/)).toBeInTheDocument();
  });

  it('shows suppressed sensitive counts as "x" with no bar height', async () => {
    const user = userEvent.setup();
    renderCharts('/u/058?v=charts&i=P8.2.2&p=2024', AchievementPanel);
    const region = screen.getByRole('region', { name: /^Số ca được địa chỉ tin cậy tiếp nhận, hỗ trợ theo đơn vị trực thuộc/ });
    const figure = await within(region).findByRole('img', { name: /được ẩn/ });
    const drawn = figure.querySelectorAll('.recharts-bar-rectangle path').length;
    await user.click(within(region).getByRole('button', { name: 'Bảng số liệu' }));
    const rows = within(region).getAllByRole('row').slice(1);
    const withNumbers = rows.filter(
      (r) => /^\d/.test(within(r).getAllByRole('cell')[0]!.textContent ?? '') && within(r).getAllByRole('cell')[0]!.textContent !== '0',
    );
    expect(within(region).getAllByRole('cell', { name: 'x' }).length).toBeGreaterThan(0);
    expect(drawn).toBe(withNumbers.length);
  });

  it('sorts by name in Vietnamese order through the URL', async () => {
    const user = userEvent.setup();
    const view = renderCharts('/u/058?v=charts&i=P8.1.5&p=2023', AchievementPanel);
    const region = panel();
    await within(region).findByRole('img');
    await user.selectOptions(within(region).getByLabelText('Sắp xếp'), 'name');
    expect(view.location()).toContain('cs=name');
    await user.click(within(panel()).getByRole('button', { name: 'Bảng số liệu' }));
    const names = within(panel())
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(names.indexOf('Phường Đức Xuân')).toBeGreaterThan(-1);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi', { numeric: true }).compare));
  });

  it('drills into a ward when its bar is clicked', async () => {
    const user = userEvent.setup();
    const view = renderCharts('/u/058?v=charts&i=P8.1.5&p=2023', AchievementPanel);
    const figure = await within(panel()).findByRole('img');
    await user.click(figure.querySelector('.recharts-bar-rectangle path')!);
    await waitFor(() => expect(view.location()).toMatch(/^\/u\/0\d{4}\?i=P8\.1\.5&p=2023&v=charts$/));
  });

  it('says "chưa có số liệu cho kỳ này" for a period before the data starts', async () => {
    renderCharts('/u/058?v=charts&i=P8.1.5&p=2021', AchievementPanel);
    expect(await within(panel()).findByText('Chưa có số liệu cho kỳ này')).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: 'Tải ảnh PNG' })).toBeDisabled();
  });

  it('shows the error with a retry that recovers', async () => {
    server.use(faults.status(503, (path) => path === 'v1/units/058.json'));
    const user = userEvent.setup();
    renderCharts('/u/058?v=charts&i=P8.1.5&p=2023', AchievementPanel);
    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent('503');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await within(panel()).findByRole('img', { name: /8 đơn vị/ })).toBeInTheDocument();
  });
});
