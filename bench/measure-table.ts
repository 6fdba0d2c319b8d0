/**
 * 4. Table: the units table (src/features/table) with 10,000 synthetic rows on a bench page:
 * first render, sort, filter, and the frame rate while scrolling.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBenchBrowser } from './lib/bench-browser';
import type { BenchContext } from './lib/context';
import { figure, notMeasured, type Section } from './lib/results';
import { serveStatic } from './lib/static-server';
import { round, summarize } from './lib/stats';
import type { FrameStats } from './pages/frame-meter';

export const TABLE_ROWS = 10_000;

export function tableFeaturePresent(root: string): boolean {
  return ['units-table.tsx', 'synthetic-rows.ts'].every((f) => existsSync(join(root, 'src', 'features', 'table', f)));
}

export async function measureTable(ctx: BenchContext, pagesDir: string | null): Promise<Section> {
  const started = performance.now();
  const base = { id: 'table', title: `4. Table (${TABLE_ROWS.toLocaleString('en')} rows)`, measuredAt: new Date().toISOString() };
  if (!pagesDir) {
    const why = 'not measured: the units table (src/features/table/units-table.tsx, synthetic-rows.ts) is not there or its bench page did not build';
    return { ...base, durationMs: 0, figures: ['first-render', 'sort', 'filter', 'scroll-fps'].map((id) => notMeasured(id, id, '', why)) };
  }
  const runs = ctx.quick ? 1 : 5;
  const first: number[] = [];
  const sort: number[] = [];
  const filter: number[] = [];
  const clear: number[] = [];
  const scroll: FrameStats[] = [];
  const server = await serveStatic(pagesDir);
  const browser = await launchBenchBrowser();
  try {
    for (let i = 0; i < runs; i++) {
      ctx.log(`table: run ${i + 1}/${runs}`);
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      page.setDefaultTimeout(120_000);
      await page.goto(`${server.url}/table.html?rows=${TABLE_ROWS}`);
      first.push((await page.evaluate('window.__bench.firstRender()')) as number);
      sort.push((await page.evaluate('window.__bench.sort()')) as number);
      sort.push((await page.evaluate('window.__bench.sort()')) as number);
      filter.push((await page.evaluate('window.__bench.filter("khuoi")')) as number);
      clear.push((await page.evaluate('window.__bench.filter("")')) as number);
      scroll.push((await page.evaluate('window.__bench.scroll(2000, 120)')) as FrameStats);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (list: number[]) => ({ value: round(summarize(list).median), spread: summarize(list) });
  const fps = summarize(scroll.map((s) => s.fps));
  return {
    ...base,
    durationMs: performance.now() - started,
    figures: [
      figure({ id: 'first-render', label: 'First render (mount → rows painted)', unit: 'ms', ...ms(first) }),
      figure({ id: 'sort', label: 'Sort by an indicator value (state change → new first row painted)', unit: 'ms', ...ms(sort) }),
      figure({ id: 'filter', label: 'Filter by name, “khuoi” (input → filtered rows painted)', unit: 'ms', ...ms(filter) }),
      figure({ id: 'filter-clear', label: 'Clear the filter (input → all rows painted)', unit: 'ms', ...ms(clear) }),
      figure({ id: 'scroll-fps', label: 'Scrolling 120 px per frame for 2 s: frame rate', unit: 'fps', value: round(fps.median), spread: fps }),
      figure({ id: 'scroll-p95', label: 'Scrolling: 95th percentile frame time', unit: 'ms', ...ms(scroll.map((s) => s.p95FrameMs)) }),
    ],
    notes: [
      `The table component of the app (UnitsTable: TanStack Table + Virtual) on a bench page (bench/pages/table-page.tsx) with syntheticRows(${TABLE_ROWS}) from src/features/table, 3 indicators × value/target/achievement + reports columns; ${runs} page loads, medians. Headless Chromium, no GPU, 1366×900.`,
    ],
  };
}
