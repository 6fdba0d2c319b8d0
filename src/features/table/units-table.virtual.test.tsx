import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { TableRow } from '@/domain/table-rows';
import type { TableViewState } from '@/domain/table-view-state';
import { syntheticRows } from '../../../tests/builders/synthetic-rows';
import { OVERSCAN, OVERSCAN_AT_REST } from './table-grid';
import { ROW_HEIGHT } from './table-model';
import { UnitsTable } from './units-table';
import { indicator as build } from '../../../tests/builders/indicator';

const indicator = (code: string, decimals = 0) =>
  build(code, 'flow', { name: { vi: `Chỉ tiêu ${code}`, en: code }, unitOfMeasure: { vi: 'lượt', en: 'times' }, reportKind: 'commune', decimals });
const indicators = [indicator('A'), indicator('B', 1), indicator('C')];

function Harness({ rows, totals }: { rows: TableRow[]; totals: TableRow }) {
  const [view, setView] = useState<TableViewState>({
    indicators: ['A', 'B', 'C'],
    custom: false,
    hidden: [],
    sort: { column: 'name', desc: false },
    query: '',
  });
  return (
    <MemoryRouter>
      <UnitsTable
        rows={rows}
        totals={totals}
        catalogue={indicators}
        view={view}
        selected="A"
        onViewChange={setView}
        hrefFor={(code) => `/u/${code}?v=table`}
        caption="Bảng thử"
        exportInfo={{ programName: 'Dự án 8', unitName: 'Cả nước', periodText: 'Giai đoạn 2021 - 2025', dataDate: '30/06/2025', source: 'thử', demo: true }}
        fileName={{ unit: 'Thử', view: 'bang', period: '2023' }}
      />
    </MemoryRouter>
  );
}

const VIEWPORT = 600;

describe('the units table with 10,000 rows', () => {
  it('keeps only a window of rows in the DOM, with the full height and row count, and follows the scroll', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(VIEWPORT);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    const { rows, totals } = syntheticRows(10_000, indicators);
    const started = performance.now();
    render(<Harness rows={rows} totals={totals} />);
    const renderMs = performance.now() - started;

    const table = screen.getByRole('table', { name: 'Bảng thử' });
    const maxWindow = Math.ceil(VIEWPORT / ROW_HEIGHT) + 2 * OVERSCAN + 1;
    const bodyRows = () => table.querySelectorAll('tbody tr.units-table__row');
    expect(bodyRows().length).toBeGreaterThan(5);
    // At rest only the rows in view and a small margin are drawn.
    const restWindow = Math.ceil(VIEWPORT / ROW_HEIGHT) + OVERSCAN_AT_REST + 1;
    expect(bodyRows().length).toBeLessThanOrEqual(restWindow);
    // 2 header rows + 10,000 rows + totals, announced to assistive technology.
    expect(table).toHaveAttribute('aria-rowcount', String(2 + 10_000 + 1));
    const spacer = table.querySelector<HTMLTableCellElement>('tbody tr.units-table__spacer:last-child td');
    expect(parseFloat(spacer!.style.height)).toBeGreaterThan((10_000 - maxWindow) * ROW_HEIGHT);

    const scroller = screen.getByTestId('units-table-scroll');
    act(() => {
      scroller.scrollTop = 5_000 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    const shown = [...bodyRows()].map((r) => Number(r.getAttribute('aria-rowindex')) - 2);
    // While scrolling, the wider margin on both sides.
    expect(shown.length).toBeGreaterThan(restWindow + OVERSCAN_AT_REST);
    expect(shown.length).toBeLessThanOrEqual(maxWindow);
    expect(Math.min(...shown)).toBeGreaterThan(4_900);
    expect(Math.max(...shown)).toBeLessThan(5_100);
    // A generous bound for a shared CI machine; the benchmark measures it properly.
    expect(renderMs).toBeLessThan(5_000);
    // Once the scroll has settled, back to the small margin.
    await waitFor(() => expect(bodyRows().length).toBeLessThanOrEqual(restWindow + OVERSCAN_AT_REST), { timeout: 5_000 });
  });

  it('filters and sorts 10,000 rows and still renders only a window', () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(VIEWPORT);
    const { rows, totals } = syntheticRows(10_000, indicators);
    const { container } = render(<Harness rows={rows} totals={totals} />);
    // Plain selectors: role queries walk the accessibility tree and would dominate the timing here.
    const table = container.querySelector('table')!;
    const shownNames = () => [...table.querySelectorAll('tbody tr.units-table__row th')].map((th) => th.textContent ?? '');

    fireEvent.change(container.querySelector('input[type="search"]')!, { target: { value: 'thuận 88' } });
    const matching = rows.filter((r) => r.searchKey.includes('thuan') && r.searchKey.includes('88'));
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(Math.ceil(VIEWPORT / ROW_HEIGHT) + OVERSCAN_AT_REST); // all within the first window
    expect(container.querySelector('.units-table__count')).toHaveTextContent(`Hiển thị ${matching.length}/10.000 đơn vị`);
    const ascending = shownNames();
    expect([...ascending].sort()).toEqual(matching.map((r) => r.name).sort());

    const nameHeader = table.querySelector<HTMLElement>('th.units-table__head--name')!;
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(nameHeader).getByText('Đơn vị'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(shownNames()).toEqual([...ascending].reverse());
  });

  it('renders every row while printing, and a window again afterwards', () => {
    const { rows, totals } = syntheticRows(300, indicators);
    const { container } = render(<Harness rows={rows} totals={totals} />);
    const count = () => container.querySelectorAll('tbody tr.units-table__row').length;
    expect(count()).toBeLessThan(60);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(count()).toBe(300);
    expect(container.querySelector('tbody tr.units-table__spacer')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(count()).toBeLessThan(60);
  });
});
