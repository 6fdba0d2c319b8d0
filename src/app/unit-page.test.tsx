import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { faults } from '../../mocks/faults';
import { server } from '../../mocks/server';
import { renderAt } from '../../tests/setup/render-app';

describe('the unit page', () => {
  it('shows the unit, its breadcrumb, key figures and children, in Vietnamese', async () => {
    renderAt('/u/058');
    expect(await screen.findByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Vị trí đơn vị' });
    expect(within(crumbs).getByRole('link', { name: 'Tỉnh Bắc Kạn' })).toHaveAttribute('href', '/u/06');
    expect(screen.getByRole('heading', { name: 'Số liệu chính' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Phường Huyền Tụng' })).toHaveAttribute('href', '/u/01846');
    expect(screen.getAllByText(/Số liệu đến ngày 30\/06\/2025/).length).toBeGreaterThan(0);
    expect(screen.getByText('Dữ liệu minh họa')).toBeInTheDocument();
  });

  it('drills down by clicking a child and keeps the period', async () => {
    renderAt('/u/058?p=2023');
    await userEvent.click(await screen.findByRole('link', { name: 'Phường Huyền Tụng' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Phường Huyền Tụng' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tổ Khuổi Pái' }).getAttribute('href')).toMatch(/^\/u\/01846\.\d+\?p=2023$/);
  });

  it('switches to English from the header and keeps the unit', async () => {
    renderAt('/u/058');
    await userEvent.click(await screen.findByRole('link', { name: /English/ }));
    expect(await screen.findByRole('heading', { name: 'Key figures' })).toBeInTheDocument();
  });

  it('offers the declared phases: a phase without targets shows its name and says it has none; choosing the default phase brings its targets back', async () => {
    renderAt('/u/058?p=phase-2026-2030&v=progress');
    const phase = await screen.findByRole('combobox', { name: 'Giai đoạn' });
    expect(
      within(phase)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Giai đoạn 2021 - 2025', 'Giai đoạn 2026 - 2030']);
    expect(phase).toHaveValue('2026-2030');
    expect(await screen.findByRole('table', { name: 'Tiến độ thực hiện chỉ tiêu: Giai đoạn 2026 - 2030' })).toBeInTheDocument();
    expect(screen.getByText(/^Giai đoạn 2026 - 2030 chưa có chỉ tiêu/)).toBeInTheDocument();

    await userEvent.selectOptions(phase, 'Giai đoạn 2021 - 2025');
    expect(await screen.findByRole('table', { name: 'Tiến độ thực hiện chỉ tiêu: Giai đoạn 2021 - 2025' })).toBeInTheDocument();
    expect(screen.queryByText(/chưa có chỉ tiêu:/)).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Giai đoạn' })).toHaveValue('2021-2025');
  });

  it('shows a contract break as an error naming the field, and draws nothing of that unit', async () => {
    server.use(
      faults.contract(
        (d) => ((d.unit as Record<string, unknown>).level = 'hai'),
        (p) => p === 'v1/units/058.json',
      ),
    );
    renderAt('/u/058');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Số liệu của đơn vị 058 nhận được không đúng cấu trúc: trường "unit.level" phải là số.');
    expect(screen.queryByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' })).not.toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();
  });
});
