import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BOOT_FALLBACK_MS, bootSource, composeFirstScreenPage, FIRST_SCREEN_SCRIPT, FIRST_SCREEN_SCRIPT_HASH, type FirstScreenInput } from './compose-page';

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
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const input = (patch: Partial<FirstScreenInput> = {}): FirstScreenInput => ({
  shell: SHELL,
  markup: '<main><h2 class="unit-title">Tỉnh Bắc Kạn</h2></main>',
  title: 'Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8',
  assetsBase: '/assets/',
  path: '/u/06',
  stamp: '0a1b2c3d',
  ...patch,
});

describe('the first-screen page', () => {
  const { html, boot } = composeFirstScreenPage(input());

  it('carries the markup in the root and the title the app sets', () => {
    expect(html).toContain(
      '<div id="root" data-first-screen="/u/06" data-first-screen-stamp="0a1b2c3d"><main><h2 class="unit-title">Tỉnh Bắc Kạn</h2></main></div>',
    );
    expect(html).toContain('<title>Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8</title>');
  });

  it('starts the app from a boot file instead of the entry, and preloads the chunks only then', () => {
    expect(boot.fileName).toMatch(/^assets\/first-screen-boot-[\w-]{8}\.js$/);
    expect(html).toContain(`<script type="module" crossorigin src="/${boot.fileName}"></script>`);
    expect(html).not.toContain('index-A1.js');
    expect(html).not.toContain('rel="modulepreload"');
    expect(boot.source).toBe(bootSource('/assets/index-A1.js', ['/assets/runtime-B2.js', '/assets/format-C3.js']));
  });

  it('keeps the stylesheet link and the strict policy of the shell, with one inline script allowed by its hash', () => {
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D4.css">');
    expect(html).toContain(`content="default-src 'self'; script-src 'self' ${FIRST_SCREEN_SCRIPT_HASH}; style-src 'self'"`);
    expect([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([^<]*)<\/script>/g)].map((m) => m[1])).toEqual([FIRST_SCREEN_SCRIPT]);
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

  it('runs the inline script before the markup, right after the title', () => {
    expect(html.indexOf(`<script>${FIRST_SCREEN_SCRIPT}</script>`)).toBeGreaterThan(html.indexOf('</title>'));
    expect(html.indexOf(`<script>${FIRST_SCREEN_SCRIPT}</script>`)).toBeLessThan(html.indexOf('<div id="root"'));
  });

  it('names the boot file by its content: another entry, another name', () => {
    const other = composeFirstScreenPage(input({ shell: SHELL.replace('index-A1.js', 'index-Z9.js') }));
    expect(other.boot.fileName).not.toBe(boot.fileName);
    expect(composeFirstScreenPage(input()).boot.fileName).toBe(boot.fileName);
  });

  it('escapes the title and keeps "$" sequences of the markup as they are', () => {
    const odd = composeFirstScreenPage(input({ title: '<b>A & B</b>', markup: '<p>$& $1 $$</p>' })).html;
    expect(odd).toContain('<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>');
    expect(odd).toContain('<div id="root" data-first-screen="/u/06" data-first-screen-stamp="0a1b2c3d"><p>$& $1 $$</p></div>');
  });

  it.each([
    ['no entry script', SHELL.replace(/<script type="module"[^\n]*\n/, ''), /one module entry script, found 0/],
    ['two roots', SHELL.replace('<div id="root"></div>', '<div id="root"></div><div id="root"></div>'), /one <div id="root"><\/div>, found 2/],
    ['no title', SHELL.replace(/<title>[^\n]*\n/, ''), /one <title>, found 0/],
  ])('refuses a shell with %s', (_, shell, message) => {
    expect(() => composeFirstScreenPage(input({ shell }))).toThrow(message);
  });

  it('refuses markup with a style attribute, which the policy would block', () => {
    expect(() => composeFirstScreenPage(input({ markup: '<div class="bar" style="width:40%"></div>' }))).toThrow(/style attribute \("width:40%"\)/);
    // Text that merely mentions style= is fine.
    expect(() => composeFirstScreenPage(input({ markup: '<p>style="x"</p>' }))).not.toThrow();
  });
});

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
    const added: string[] = [];
    const document = { documentElement: { classList: { add: (c: string) => added.push(c) } } };
    new Function('document', 'location', FIRST_SCREEN_SCRIPT)(document, { search });
    expect(added).toEqual(classes);
  });
});

describe('the boot module', () => {
  /** Runs the boot file with fake browser globals; `paint` is null for a browser without paint timing. */
  function runBoot(paint: 'supported' | null) {
    const calls: string[] = [];
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
    const head = { append: (link: { rel: string; href: string }) => calls.push(`${link.rel} ${link.href}`) };
    const body = bootSource('/assets/index-A1.js', ['/assets/runtime-B2.js']).replace(/import\(/, 'importModule(');
    new Function('requestAnimationFrame', 'setTimeout', 'document', 'importModule', 'PerformanceObserver', body)(
      (f: () => void) => frames.push(f),
      (f: () => void, ms = 0) => timers.push({ run: f, ms }),
      { head, createElement: () => ({}) },
      (href: string) => calls.push(`import ${href}`),
      paint ? FakeObserver : undefined,
    );
    const paintEntries = (names: string[]) => {
      for (const o of observers) o.callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, { disconnect: () => (o.disconnected = true) });
    };
    return { calls, frames, timers, observers, paintEntries };
  }
  const started = ['modulepreload /assets/runtime-B2.js', 'import /assets/index-A1.js'];

  it('imports the entry once the browser reports the first contentful paint, with the chunks preloaded then', () => {
    const boot = runBoot('supported');
    expect(boot.observers.map((o) => o.options)).toEqual([{ type: 'paint', buffered: true }]);
    expect(boot.calls).toEqual([]);
    boot.paintEntries(['first-paint']);
    expect(boot.timers.map((t) => t.ms)).toEqual([BOOT_FALLBACK_MS]);
    expect(boot.calls).toEqual([]);
    boot.paintEntries(['first-paint', 'first-contentful-paint']);
    expect(boot.observers[0]!.disconnected).toBe(true);
    boot.timers.filter((t) => t.ms === 0).forEach((t) => t.run());
    expect(boot.calls).toEqual(started);
    // The fallback timer fires later and starts nothing a second time.
    boot.timers.filter((t) => t.ms === BOOT_FALLBACK_MS).forEach((t) => t.run());
    expect(boot.calls).toEqual(started);
  });

  it('starts the app after the fallback wait when no contentful paint is reported', () => {
    const boot = runBoot('supported');
    boot.timers.forEach((t) => t.run());
    expect(boot.calls).toEqual(started);
  });

  it('without paint timing, starts the app after the next frame', () => {
    const boot = runBoot(null);
    expect(boot.observers).toEqual([]);
    expect(boot.calls).toEqual([]);
    boot.frames.forEach((f) => f());
    expect(boot.calls).toEqual([]);
    boot.timers.forEach((t) => t.run());
    expect(boot.calls).toEqual(started);
  });
});
