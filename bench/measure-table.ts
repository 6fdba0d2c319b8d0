/**
 * 4. Table: the units table (src/features/table) with 10,000 synthetic rows on a bench page:
 * first render, sort, filter, and the frame rate while scrolling.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBenchBrowser } from './lib/bench-browser';
import { cpuBetweenMarks, traced, type CpuBreakdown } from './lib/main-thread-cpu';
import type { BenchContext } from './lib/context';
import { figure, notMeasured, reference, type Section } from './lib/results';
import { serveStatic } from './lib/static-server';
import { round, summarize } from './lib/stats';
import type { FrameStats } from './pages/frame-meter';

export const TABLE_ROWS = 10_000;
/**
 * A reader looks at the table before sorting it: the sorts start this long after the first render,
 * once the page's own idle work (the orders computed ahead, decision 026) is done.
 */
const READER_PAUSE_MS = 1000;
/** Sorts timed per page after the first one: the first sort runs the update code for the first time. */
const WARM_SORTS = 6;
/** The goal for a sort of the 10,000 rows, warm. */
const SORT_BUDGET_MS = 30;

const samples = () => ({
  first: [] as number[],
  firstSort: [] as number[],
  sort: [] as number[],
  sortCpu: [] as CpuBreakdown[],
  filter: [] as number[],
  clear: [] as number[],
  scroll: [] as FrameStats[],
});

export function tableFeaturePresent(root: string): boolean {
  return ['src/features/table/units-table.tsx', 'tests/builders/synthetic-rows.ts'].every((f) => existsSync(join(root, f)));
}

/** "script 10.2, style 1.1, layout 12.3, paint 6.4 ms (medians)". */
function cpuNote(list: readonly CpuBreakdown[]): string {
  const parts = (['script', 'style', 'layout', 'paint'] as const).map((k) => `${k} ${round(summarize(list.map((c) => c[k])).median)}`);
  return `${parts.join(', ')} ms (medians)`;
}

export async function measureTable(ctx: BenchContext, pagesDir: string | null): Promise<Section> {
  const started = performance.now();
  const base = { id: 'table', title: `4. Table (${TABLE_ROWS.toLocaleString('en')} rows)`, measuredAt: new Date().toISOString() };
  if (!pagesDir) {
    const why =
      'not measured: the units table (src/features/table/units-table.tsx, tests/builders/synthetic-rows.ts) is not there or its bench page did not build';
    return { ...base, durationMs: 0, figures: ['first-render', 'sort', 'filter', 'scroll-fps'].map((id) => notMeasured(id, id, '', why)) };
  }
  const runs = ctx.quick ? 1 : 5;
  const app = samples();
  const plain = samples();
  const server = await serveStatic(pagesDir);
  const browser = await launchBenchBrowser();
  try {
    for (let i = 0; i < runs; i++) {
      ctx.log(`table: run ${i + 1}/${runs} (the app's table, then the plain reference)`);
      for (const [into, mode] of [
        [app, ''],
        [plain, '&plain=1'],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
        page.setDefaultTimeout(120_000);
        await page.goto(`${server.url}/table.html?rows=${TABLE_ROWS}${mode}`);
        await page.waitForFunction('window.__bench !== undefined');
        into.first.push((await page.evaluate('window.__bench.firstRender()')) as number);
        await page.waitForTimeout(READER_PAUSE_MS);
        into.firstSort.push((await page.evaluate('window.__bench.sort()')) as number);
        for (let s = 0; s < WARM_SORTS; s++) into.sort.push((await page.evaluate('window.__bench.sort()')) as number);
        // Two more sorts in a trace, for the main thread's CPU time (tracing slows the page a little).
        for (let s = 0; s < 2; s++) into.sortCpu.push(cpuBetweenMarks(await traced(page, () => page.evaluate('window.__bench.sort()')), 'sort'));
        into.filter.push((await page.evaluate('window.__bench.filter("khuoi")')) as number);
        into.clear.push((await page.evaluate('window.__bench.filter("")')) as number);
        into.scroll.push((await page.evaluate('window.__bench.scroll(2000, 120)')) as FrameStats);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (list: number[], ref: number[]) => ({
    value: round(summarize(list).median),
    spread: summarize(list),
    reference: reference('plain React table, all rows in the DOM', summarize(list).median, round(summarize(ref).median)),
  });
  const fps = summarize(app.scroll.map((s) => s.fps));
  const plainFps = summarize(plain.scroll.map((s) => s.fps)).median;
  return {
    ...base,
    durationMs: performance.now() - started,
    figures: [
      figure({ id: 'first-render', label: 'First render (mount → rows painted)', unit: 'ms', ...ms(app.first, plain.first) }),
      figure({
        id: 'sort-first',
        label: 'First sort of the page, by an indicator value (state change → new first row painted)',
        unit: 'ms',
        ...ms(app.firstSort, plain.firstSort),
        note: 'the update code of the rows runs for the first time',
      }),
      figure({
        id: 'sort',
        label: 'Sort by an indicator value, warm (state change → new first row painted)',
        unit: 'ms',
        ...ms(app.sort, plain.sort),
        budget: { op: '<=', value: SORT_BUDGET_MS },
      }),
      figure({
        id: 'sort-cpu',
        label: 'Sort: main-thread CPU (thread time, from a trace)',
        unit: 'ms',
        ...ms(
          app.sortCpu.map((c) => c.cpuMs),
          plain.sortCpu.map((c) => c.cpuMs),
        ),
        note: cpuNote(app.sortCpu),
      }),
      figure({ id: 'filter', label: 'Filter by name, “khuoi” (input → filtered rows painted)', unit: 'ms', ...ms(app.filter, plain.filter) }),
      figure({ id: 'filter-clear', label: 'Clear the filter (input → all rows painted)', unit: 'ms', ...ms(app.clear, plain.clear) }),
      figure({
        id: 'scroll-fps',
        label: 'Scrolling 120 px per frame for 2 s: frame rate',
        unit: 'fps',
        value: round(fps.median),
        spread: fps,
        reference: reference('plain React table', fps.median, round(plainFps)),
      }),
      figure({
        id: 'scroll-p95',
        label: 'Scrolling: 95th percentile frame time',
        unit: 'ms',
        ...ms(
          app.scroll.map((s) => s.p95FrameMs),
          plain.scroll.map((s) => s.p95FrameMs),
        ),
      }),
    ],
    notes: [
      `The table component of the app (UnitsTable: TanStack Table + Virtual) on a bench page (bench/pages/table-page.tsx) with syntheticRows(${TABLE_ROWS}) from tests/builders, 3 indicators × value/target/achievement + reports columns; ${runs} page loads, medians. Sorts start ${READER_PAUSE_MS} ms after the first render (a reader's pause); per page the first sort is reported apart, then ${WARM_SORTS} warm sorts and 2 traced ones. Reference: the same rows in a plain React table with every row in the DOM (bench/pages/plain-table.tsx), in the same run. Headless Chromium, no GPU, 1366×900.`,
    ],
  };
}
