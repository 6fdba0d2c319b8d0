/**
 * 5. Map: the Leaflet choropleth (src/features/map) with 1,300 and 10,000 synthetic polygons,
 * canvas and SVG renderers: first render, and the frame rate while panning and zooming.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBenchBrowser } from './lib/bench-browser';
import { cpuBetweenMarks, traced } from './lib/main-thread-cpu';
import type { BenchContext } from './lib/context';
import { figure, notMeasured, reference, type Figure, type Section } from './lib/results';
import { serveStatic } from './lib/static-server';
import { round, summarize } from './lib/stats';
import type { FrameStats } from './pages/frame-meter';

export const MAP_SIZES = [1300, 10_000];
/** The largest map measured, and the goal for its first render on the canvas renderer. */
const MAP_LARGE = 10_000;
const MAP_LARGE_BUDGET_MS = 500;
const RENDERERS = ['canvas', 'svg'] as const;

export function mapFeaturePresent(root: string): boolean {
  return ['leaflet-map.tsx', 'choropleth-layer.ts'].every((f) => existsSync(join(root, 'src', 'features', 'map', f)));
}

async function pan(page: Page): Promise<FrameStats> {
  await page.evaluate('window.__bench.startFrames()');
  const box = (await page.locator('.leaflet-container').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 300, cy - 150, { steps: 30 });
  await page.mouse.move(cx + 200, cy + 100, { steps: 30 });
  await page.mouse.up();
  return (await page.evaluate('window.__bench.stopFrames()')) as FrameStats;
}

async function zoom(page: Page): Promise<FrameStats> {
  await page.evaluate('window.__bench.startFrames()');
  for (const control of ['in', 'in', 'out', 'out']) {
    await page.locator(`.leaflet-control-zoom-${control}`).click();
    await page.waitForTimeout(400);
  }
  return (await page.evaluate('window.__bench.stopFrames()')) as FrameStats;
}

/**
 * Loads the map page and returns its first render (ms), as the page reports it on its console: polling
 * the page (`waitForFunction`, `evaluate`) would run the driver's own script on the main thread while
 * the map renders, inside the time measured.
 */
async function loadMap(page: Page, url: string): Promise<number> {
  const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('first-render '), timeout: 180_000 });
  await page.goto(url);
  return Number((await reported).text().split(' ')[1]);
}

export async function measureMap(ctx: BenchContext, pagesDir: string | null): Promise<Section> {
  const started = performance.now();
  const base = { id: 'map', title: '5. Map (Leaflet choropleth, canvas vs SVG)', measuredAt: new Date().toISOString() };
  if (!pagesDir) {
    const why = 'not measured: the map (src/features/map/leaflet-map.tsx) is not there or its bench page did not build';
    return {
      ...base,
      durationMs: 0,
      figures: MAP_SIZES.flatMap((n) => RENDERERS.map((r) => notMeasured(`${r}-${n}-first-render`, `${n} polygons, ${r}: first render`, 'ms', why))),
    };
  }
  const runs = ctx.quick ? 1 : 3;
  const results = new Map<string, { first: number[]; cpu: number[]; pan: FrameStats[]; zoom: FrameStats[] }>();
  const server = await serveStatic(pagesDir);
  const browser = await launchBenchBrowser();
  try {
    for (const n of MAP_SIZES) {
      for (let i = 0; i < runs; i++) {
        for (const renderer of RENDERERS) {
          ctx.log(`map: ${n} polygons, ${renderer}, run ${i + 1}/${runs}`);
          const key = `${renderer}-${n}`;
          const entry = results.get(key) ?? { first: [], cpu: [], pan: [], zoom: [] };
          results.set(key, entry);
          const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
          page.setDefaultTimeout(180_000);
          entry.first.push(await loadMap(page, `${server.url}/map.html?n=${n}&renderer=${renderer}`));
          entry.pan.push(await pan(page));
          entry.zoom.push(await zoom(page));
          await page.close();
          // A second load in a trace: the main thread's CPU time over the first render (the wall figure stays untraced).
          const tracedPage = await browser.newPage({ viewport: { width: 1366, height: 900 } });
          tracedPage.setDefaultTimeout(180_000);
          const events = await traced(tracedPage, () => loadMap(tracedPage, `${server.url}/map.html?n=${n}&renderer=${renderer}`));
          entry.cpu.push(cpuBetweenMarks(events, 'first-render').cpuMs);
          await tracedPage.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const figures: Figure[] = [];
  const rows: (string | number)[][] = [];
  for (const n of MAP_SIZES) {
    const canvas = results.get(`canvas-${n}`)!;
    const svg = results.get(`svg-${n}`)!;
    for (const [renderer, r, other] of [
      ['canvas', canvas, svg],
      ['svg', svg, canvas],
    ] as const) {
      const first = summarize(r.first);
      const cpu = summarize(r.cpu);
      const panFps = summarize(r.pan.map((s) => s.fps));
      const zoomFps = summarize(r.zoom.map((s) => s.fps));
      const otherName = renderer === 'canvas' ? 'SVG' : 'canvas';
      figures.push(
        figure({
          id: `${renderer}-${n}-first-render`,
          label: `${n.toLocaleString('en')} polygons, ${renderer}: first render`,
          unit: 'ms',
          value: round(first.median),
          spread: first,
          reference: reference(`${otherName} renderer`, first.median, round(summarize(other.first).median)),
          // The app draws a large map on canvas (decision 022): the goal is on that renderer.
          ...(renderer === 'canvas' && n === MAP_LARGE ? { budget: { op: '<=' as const, value: MAP_LARGE_BUDGET_MS } } : {}),
        }),
        figure({
          id: `${renderer}-${n}-first-render-cpu`,
          label: `${n.toLocaleString('en')} polygons, ${renderer}: first render, main-thread CPU (thread time, from a trace)`,
          unit: 'ms',
          value: round(cpu.median),
          spread: cpu,
          reference: reference(`${otherName} renderer`, cpu.median, round(summarize(other.cpu).median)),
        }),
        figure({
          id: `${renderer}-${n}-pan-fps`,
          label: `${n.toLocaleString('en')} polygons, ${renderer}: panning frame rate`,
          unit: 'fps',
          value: round(panFps.median),
          spread: panFps,
          reference: reference(`${otherName} renderer`, panFps.median, round(summarize(other.pan.map((s) => s.fps)).median)),
        }),
        figure({
          id: `${renderer}-${n}-zoom-fps`,
          label: `${n.toLocaleString('en')} polygons, ${renderer}: zooming frame rate`,
          unit: 'fps',
          value: round(zoomFps.median),
          spread: zoomFps,
          reference: reference(`${otherName} renderer`, zoomFps.median, round(summarize(other.zoom.map((s) => s.fps)).median)),
        }),
      );
      rows.push([
        `${n}`,
        renderer,
        round(first.median),
        round(cpu.median),
        round(panFps.median),
        round(summarize(r.pan.map((s) => s.maxFrameMs)).median),
        round(zoomFps.median),
        round(summarize(r.zoom.map((s) => s.maxFrameMs)).median),
      ]);
    }
  }
  return {
    ...base,
    durationMs: performance.now() - started,
    figures,
    tables: [
      {
        title: 'Map by size and renderer (medians)',
        columns: ['polygons', 'renderer', 'first render ms', 'first render CPU ms', 'pan fps', 'pan longest frame ms', 'zoom fps', 'zoom longest frame ms'],
        rows,
      },
    ],
    notes: [
      `The app's LeafletMap (react-leaflet, ChoroplethLayer with labels and tooltips) on a bench page (bench/pages/map-page.tsx) with synthetic polygons of about 32 vertices tiling the Bắc Kạn area; ${runs} page loads per case, medians. First-render CPU = thread time of the renderer main thread's tasks between the page's first-render marks, from a Chromium trace of a second page load. Pan = a 60-step mouse drag; zoom = the zoom buttons, in twice and out twice (animated). Headless Chromium, no GPU.`,
    ],
  };
}
