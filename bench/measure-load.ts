/**
 * 2. Load: Lighthouse 12 (mobile preset, simulated throttling) on the built app served locally,
 * and on a blank page from the same server as the floor; medians of interleaved runs, each in a
 * fresh headless Chromium.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './lib/bench-browser';
import type { BenchContext } from './lib/context';
import { CHROMIUM } from './lib/machine';
import { figure, reference, type Section } from './lib/results';
import { BLANK_PATH, serveStatic } from './lib/static-server';
import { round, summarize } from './lib/stats';

export const APP_PATH = '/u/06';
/** Entry pages besides the root unit's: what people open from a shared link. */
export const ENTRY_PAGES: readonly { path: string; label: string }[] = [
  { path: '/', label: 'the site root' },
  { path: '/u/058', label: 'a district' },
  { path: '/u/01846', label: 'a commune' },
  { path: '/u/01846.14', label: 'a village' },
  { path: '/u/058?v=map', label: 'a district, map view' },
  { path: '/u/01846?v=report', label: 'a commune, report view' },
];
/** Goals for every entry page: LCP at most this multiple of the blank page's, and this score. */
const LCP_RATIO_BUDGET = 1.5;
const SCORE_BUDGET = 95;

interface LoadRun {
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  si: number;
  benchmarkIndex: number;
}

type Throttling = 'simulate' | 'devtools';

async function runLighthouse(url: string, throttlingMethod: Throttling = 'simulate'): Promise<LoadRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v !== 'number') throw new Error(`Lighthouse audit ${id} has no value (${lhr.audits[id]?.errorMessage ?? 'no message'})`);
      return v;
    };
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLoad(ctx: BenchContext): Promise<Section> {
  const started = performance.now();
  const server = await serveStatic(ctx.distDir);
  const runs = ctx.quick ? 1 : 3;
  const app: LoadRun[] = [];
  const blank: LoadRun[] = [];
  const appApplied: LoadRun[] = [];
  const blankApplied: LoadRun[] = [];
  const entries: LoadRun[][] = ENTRY_PAGES.map(() => []);
  try {
    for (let i = 0; i < runs; i++) {
      ctx.log(`load: Lighthouse run ${i + 1}/${runs} (app, blank page; simulated, then applied throttling; then ${ENTRY_PAGES.length} entry pages)`);
      app.push(await runLighthouse(server.url + APP_PATH));
      blank.push(await runLighthouse(server.url + BLANK_PATH));
      appApplied.push(await runLighthouse(server.url + APP_PATH, 'devtools'));
      blankApplied.push(await runLighthouse(server.url + BLANK_PATH, 'devtools'));
      for (const [j, page] of ENTRY_PAGES.entries()) entries[j]!.push(await runLighthouse(server.url + page.path));
    }
  } finally {
    await server.close();
  }
  const s = (list: LoadRun[], key: keyof LoadRun) => summarize(list.map((r) => r[key]));
  const lcpApp = s(app, 'lcp');
  const lcpBlank = s(blank, 'lcp');
  const ms = (v: number) => Math.round(v);
  /** A time of the app's page, with the blank page's beside it. */
  const againstBlank = (id: 'fcp' | 'tbt' | 'si', label: string) =>
    figure({
      id,
      label,
      unit: 'ms',
      value: ms(s(app, id).median),
      spread: s(app, id),
      reference: reference('blank page', s(app, id).median, ms(s(blank, id).median)),
    });
  return {
    id: 'load',
    title: '2. Load (Lighthouse, mobile preset)',
    measuredAt: new Date().toISOString(),
    durationMs: performance.now() - started,
    figures: [
      figure({
        id: 'score',
        label: `Performance score (${APP_PATH})`,
        unit: 'points',
        value: s(app, 'score').median,
        spread: s(app, 'score'),
        budget: { op: '>=', value: SCORE_BUDGET },
        reference: reference('blank page, same server', s(app, 'score').median, s(blank, 'score').median),
      }),
      figure({
        id: 'lcp',
        label: 'Largest Contentful Paint',
        unit: 'ms',
        value: ms(lcpApp.median),
        spread: lcpApp,
        reference: reference('blank page, same server', lcpApp.median, ms(lcpBlank.median)),
        ratioBudget: { op: '<=', value: LCP_RATIO_BUDGET },
      }),
      againstBlank('fcp', 'First Contentful Paint'),
      againstBlank('tbt', 'Total Blocking Time'),
      figure({ id: 'cls', label: 'Cumulative Layout Shift', unit: '', value: round(s(app, 'cls').median, 3), spread: s(app, 'cls') }),
      figure({
        id: 'lcp-applied',
        label: 'LCP with applied throttling (cross-check)',
        unit: 'ms',
        value: ms(s(appApplied, 'lcp').median),
        spread: s(appApplied, 'lcp'),
        reference: reference('blank page, same throttling', s(appApplied, 'lcp').median, ms(s(blankApplied, 'lcp').median)),
      }),
      ...ENTRY_PAGES.flatMap((page, j) => {
        const lcp = s(entries[j]!, 'lcp');
        const score = s(entries[j]!, 'score');
        return [
          figure({
            id: `lcp-entry-${j}`,
            label: `LCP, ${page.label} (${page.path})`,
            unit: 'ms',
            value: ms(lcp.median),
            spread: lcp,
            reference: reference('blank page, same server', lcp.median, ms(lcpBlank.median)),
            ratioBudget: { op: '<=', value: LCP_RATIO_BUDGET },
          }),
          figure({
            id: `score-entry-${j}`,
            label: `Performance score, ${page.label} (${page.path})`,
            unit: 'points',
            value: score.median,
            spread: score,
            budget: { op: '>=', value: SCORE_BUDGET },
          }),
        ];
      }),
      againstBlank('si', 'Speed Index'),
    ],
    notes: [
      `Lighthouse mobile preset (Moto G Power emulation, simulated slow 4G, 4× CPU slowdown), ${runs} interleaved runs each, medians; every run in a fresh ${CHROMIUM} (--headless=new). The server gzips and sends the Cache-Control headers of docs/deployment.md.`,
      `Cross-check: the same pages with Lighthouse's applied ("devtools") throttling, where Chromium itself slows the network and CPU during the load instead of Lighthouse simulating it from an unthrottled trace; ${runs} runs each, medians, no budget.`,
      `The LCP budgets are on the ratio LCP(page) / LCP(blank page) ≤ ${LCP_RATIO_BUDGET}. Lighthouse benchmarkIndex (host CPU speed) during the runs: ${app.map((r) => Math.round(r.benchmarkIndex)).join(', ')}.`,
    ],
  };
}
