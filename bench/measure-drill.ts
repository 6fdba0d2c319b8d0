/**
 * 3. Drill latency in Chromium: click a child (or a breadcrumb ancestor) → every panel of the
 * target unit rendered. Warm: the route walked a second time in the same page session (documents
 * in the query cache), and again after a reload of the start page (HTTP cache, service worker).
 * Cold: each drill in a fresh browser context (empty HTTP and query caches), after its start
 * page has loaded. Requests and transferred bytes counted from the click until the page is done.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBenchBrowser } from './lib/bench-browser';
import { cpuBetweenMarks, traced } from './lib/main-thread-cpu';
import type { BenchContext } from './lib/context';
import { drillPlan, type Drill } from './lib/drill-plan';
import { armProbe, PROBE_RESULT, type ProbeResult } from './lib/drill-probe';
import { figure, type Figure, type Section } from './lib/results';
import { serveStatic } from './lib/static-server';
import { percentile, round } from './lib/stats';

interface DrillSample {
  kind: string;
  ms: number;
  domMs: number;
  requests: number;
  /** Requests that went to the network (not answered by a cache). */
  networkRequests: number;
  bytes: number;
}

const DRILLS = 50;
/** Resolves when the page's service worker is active (its precache done), or after 15 s without one. */
const SERVICE_WORKER_READY = `Promise.race([
  'serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => true) : Promise.resolve(false),
  new Promise((resolve) => setTimeout(() => resolve(false), 15000)),
])`;

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'allow' });
}

/**
 * Counts the requests made while metering, in the page and in its service worker (which fetches
 * on the page's behalf): a request is "network" when it was not answered by the service worker
 * or the HTTP cache; bytes are its transferred (gzip) body plus headers.
 */
function requestMeter(context: BrowserContext) {
  let bucket: Request[] | null = null;
  context.on('request', (r) => bucket?.push(r));
  return {
    start: () => (bucket = []),
    async stop(): Promise<Pick<DrillSample, 'requests' | 'networkRequests' | 'bytes'>> {
      const list = bucket ?? [];
      bucket = null;
      let bytes = 0;
      let network = 0;
      for (const r of list) {
        const response = await r.response().catch(() => null);
        const sizes = await r.sizes().catch(() => null);
        if (!response || !sizes || response.fromServiceWorker() || sizes.responseHeadersSize <= 0 || sizes.responseBodySize < 0) continue;
        network++;
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }
      return { requests: list.filter((r) => !r.serviceWorker()).length, networkRequests: network, bytes };
    },
  };
}

async function linkTo(page: Page, drill: Drill) {
  if (drill.direction === 'up') return page.getByRole('navigation', { name: 'Vị trí đơn vị' }).getByRole('link', { name: drill.to.name, exact: true });
  const inChildren = page.locator('#children').getByRole('link', { name: drill.to.name, exact: true });
  return (await inChildren.count()) > 0 ? inChildren.first() : page.locator('main').getByRole('link', { name: drill.to.name, exact: true }).first();
}

async function waitForUnit(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.documentElement.hasAttribute('data-app-ready') &&
      document.querySelector('main h2.unit-title')?.textContent === n &&
      document.querySelector('#key-figures') !== null &&
      document.querySelector('main .panel-state--loading') === null,
    name,
    { timeout: 20_000 },
  );
}

async function timedDrill(page: Page, drill: Drill, meter: ReturnType<typeof requestMeter>): Promise<DrillSample> {
  const link = await linkTo(page, drill);
  await link.scrollIntoViewIfNeeded();
  await page.evaluate(armProbe(drill.to.name));
  meter.start();
  await link.click();
  const probe = (await page.evaluate(PROBE_RESULT)) as ProbeResult;
  await page.waitForLoadState('networkidle').catch(() => undefined);
  return { kind: `${drill.kind} ${drill.direction}`, ms: probe.paint, domMs: probe.dom, ...(await meter.stop()) };
}

/** Clicks the breadcrumb's link to `unit` (an ancestor of the page's unit), as a user goes back up. */
async function upByBreadcrumb(page: Page, unit: Drill['from']): Promise<void> {
  if ((await page.locator('main h2.unit-title').textContent()) === unit.name) return;
  await page.getByRole('navigation', { name: 'Vị trí đơn vị' }).getByRole('link', { name: unit.name, exact: true }).click();
  await waitForUnit(page, unit.name);
}

interface WarmSamples {
  warm: DrillSample[];
  /** Main-thread CPU (ms) of each warm drill, from a trace of another warm walk. */
  cpu: number[];
  reloaded: DrillSample[];
}

/**
 * The route walked once untimed, then timed: back at the start by the breadcrumb, in the same page
 * session (every document in the app's query cache: "warm"), once timed and once in a trace for
 * the main thread's CPU time; then after a reload of the start page (the query cache is empty;
 * documents come from the HTTP cache and the service worker).
 */
async function warmDrills(browser: Browser, base: string, plan: Drill[]): Promise<WarmSamples> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const meter = requestMeter(context);
  const start = plan[0]!.from;
  await page.goto(`${base}/u/${start.code}`);
  await waitForUnit(page, start.name);
  for (const drill of plan) {
    await (await linkTo(page, drill)).click();
    await waitForUnit(page, drill.to.name);
  }
  const walk = async () => {
    const samples: DrillSample[] = [];
    for (const drill of plan) samples.push(await timedDrill(page, drill, meter));
    return samples;
  };
  await upByBreadcrumb(page, start);
  const warm = await walk();
  await upByBreadcrumb(page, start);
  const cpu: number[] = [];
  for (const drill of plan) cpu.push(cpuBetweenMarks(await traced(page, () => timedDrill(page, drill, meter)), 'drill').cpuMs);
  await page.goto(`${base}/u/${start.code}`);
  await waitForUnit(page, start.name);
  const reloaded = await walk();
  await context.close();
  return { warm, cpu, reloaded };
}

async function coldDrills(browser: Browser, base: string, plan: Drill[], log: (m: string) => void): Promise<DrillSample[]> {
  const samples: DrillSample[] = [];
  for (const [i, drill] of plan.entries()) {
    if (i % 10 === 0) log(`drill: cold ${i + 1}–${Math.min(plan.length, i + 10)} of ${plan.length}`);
    const context = await newContext(browser);
    const page = await context.newPage();
    const meter = requestMeter(context);
    await page.goto(`${base}/u/${drill.from.code}`);
    await waitForUnit(page, drill.from.name);
    // The service worker's one-time precache download is not part of a drill: let it finish first.
    await page.evaluate(SERVICE_WORKER_READY);
    await page.waitForLoadState('networkidle');
    samples.push(await timedDrill(page, drill, meter));
    await context.close();
  }
  return samples;
}

function latencyFigures(id: string, label: string, samples: DrillSample[], budgeted: boolean): Figure[] {
  const ms = samples.map((s) => s.ms);
  const spread = { median: percentile(ms, 50), min: Math.min(...ms), max: Math.max(...ms), runs: ms.length };
  return [
    figure({ id: `${id}-p50`, label: `${label}: p50`, unit: 'ms', value: round(percentile(ms, 50)), spread }),
    figure({
      id: `${id}-p95`,
      label: `${label}: p95`,
      unit: 'ms',
      value: round(percentile(ms, 95)),
      spread,
      ...(budgeted ? { budget: { op: '<=' as const, value: 50 } } : {}),
    }),
    figure({
      id: `${id}-requests`,
      label: `${label}: requests to the network per drill (max)`,
      unit: 'requests',
      value: Math.max(...samples.map((s) => s.networkRequests)),
      budget: { op: '<=', value: 2 },
      note: `issued (incl. cache hits): median ${percentile(
        samples.map((s) => s.requests),
        50,
      )}, max ${Math.max(...samples.map((s) => s.requests))}`,
    }),
    figure({
      id: `${id}-bytes`,
      label: `${label}: transferred per drill (max; gzip bodies + headers)`,
      unit: 'kB',
      value: round(Math.max(...samples.map((s) => s.bytes)) / 1000),
      budget: { op: '<=', value: 50 },
      note: `median ${round(
        percentile(
          samples.map((s) => s.bytes),
          50,
        ) / 1000,
      )} kB`,
    }),
  ];
}

function byKind(samples: DrillSample[]): (string | number)[][] {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  return kinds.map((k) => {
    const list = samples.filter((s) => s.kind === k);
    const ms = list.map((s) => s.ms);
    return [
      k,
      list.length,
      round(percentile(ms, 50)),
      round(percentile(ms, 95)),
      round(Math.max(...ms)),
      round(
        percentile(
          list.map((s) => s.domMs),
          50,
        ),
      ),
      Math.max(...list.map((s) => s.networkRequests)),
      round(Math.max(...list.map((s) => s.bytes)) / 1000),
    ];
  });
}

export async function measureDrill(ctx: BenchContext): Promise<Section> {
  const started = performance.now();
  const plan = drillPlan(ctx.distDir, '06', ctx.quick ? 12 : DRILLS);
  const server = await serveStatic(ctx.distDir);
  const browser = await launchBenchBrowser();
  let warm: WarmSamples;
  let cold: DrillSample[];
  try {
    ctx.log(`drill: warm, ${plan.length} drills walked four times`);
    warm = await warmDrills(browser, server.url, plan);
    cold = await coldDrills(browser, server.url, plan, ctx.log);
  } finally {
    await browser.close();
    await server.close();
  }
  const columns = ['drill (levels)', 'n', 'p50 ms', 'p95 ms', 'max ms', 'p50 to DOM ms', 'max network requests', 'max kB'];
  return {
    id: 'drill',
    title: '3. Drill latency (Chromium, desktop viewport, no throttling)',
    measuredAt: new Date().toISOString(),
    durationMs: performance.now() - started,
    figures: [
      ...latencyFigures('warm', 'Warm (second visit in the same page session)', warm.warm, true),
      figure({
        id: 'warm-cpu-p50',
        label: 'Warm: main-thread CPU per drill (thread time, from a trace), p50',
        unit: 'ms',
        value: round(percentile(warm.cpu, 50)),
        spread: { median: percentile(warm.cpu, 50), min: Math.min(...warm.cpu), max: Math.max(...warm.cpu), runs: warm.cpu.length },
        note: `p95 ${round(percentile(warm.cpu, 95))} ms; the same warm walk again, traced`,
      }),
      ...latencyFigures('reloaded', 'Warm after a reload (query cache empty; HTTP cache, service worker)', warm.reloaded, false),
      ...latencyFigures('cold', 'Cold (fresh context, empty caches)', cold, false),
    ],
    tables: [
      { title: 'Warm drills by kind', columns, rows: byKind(warm.warm) },
      { title: 'Warm drills after a reload, by kind', columns, rows: byKind(warm.reloaded) },
      { title: 'Cold drills by kind', columns, rows: byKind(cold) },
    ],
    notes: [
      `${plan.length} drills: province → district → commune → village by clicking a child, and back up by the breadcrumb, through ${new Set(plan.map((d) => d.to.code)).size} different units. Warm: the route walked once, back to the start by the breadcrumb, then timed; after a reload: the start page reloaded, then timed again. Latency = click event → heading, key-figures panel present and no panel loading (MutationObserver) → next frame.`,
      'The app is served by the bench’s static server (gzip, Cache-Control as in docs/deployment.md); requests and bytes are counted from the click until the network is idle, in the page and in its service worker (which fetches on the page’s behalf). Cold drills start once the service worker has finished its one-time precache.',
    ],
  };
}
