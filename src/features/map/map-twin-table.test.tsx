import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Cell } from '@/domain/aggregate';
import { buildMapModel, type MapUnitInput } from '@/domain/map-legend';
import { parseViewState } from '@/domain/view-state';
import { translate } from '@/i18n/catalogue';
import { I18nProvider } from '@/i18n/i18n-context';
import { MapLegendPanel } from './map-legend-panel';
import type { MapText } from '@/ui/map-text';
import { MapTwinTable } from './map-twin-table';
import { indicator as build } from '../../../tests/builders/indicator';
import { PHASE_2021_2025 } from '../../../tests/builders/phases';

const indicator = build('P8.1.5', 'person_times', {
  name: { vi: 'Lượt người tham dự', en: 'Participants' },
  unitOfMeasure: { vi: 'lượt người', en: 'person-times' },
  reportKind: 'commune',
});
const unit = (code: string, name: string, values: Cell[]): MapUnitInput => ({
  code,
  name,
  figures: { series: { 'P8.1.5': { values, reported: values.map((v) => (v === null ? 0 : 1)), expected: 1 } }, withheld: [], targets: {}, baselines: {} },
});
const model = buildMapModel({
  units: [
    unit('01', 'Xã Bằng Thành', [1250, 0]),
    unit('02', 'Xã An Thắng', [2500, 250]),
    unit('03', 'Xã Cổ Linh', [null, null]),
    unit('04', 'Xã Bộc Bố', ['suppressed', 2]),
  ],
  indicator,
  indicators: [indicator],
  axis: ['2023Q1', '2023Q2'],
  phases: [PHASE_2021_2025],
  period: { kind: 'year', year: 2023 },
  mode: 'value',
  method: 'equal',
  classes: 2,
});
const text: MapText = { lang: 'vi', t: (key, params) => translate('vi', key, params), indicator };

function renderTwin(onHighlight = vi.fn()) {
  const state = parseViewState('/u/060', '?v=map&i=P8.1.5&p=2023&mm=achievement');
  render(
    <I18nProvider lang="vi">
      <MemoryRouter>
        <MapLegendPanel model={model} text={text} notes={[]} />
        <MapTwinTable model={model} text={text} state={state} onHighlight={onHighlight} />
      </MemoryRouter>
    </I18nProvider>,
  );
  return onHighlight;
}

describe('the table twin of the map', () => {
  it('lists the same units and figures, in Vietnamese order, with the reason where there is no number', () => {
    renderTwin();
    const table = screen.getByRole('table', { name: /Bảng số liệu của bản đồ/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Xã An Thắng', 'Xã Bằng Thành', 'Xã Bộc Bố', 'Xã Cổ Linh']);
    expect(rows[0]).toHaveTextContent('2.750 lượt người');
    expect(rows[2]).toHaveTextContent('x');
    expect(rows[2]).toHaveTextContent('x: ẩn để bảo vệ thông tin cá nhân');
    expect(rows[3]).toHaveTextContent('chưa báo cáo');
  });

  it('drills with the same links as the rest of the app, and highlights the unit on focus', async () => {
    const onHighlight = renderTwin();
    const link = screen.getByRole('link', { name: 'Xã Cổ Linh' });
    // Drilling keeps the map options (colour by achievement here) and the period.
    expect(link).toHaveAttribute('href', '/u/03?i=P8.1.5&p=2023&v=map&mm=achievement');
    await userEvent.tab(); // the table's scroll box, focusable so it scrolls by keyboard on a narrow screen
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Xã An Thắng' })).toHaveFocus();
    expect(onHighlight).toHaveBeenLastCalledWith('02', true);
  });

  it('labels class ranges with vi-VN numbers in the legend', () => {
    renderTwin();
    const legend = screen.getByRole('group', { name: 'Chú giải' });
    expect(legend).toHaveTextContent('1.250 – 2.000');
    expect(legend).toHaveTextContent('trên 2.000 – 2.750');
    expect(legend).toHaveTextContent('Chưa báo cáo');
  });
});
