/**
 * A month range is counted in whole quarters: every view and export that names the period says
 * which quarters its figures hold, in the one wording of formatPeriod (never "từ tháng 1/2022 đến
 * tháng 5/2023" alone).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../tests/setup/render-app';

const RANGE = 'p=2022-01_2023-05';
const VI = 'Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý';
const EN = 'Q1 2022 – Q2 2023, including 6/2023, as units report by quarter';

/** An element whose own text (children included) starts with `text`, innermost first. */
const startingWith = (text: string) => (_: string, el: Element | null) =>
  Boolean(el?.textContent?.startsWith(text)) && ![...(el?.children ?? [])].some((c) => c.textContent?.startsWith(text));

describe('a month range names the quarters it holds', () => {
  it('on the overview, above the key figures', async () => {
    renderAt(`/u/058?${RANGE}`);
    const panel = await screen.findByRole('region', { name: 'Số liệu chính' }, { timeout: 10_000 });
    expect(within(panel).getByText(`Kỳ số liệu: ${VI}`)).toBeInTheDocument();
  });

  it('in English too', async () => {
    renderAt(`/u/058?${RANGE}&lang=en`);
    const en = await screen.findByRole('region', { name: 'Key figures' }, { timeout: 10_000 });
    expect(within(en).getByText(`Period: ${EN}`)).toBeInTheDocument();
  });

  it('in the units table caption', async () => {
    renderAt(`/u/058?${RANGE}&v=table`);
    expect(await screen.findByRole('table', { name: `Số liệu các đơn vị trực thuộc Thành phố Bắc Kạn, ${VI}` }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('in the XLSX export of the table', async () => {
    let saved: Blob | undefined;
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => ((saved = blob), 'blob:test')),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderAt(`/u/058?${RANGE}&v=table`);
    await screen.findByRole('table', { name: new RegExp(`^Số liệu các đơn vị trực thuộc`) }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Tải Excel (XLSX)' }));
    await vi.waitFor(() => expect(saved).toBeDefined(), { timeout: 10_000 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await saved!.arrayBuffer());
    const texts: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts[texts.indexOf('Kỳ số liệu') + 1]).toBe(VI);
  });

  it('in the map subtitle', async () => {
    // jsdom lays nothing out: the map's size observer has nothing to observe.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    renderAt(`/u/058?${RANGE}&v=map`);
    expect(await screen.findByText(startingWith(`Thành phố Bắc Kạn – ${VI}`), undefined, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('in the chart titles', async () => {
    renderAt(`/u/058?i=P8.1.4&${RANGE}&v=charts`);
    const title = `Hội nghị, chiến dịch, sự kiện truyền thông theo đơn vị trực thuộc – Thành phố Bắc Kạn – ${VI}`;
    expect(await screen.findByRole('heading', { name: title }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('in the progress view’s report completeness', async () => {
    renderAt(`/u/058?${RANGE}&v=progress`);
    expect(await screen.findByRole('heading', { name: `Mức độ đầy đủ của báo cáo – ${VI}` }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('on the cover of the slides', async () => {
    renderAt(`/u/058?${RANGE}&v=present`);
    const covers = await screen.findAllByText(VI, { selector: '.slide-cover__period' }, { timeout: 10_000 });
    expect(covers.length).toBeGreaterThan(0);
  });

  it('in the notice, inside its sentences (the opening and the results)', async () => {
    renderAt(`/u/058?${RANGE}&v=report`);
    const inSentence = 'quý I/2022 – quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý';
    // The notice is drawn in parts, a frame apart: both sentences are there once it is whole.
    await waitFor(() => expect(screen.getAllByText(new RegExp(inSentence), { selector: 'p, div, span' }).length).toBeGreaterThanOrEqual(2), {
      timeout: 10_000,
    });
  });
});
