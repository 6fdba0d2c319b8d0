/**
 * Bench page: the units table (src/features/table) with synthetic rows (?rows=10000), or the
 * plain-table reference (?plain=1), driven from measure-table.ts through window.__bench: first
 * render, sort, filter and scroll.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import indicatorsJson from '../../data/indicators.json';
import type { Indicator } from '@/domain/indicators';
import { DEFAULT_SORT } from '@/domain/table-sort';
import type { TableViewState } from '@/domain/table-view-state';
import { syntheticRows } from '../../tests/builders/synthetic-rows';
import { UnitsTable } from '@/features/table/units-table';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadViewMessages } from '@/i18n/load-view-messages';
import { animate, nextPaint, type FrameStats } from './frame-meter';
import { PlainTable } from './plain-table';

const catalogue = indicatorsJson as unknown as Indicator[];
const params = new URLSearchParams(location.search);
const count = Number(params.get('rows') ?? 10_000);
/** ?plain=1: the reference, a plain React table with every row in the DOM. */
const plain = params.get('plain') === '1';
const shown = ['P8.1.5', 'P8.1.1', 'P8.1.4'];
const { rows, totals } = syntheticRows(
  count,
  catalogue.filter((i) => shown.includes(i.code)),
);

/** The table's state, reachable from the bench driver below. */
const control: { view: TableViewState; set: (v: TableViewState) => void } = {
  view: { indicators: shown, custom: true, hidden: [], sort: DEFAULT_SORT, query: '' },
  set: () => {},
};

function Bench() {
  const [view, setView] = useState(control.view);
  useEffect(() => {
    control.set = (v) => {
      control.view = v;
      setView(v);
    };
  }, []);
  if (plain) return <PlainTable rows={rows} indicators={shown} view={view} />;
  return (
    <UnitsTable
      rows={rows}
      totals={totals}
      catalogue={catalogue}
      view={view}
      selected={shown[0]!}
      onViewChange={(next) => {
        control.view = next;
        setView(next);
      }}
      hrefFor={(code) => `/u/${code}`}
      caption="Bảng đơn vị (dữ liệu tổng hợp)"
      exportInfo={{ programName: 'Dự án 8', unitName: 'Toàn quốc', periodText: '2024', dataDate: '30/06/2025', source: 'bench', demo: true }}
      fileName={{ unit: 'Toàn quốc', view: 'bench', period: '2024' }}
    />
  );
}

const firstRow = () => document.querySelector('.units-table tbody tr th, .units-table tbody tr td:not([aria-hidden])')?.textContent ?? '';
const countText = () => document.querySelector('.units-table__count')?.textContent ?? '';

/** Resolves when `changed()` holds (checked after every DOM change), at the next paint. */
function until(changed: () => boolean, started: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      void nextPaint().then((t) => resolve(t - started));
    };
    const observer = new MutationObserver(() => changed() && done());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('table did not update within 20 s'));
    }, 20_000);
    if (changed()) done();
  });
}

// The app registers a view's messages before its code loads; the page does the same, untimed.
await loadViewMessages();
const mountStart = performance.now();
const ready = until(() => document.querySelectorAll('.units-table tbody tr').length > 10, mountStart);
createRoot(document.getElementById('root')!).render(
  <MemoryRouter>
    <I18nProvider lang="vi">
      <Bench />
    </I18nProvider>
  </MemoryRouter>,
);

declare global {
  interface Window {
    __bench: Record<string, (...args: never[]) => Promise<unknown>>;
  }
}

window.__bench = {
  firstRender: () => ready,
  /** Sorts by the first indicator's value, alternating direction; ms until the new first row is painted. */
  sort: async () => {
    const before = firstRow();
    console.timeStamp('sort:start');
    const started = performance.now();
    const desc = !(control.view.sort.column === `value:${shown[0]}` && control.view.sort.desc);
    control.set({ ...control.view, sort: { column: `value:${shown[0]}`, desc } });
    const ms = await until(() => firstRow() !== before, started);
    // Marks for a trace of the sort (bench/lib/main-thread-cpu.ts).
    console.timeStamp('sort:end');
    return ms;
  },
  /** Types a filter into the filter box; ms until the filtered rows are painted. */
  filter: async (text: string) => {
    const input = document.querySelector<HTMLInputElement>('.units-table__filter input')!;
    const before = countText();
    const beforeRow = firstRow();
    const started = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return until(() => countText() !== before || firstRow() !== beforeRow, started);
  },
  rows: async () => document.querySelectorAll('.units-table tbody tr').length,
  /** Scrolls the table by `pxPerFrame` every frame for `ms`, down then back up. */
  scroll: async (ms: number, pxPerFrame: number): Promise<FrameStats> => {
    const el = document.querySelector<HTMLElement>('.units-table__scroll')!;
    const max = el.scrollHeight - el.clientHeight;
    let direction = 1;
    return animate(ms, () => {
      if (el.scrollTop + pxPerFrame > max) direction = -1;
      if (el.scrollTop - pxPerFrame < 0) direction = 1;
      el.scrollTop += direction * pxPerFrame;
    });
  },
};
