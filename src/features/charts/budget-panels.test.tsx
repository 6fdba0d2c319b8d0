import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UnitDocument } from '@/api/contract';
import { CHART_TEST_TIMEOUT, doc, renderCharts } from '../../../tests/setup/render-charts';
import { BudgetPanels } from './budget-panels';

const byUnits = () => screen.getByRole('region', { name: /^Kinh phí được giao và đã giải ngân theo đơn vị trực thuộc/ });
const byYears = () => screen.getByRole('region', { name: /^Kinh phí được giao và đã giải ngân theo năm/ });
const sum = (cells: readonly unknown[]) => cells.reduce<number>((a, c) => a + (typeof c === 'number' ? c : 0), 0);
const vi = (n: number, decimals: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: decimals }).format(n);

describe('budget', { timeout: CHART_TEST_TIMEOUT }, () => {
  it('gives allocated, disbursed and the rate as a ratio of sums per ward, with a total equal to the city', async () => {
    const user = userEvent.setup();
    renderCharts('/u/058?v=charts&i=P8.1.5&p=2024', BudgetPanels);
    await within(byUnits()).findByRole('img', { name: /Biểu đồ cột, 8 mục/ });
    await user.click(within(byUnits()).getByRole('button', { name: 'Bảng số liệu' }));
    const city = doc<UnitDocument>('v1/units/058.json').figures['058']!;
    const allocated = sum(city.series['P8.F.1']!.values.slice(8, 12));
    const disbursed = sum(city.series['P8.F.2']!.values.slice(8, 12));
    const total = within(byUnits()).getByRole('rowheader', { name: 'Tổng – Thành phố Bắc Kạn' }).closest('tr')!;
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([vi(allocated, 1), vi(disbursed, 1), `${vi((disbursed / allocated) * 100, 1)}%`]);
  });

  it('gives one row per year, the last one marked as incomplete', async () => {
    const user = userEvent.setup();
    renderCharts('/u/058?v=charts&i=P8.1.5&p=2024', BudgetPanels);
    await within(byYears()).findByRole('img');
    await user.click(within(byYears()).getByRole('button', { name: 'Bảng số liệu' }));
    const years = within(byYears())
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(years).toEqual(['Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025*', 'Tổng – Thành phố Bắc Kạn']);
    expect(within(byYears()).getByText(/kỳ chưa đủ số liệu \(số liệu đến 30\/06\/2025\)/)).toBeInTheDocument();
  });

  it('says that villages have no budget figures and leaves out the charts by unit below', async () => {
    renderCharts('/u/01846.14?v=charts&i=P8.1.5&p=2024', BudgetPanels);
    expect(await within(byYears()).findByText(/cấp này không có số liệu kinh phí/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /theo đơn vị trực thuộc/ })).not.toBeInTheDocument();
  });
});
