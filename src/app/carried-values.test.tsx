/**
 * The teams (P8.1.1) carry a village's last report forward for two quarters: where completeness is
 * shown, the number of values carried is shown beside it. Province, 2025Q2: 1,184 of 1,332 villages
 * reported and 148 were carried (recomputed from the data files in carry-forward-demo.test.ts).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../tests/setup/render-app';

describe('values carried from an earlier quarter', () => {
  it('are counted on the overview card of the teams, apart from the reports (vi and en)', async () => {
    renderAt('/u/06?p=2025Q2');
    const card = await screen.findByRole('article', { name: 'Tổ truyền thông cộng đồng đang hoạt động' }, { timeout: 10_000 });
    expect(within(card).getByText(/^1\.116/)).toBeInTheDocument();
    expect(card).toHaveTextContent('1.184/1.332 thôn, tổ đã báo cáo');
    expect(within(card).getByText('148 lấy từ quý trước')).toHaveAttribute('data-carried', '148');

    renderAt('/u/06?p=2025Q2&lang=en');
    const en = await screen.findByRole('article', { name: 'Community communication teams operating' }, { timeout: 10_000 });
    expect(within(en).getByText('148 carried from an earlier quarter')).toBeInTheDocument();
  });

  it('are not claimed for a flow, which carries nothing', async () => {
    renderAt('/u/06?p=2025Q2');
    const card = await screen.findByRole('article', { name: 'Hội nghị, chiến dịch, sự kiện truyền thông' }, { timeout: 10_000 });
    expect(within(card).queryByText(/lấy từ quý trước/)).toBeNull();
  });

  it('are counted in the table’s reports column, for the totals row as for each district', async () => {
    renderAt('/u/06?i=P8.1.1&p=2025Q2&v=table');
    const table = await screen.findByRole('table', { name: /^Số liệu các đơn vị trực thuộc Tỉnh Bắc Kạn/ }, { timeout: 10_000 });
    const totals = within(table).getByRole('row', { name: /^Tổng cộng: Tỉnh Bắc Kạn/ });
    expect(totals).toHaveTextContent('1.184/1.332');
    expect(within(totals).getByText('148 lấy từ quý trước')).toBeInTheDocument();
    const carried = within(table)
      .getAllByText(/lấy từ quý trước$/)
      .filter((el) => !totals.contains(el))
      .reduce((n, el) => n + Number(el.getAttribute('data-carried')), 0);
    expect(carried).toBe(148);
  });

  it('for a rate, the reports counted are those with both numerator and denominator', async () => {
    renderAt('/u/06?p=2025Q2');
    const card = await screen.findByRole('article', { name: 'Tỷ lệ thôn đặc biệt khó khăn có tổ truyền thông cộng đồng' }, { timeout: 10_000 });
    // 478 of 567 especially-disadvantaged villages, from the 1,184 villages that reported both sides.
    expect(card).toHaveTextContent('84,3');
    expect(card).toHaveTextContent('1.184/1.332 lượt báo cáo đủ tử số và mẫu số');
  });
});
