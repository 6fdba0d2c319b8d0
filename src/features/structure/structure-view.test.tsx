/** The view of the old structure's figures under the units of 1/7/2025, on the compiled demo API through msw. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { structureSchema, unitDocumentSchema } from '@/api/contract';
import { apiDocument } from '../../../mocks/api-documents';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { renderAt } from '../../../tests/setup/render-app';

const structure = structureSchema.parse(apiDocument('v1/structure-2025-07.json'));
const oldSeries = (code: string, indicator: string) => unitDocumentSchema.parse(apiDocument(`v1/units/${code}.json`)).figures[code]!.series[indicator]!;
const table = () => screen.findByRole('table', { name: /^Số liệu theo đơn vị mới có phần địa bàn thuộc/ });
const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('figures under the communes and wards of 1/7/2025', () => {
  it('lists every new unit for the province, each the sum of the old communes it was made of', async () => {
    renderAt('/u/06?v=structure&i=P8.1.4');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(37);
    expect(screen.getByRole('heading', { level: 2, name: /^Theo đơn vị hành chính từ 01\/07\/2025: .*, Giai đoạn 2021 - 2025$/ })).toBeInTheDocument();
    expect(
      screen.getByText(/^Sắp xếp đơn vị hành chính từ 1\/7\/2025: từ ngày 01\/07\/2025, 108 xã, phường, thị trấn cũ của tỉnh Bắc Kạn thành 37 đơn vị mới/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đơn vị mới (từ 01/07/2025)' })).toHaveAttribute('aria-current', 'page');
    // Phường Đức Xuân = three old wards of Bắc Kạn city, summed over the whole phase.
    const ducXuan = structure.units.find((u) => u.name === 'Phường Đức Xuân')!;
    const phase = ducXuan.from.flatMap((o) => oldSeries(o.code, 'P8.1.4').values);
    const row = rowOf('Phường Đức Xuân');
    expect(row).toHaveTextContent(ducXuan.from.map((o) => o.name).join(', '));
    expect(within(row).getByRole('link', { name: 'Phường Đức Xuân' })).toHaveAttribute('href', '/u/01840~2025-07?i=P8.1.4&v=structure');
    const value = Number(within(row).getAllByRole('cell')[1]!.textContent!.replace(/\./g, ''));
    expect(value).toBe(phase.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0));
  });

  it('shows only the new units that hold part of Thành phố Bắc Kạn, flagging those that reach beyond it', async () => {
    renderAt('/u/058?v=structure&i=P8.1.4');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    const expected = structure.units.filter((u) => u.from.some((o) => o.districtCode === '058'));
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent).sort()).toEqual(expected.map((u) => u.name).sort());
    for (const u of expected.filter((n) => n.from.some((o) => o.districtCode !== '058')))
      expect(rowOf(u.name)).toHaveTextContent('gồm cả địa bàn ngoài Thành phố Bắc Kạn');
  });

  it('opened on a village, shows the new ward its old ward went into', async () => {
    renderAt('/u/01846.14?v=structure&i=P8.1.4');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(1);
    const ward = structure.units.find((u) => u.from.some((o) => o.code === '01846'))!;
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(ward.name);
  });

  it('withholds sensitive indicators and says why', async () => {
    renderAt('/u/06?v=structure&i=P8.O.1');
    await table();
    expect(screen.getByRole('note')).toHaveTextContent('Chỉ tiêu nhạy cảm không công bố theo đơn vị mới');
    expect(within(rowOf('Phường Đức Xuân')).getAllByRole('cell')[1]).toHaveTextContent('không công bố');
  });

  it('says so when the dataset has no reorganisation table', async () => {
    server.use(faults.status(404, (path) => path === 'v1/structure-2025-07.json'));
    renderAt('/u/06?v=structure&i=P8.1.4');
    expect(await screen.findByText('Bộ dữ liệu này không có bảng sắp xếp đơn vị hành chính.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is not offered, and nothing about a reorganisation shows, when the dataset declares none', async () => {
    server.use(
      faults.contract(
        (doc) => {
          if ('reorganisations' in doc) doc.reorganisations = [];
          delete doc.reorganisedInto;
          if (doc.unit) (doc.unit as { validTo: string | null }).validTo = null;
        },
        (path) => path === 'v1/meta.json' || path === 'v1/units/06.json',
      ),
    );
    renderAt('/u/06');
    await screen.findByRole('heading', { level: 2, name: 'Tỉnh Bắc Kạn' });
    expect(screen.queryByRole('link', { name: /Đơn vị mới/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Cơ cấu đơn vị hành chính' })).not.toBeInTheDocument();
    // (The data date, 30/06/2025, still shows: it is the data's, not a reorganisation's.)
    expect(document.body.textContent).not.toMatch(/1\/7\/2025|01\/07\/2025|sắp xếp|tồn tại đến|Đơn vị mới/i);
  });
});
