/**
 * Main-thread CPU time of an interaction in a page, from a Chromium trace: the thread time of the
 * renderer main thread's tasks (`RunTask`) between two `console.timeStamp` marks the page sets
 * (`<label>:start` and `<label>:end`). Wall-clock figures on a shared machine mostly measure the
 * other processes; thread time measures the work the page itself did.
 */
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { message?: string } };
}

export interface CpuBreakdown {
  /** Thread time (ms) of the main thread's tasks in the window. */
  cpuMs: number;
  /** Thread time (ms) by kind of work: script, style, layout, paint (pre-paint, paint, layerize, commit). */
  script: number;
  style: number;
  layout: number;
  paint: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'].join(',');
const KIND: Record<string, keyof Omit<CpuBreakdown, 'cpuMs'>> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'v8.run': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};

const ms = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Sums the main thread's work between the page's `<label>:start` and `<label>:end` marks. */
export function cpuBetweenMarks(events: readonly TraceEvent[], label: string): CpuBreakdown {
  const mark = (suffix: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === `${label}:${suffix}`);
  const start = mark('start');
  const end = mark('end');
  if (!start || !end) throw new Error(`trace has no marks ${label}:start and ${label}:end`);
  const onThread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts);
  const out: CpuBreakdown = { cpuMs: 0, script: 0, style: 0, layout: 0, paint: 0 };
  for (const e of onThread) {
    if (e.name === 'RunTask') out.cpuMs += ms(e);
    const kind = KIND[e.name];
    // Script events nest (a timer fires a function call): count only the outermost one.
    if (kind === 'script' && onThread.some((p) => p !== e && KIND[p.name] === 'script' && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0))) continue;
    if (kind) out[kind] += ms(e);
  }
  return out;
}

/** Runs `action` in a Chromium trace of `page` and returns the trace's events. */
export async function traced(page: Page, action: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
