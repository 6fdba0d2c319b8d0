import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  BOOT_FALLBACK_MS,
  composeFirstScreenPage,
  FIRST_SCREEN_SCRIPT,
  FIRST_SCREEN_SCRIPT_HASH,
  START_BLOCK_ID,
  STYLES_BLOCK_ID,
  type FirstScreenInput,
  shellStylesheets,
  type FirstScreenStart,
} from './compose-page';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const SHELL = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <title>Dự án 8 – Theo dõi, giám sát</title>
    <script type="module" crossorigin src="/assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-B2.js">
    <link rel="modulepreload" crossorigin href="/assets/format-C3.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D4.css">
    <link rel="stylesheet" crossorigin href="/assets/shared-E5.css">
    <link rel="manifest" href="/manifest.webmanifest">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const input = (patch: Partial<FirstScreenInput> = {}): FirstScreenInput => ({
  shell: SHELL,
  markup: '<main><h2 class="unit-title">Tỉnh Bắc Kạn</h2></main>',
  title: 'Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8',
  stylesheets: { '/assets/index-D4.css': '.panel{color:red}', '/assets/shared-E5.css': '.a>.b{color:blue}' },
  path: '/u/06',
  stamp: '0a1b2c3d',
  ...patch,
});

/** The text of the script elements of `html` without a src, with their type attribute. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1]!, text: m[2]! }));
const block = (html: string, id: string) => inlineScripts(html).find((s) => s.attributes.includes(`id="${id}"`))?.text;

describe('the first-screen page', () => {
  const html = composeFirstScreenPage(input());

  it('carries the markup in the root and the title the app sets', () => {
    expect(html).toContain(
      '<div id="root" data-first-screen="/u/06" data-first-screen-stamp="0a1b2c3d"><main><h2 class="unit-title">Tỉnh Bắc Kạn</h2></main></div>',
    );
    expect(html).toContain('<title>Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8</title>');
  });

  it('requests nothing before the first paint: no entry script, preload, stylesheet or manifest link', () => {
    const markup = html.replace(FIRST_SCREEN_SCRIPT, '').replace(/<noscript>.*<\/noscript>/, '');
    expect(markup).not.toMatch(/<script[^>]*\ssrc=/);
    expect(markup).not.toMatch(/<link rel="(modulepreload|stylesheet|manifest)"/);
  });

  it('links the stylesheets only where scripts are off', () => {
    expect(html).toContain(
      '<noscript><link rel="stylesheet" crossorigin href="/assets/index-D4.css"><link rel="stylesheet" crossorigin href="/assets/shared-E5.css"></noscript>',
    );
  });

  it('names the stylesheets the shell links, in order', () => {
    expect(shellStylesheets(SHELL)).toEqual(['/assets/index-D4.css', '/assets/shared-E5.css']);
  });

  it('holds the stylesheets as text, in the shell order, and what to start after the first paint', () => {
    expect(block(html, STYLES_BLOCK_ID)).toBe('.panel{color:red}\n.a>.b{color:blue}');
    expect(JSON.parse(block(html, START_BLOCK_ID)!)).toEqual({
      entry: '/assets/index-A1.js',
      preloads: ['/assets/runtime-B2.js', '/assets/format-C3.js'],
      styles: ['/assets/index-D4.css', '/assets/shared-E5.css'],
      manifest: '/manifest.webmanifest',
    } satisfies FirstScreenStart);
  });

  it('keeps the strict policy of the shell, with one inline script to run, allowed by its hash', () => {
    expect(html).toContain(`content="default-src 'self'; script-src 'self' ${FIRST_SCREEN_SCRIPT_HASH}; style-src 'self'"`);
    const scripts = inlineScripts(html);
    expect(scripts.filter((s) => !/\stype="(application\/json|text\/css)"/.test(s.attributes)).map((s) => s.text)).toEqual([FIRST_SCREEN_SCRIPT]);
    expect(html).not.toMatch(/<style/);
    // The hash is the script's, and the header policies of the deployment guide list it.
    expect(FIRST_SCREEN_SCRIPT_HASH).toBe(`'sha256-${createHash('sha256').update(FIRST_SCREEN_SCRIPT).digest('base64')}'`);
    for (const doc of ['deployment.md']) {
      const text = readFileSync(join(import.meta.dirname, '..', '..', 'docs', doc), 'utf8');
      const headers = [...text.matchAll(/Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]!);
      expect(headers.length, doc).toBeGreaterThan(0);
      for (const policy of headers) expect(policy, doc).toContain(`script-src 'self' ${FIRST_SCREEN_SCRIPT_HASH};`);
    }
  });

  it('runs the inline script in the head after its data blocks, before the markup', () => {
    const at = html.indexOf(`<script>${FIRST_SCREEN_SCRIPT}</script>`);
    expect(at).toBeGreaterThan(html.indexOf(`id="${STYLES_BLOCK_ID}"`));
    expect(at).toBeGreaterThan(html.indexOf(`id="${START_BLOCK_ID}"`));
    expect(at).toBeLessThan(html.indexOf('</head>'));
  });

  it('keeps "<" out of the start block, so no address can close it', () => {
    const odd = composeFirstScreenPage(
      input({ shell: SHELL.replace('index-A1.js', 'index-<b>.js'), stylesheets: { '/assets/index-D4.css': '', '/assets/shared-E5.css': '' } }),
    );
    expect(block(odd, START_BLOCK_ID)).toContain('index-\\u003cb>.js');
    expect(JSON.parse(block(odd, START_BLOCK_ID)!).entry).toBe('/assets/index-<b>.js');
  });

  it('escapes the title and keeps "$" sequences of the markup as they are', () => {
    const odd = composeFirstScreenPage(input({ title: '<b>A & B</b>', markup: '<p>$& $1 $$</p>' }));
    expect(odd).toContain('<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>');
    expect(odd).toContain('<div id="root" data-first-screen="/u/06" data-first-screen-stamp="0a1b2c3d"><p>$& $1 $$</p></div>');
  });

  it.each([
    ['no entry script', SHELL.replace(/<script type="module"[^\n]*\n/, ''), /one module entry script, found 0/],
    ['two roots', SHELL.replace('<div id="root"></div>', '<div id="root"></div><div id="root"></div>'), /one <div id="root"><\/div>, found 2/],
    ['no title', SHELL.replace(/<title>[^\n]*\n/, ''), /one <title>, found 0/],
    ['no stylesheet', SHELL.replace(/<link rel="stylesheet"[^\n]*\n/g, ''), /stylesheet links, found none/],
  ])('refuses a shell with %s', (_, shell, message) => {
    expect(() => composeFirstScreenPage(input({ shell }))).toThrow(message);
  });

  it.each([
    ['a stylesheet it has no text for', { '/assets/index-D4.css': '' }, /no text for the stylesheet \/assets\/shared-E5.css/],
    ['styles that would close their block', { '/assets/index-D4.css': 'a{}</script><script>x()', '/assets/shared-E5.css': '' }, /cannot hold/],
    ['styles with a comment opener', { '/assets/index-D4.css': '<!--', '/assets/shared-E5.css': '' }, /cannot hold/],
  ])('refuses %s', (_, stylesheets, message) => {
    expect(() => composeFirstScreenPage(input({ stylesheets }))).toThrow(message);
  });

  it('refuses markup with a style attribute, which the policy would block', () => {
    expect(() => composeFirstScreenPage(input({ markup: '<div class="bar" style="width:40%"></div>' }))).toThrow(/style attribute \("width:40%"\)/);
    // Text that merely mentions style= is fine.
    expect(() => composeFirstScreenPage(input({ markup: '<p>style="x"</p>' }))).not.toThrow();
  });
});

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
