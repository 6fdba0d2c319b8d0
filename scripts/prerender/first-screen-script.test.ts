/** The first-screen page's one inline script, run against fake browser globals. */
import { describe, expect, it } from 'vitest';
import { BOOT_FALLBACK_MS, FIRST_SCREEN_SCRIPT, START_BLOCK_ID, STYLES_BLOCK_ID, type FirstScreenStart } from './compose-page';

interface FakeLink {
  rel: string;
  href: string;
  crossOrigin?: string;
  onload?: () => void;
  onerror?: () => void;
}

/**
 * Runs the inline script with fake browser globals. `adopted`: the browser has constructed
 * stylesheets; `paint`: it has paint timing.
 */
function runInline({ search = '', adopted = true, paint = true } = {}) {
  const classes: string[] = [];
  const imported: string[] = [];
  const written: string[] = [];
  const head: FakeLink[] = [];
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const observers: {
    callback: (list: { getEntriesByName(name: string): unknown[] }, o: { disconnect(): void }) => void;
    options: unknown;
    disconnected: boolean;
  }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'longtask'];
    record: (typeof observers)[number];
    constructor(callback: (typeof observers)[number]['callback']) {
      this.record = { callback, options: null, disconnected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.options = options;
    }
  }
  class FakeSheet {
    text = '';
    replaceSync(text: string) {
      this.text = text;
    }
  }
  const start: FirstScreenStart = {
    entry: '/assets/index-A1.js',
    preloads: ['/assets/runtime-B2.js'],
    styles: ['/assets/index-D4.css', '/assets/shared-E5.css'],
    manifest: '/manifest.webmanifest',
  };
  const blocks: Record<string, string> = { [START_BLOCK_ID]: JSON.stringify(start), [STYLES_BLOCK_ID]: '.panel{color:red}' };
  const document: Record<string, unknown> = {
    documentElement: { classList: { add: (c: string) => classes.push(c) } },
    getElementById: (id: string) => ({ textContent: blocks[id] ?? null }),
    write: (text: string) => written.push(text),
    createElement: () => ({}),
    head: { append: (link: FakeLink) => head.push(link) },
    // The inline script's own element: stylesheets go right after it, ahead of what the head appends.
    currentScript: { after: (...links: FakeLink[]) => head.unshift(...links) },
  };
  if (adopted) document.adoptedStyleSheets = [];
  new Function(
    'document',
    'location',
    'CSSStyleSheet',
    'PerformanceObserver',
    'setTimeout',
    'requestAnimationFrame',
    'importModule',
    FIRST_SCREEN_SCRIPT.replace(/import\(/g, 'importModule('),
  )(
    document,
    { search },
    FakeSheet,
    paint ? FakeObserver : undefined,
    (run: () => void, ms = 0) => timers.push({ run, ms }),
    (run: () => void) => frames.push(run),
    (href: string) => imported.push(href),
  );
  const paintEntries = (names: string[]) => {
    for (const o of observers) o.callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, { disconnect: () => (o.disconnected = true) });
  };
  const runTimers = (ms: number) => timers.filter((t) => t.ms === ms).forEach((t) => t.run());
  const adoptedTexts = () => ((document.adoptedStyleSheets as FakeSheet[] | undefined) ?? []).map((sheet) => sheet.text);
  const links = (rel: string) => head.filter((l) => l.rel === rel);
  return { classes, imported, written, head, links, frames, observers, paintEntries, runTimers, adoptedTexts };
}
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('the inline script of a first-screen page', () => {
  it.each([
    ['', []],
    ['?v=map', ['first-screen-partial']],
    ['?i=P8.1.2&p=2023Q2', ['first-screen-partial']],
    ['?lang=vi&v=report', ['first-screen-partial']],
    ['?lang=en', ['first-screen-hidden']],
    ['?v=map&lang=en', ['first-screen-hidden']],
    ['?lang=vietnamese', ['first-screen-hidden']],
  ])('marks the page opened with "%s" as %j', (search, classes) => {
    expect(runInline({ search }).classes).toEqual(classes);
  });

  it('adopts the styles at once and requests nothing before the first contentful paint', () => {
    const page = runInline();
    expect(page.adoptedTexts()).toEqual(['.panel{color:red}']);
    expect(page.written).toEqual([]);
    expect(page.head).toEqual([]);
    expect(page.observers.map((o) => o.options)).toEqual([{ type: 'paint', buffered: true }]);
    page.paintEntries(['first-paint']);
    page.runTimers(0);
    expect(page.head).toEqual([]);
  });

  it('after the first contentful paint links the stylesheets first, drops the adopted copy once they load, then imports the entry', async () => {
    const page = runInline();
    page.paintEntries(['first-paint', 'first-contentful-paint']);
    expect(page.observers[0]!.disconnected).toBe(true);
    page.runTimers(0);
    expect(page.head.map((l) => `${l.rel} ${l.href}`)).toEqual([
      'stylesheet /assets/index-D4.css',
      'stylesheet /assets/shared-E5.css',
      'modulepreload /assets/runtime-B2.js',
      'manifest /manifest.webmanifest',
    ]);
    expect(page.links('stylesheet').map((l) => l.crossOrigin)).toEqual(['', '']);
    await settled();
    expect(page.imported).toEqual([]);
    page.links('stylesheet')[0]!.onload!();
    await settled();
    expect(page.imported).toEqual([]);
    page.links('stylesheet')[1]!.onload!();
    await settled();
    expect(page.adoptedTexts()).toEqual([]);
    expect(page.imported).toEqual(['/assets/index-A1.js']);
    // The fallback timer fires later and starts nothing a second time.
    page.runTimers(BOOT_FALLBACK_MS);
    await settled();
    expect(page.imported).toEqual(['/assets/index-A1.js']);
    expect(page.head).toHaveLength(4);
  });

  it('keeps the adopted styles when a stylesheet fails to load, and starts the app all the same', async () => {
    const page = runInline();
    page.runTimers(BOOT_FALLBACK_MS);
    page.links('stylesheet')[0]!.onload!();
    page.links('stylesheet')[1]!.onerror!();
    await settled();
    expect(page.adoptedTexts()).toEqual(['.panel{color:red}']);
    expect(page.imported).toEqual(['/assets/index-A1.js']);
  });

  it('without constructed stylesheets writes the shell links at once, and after the paint starts the app', () => {
    const page = runInline({ adopted: false });
    expect(page.written).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/index-D4.css">',
      '<link rel="stylesheet" crossorigin href="/assets/shared-E5.css">',
    ]);
    page.paintEntries(['first-contentful-paint']);
    page.runTimers(0);
    expect(page.links('stylesheet')).toEqual([]);
    expect(page.imported).toEqual(['/assets/index-A1.js']);
  });

  it('starts the app after the fallback wait when no contentful paint is reported', async () => {
    const page = runInline();
    page.runTimers(BOOT_FALLBACK_MS);
    page.links('stylesheet').forEach((l) => l.onload!());
    await settled();
    expect(page.imported).toEqual(['/assets/index-A1.js']);
  });

  it('without paint timing, starts the app after the next frame', async () => {
    const page = runInline({ paint: false });
    expect(page.observers).toEqual([]);
    page.runTimers(0);
    expect(page.head).toEqual([]);
    page.frames.forEach((f) => f());
    page.runTimers(0);
    page.links('stylesheet').forEach((l) => l.onload!());
    await settled();
    expect(page.imported).toEqual(['/assets/index-A1.js']);
  });
});
