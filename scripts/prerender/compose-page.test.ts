import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeFirstScreenPage, extendCsp, type FirstScreenInput } from './compose-page';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
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
const CSS = '.unit-title{font-size:1.5rem}';
const input = (patch: Partial<FirstScreenInput> = {}): FirstScreenInput => ({
  shell: SHELL,
  path: '/u/06',
  markup: '<main><h2 class="unit-title">Tỉnh Bắc Kạn</h2></main>',
  title: 'Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8',
  readCss: (href) => (href === '/assets/index-D4.css' ? CSS : ''),
  ...patch,
});
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const csp = (html: string) => /content="([^"]*)"/.exec(html.split('\n').find((l) => l.includes('Content-Security-Policy'))!)![1]!;
const directive = (html: string, name: string) => csp(html).split('; ').find((d) => d.startsWith(`${name} `))!;
const inlineScripts = (html: string) => [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe('the first-screen page', () => {
  const page = composeFirstScreenPage(input());

  it('carries the markup in the root, the stylesheet inline and the page title', () => {
    expect(page).toContain('<div id="root"><main><h2 class="unit-title">Tỉnh Bắc Kạn</h2></main></div>');
    expect(page).toContain(`<style>${CSS}</style>`);
    expect(page).not.toContain('rel="stylesheet"');
    expect(page).toContain('<title>Tỉnh Bắc Kạn – Theo dõi, giám sát Dự án 8</title>');
  });

  it('starts the app after the first paint, with its chunks preloaded then and not before', () => {
    expect(page).not.toMatch(/<script[^>]*\ssrc=/);
    expect(page).not.toContain('rel="modulepreload"');
    const boot = inlineScripts(page).find((s) => s.includes('import('))!;
    expect(boot).toMatch(/^requestAnimationFrame\(\(\) => setTimeout\(/);
    expect(boot).toContain('import("/assets/index-A1.js")');
    expect(boot).toContain('["/assets/runtime-B2.js","/assets/format-C3.js"]');
  });

  it.each([
    ['/u/06', '', false],
    ['/u/06/', '', false],
    ['/u/06', '?v=table', true],
    ['/u/06', '?lang=en', true],
    ['/u/058', '', true],
    ['/', '', true],
  ])('the guard at %s%s clears the root: %s', (pathname, search, clears) => {
    const guard = inlineScripts(page).find((s) => s.includes('replaceChildren'))!;
    let cleared = false;
    const document = { getElementById: (id: string) => (id === 'root' ? { replaceChildren: () => (cleared = true) } : null) };
    new Function('location', 'document', guard)({ pathname, search }, document);
    expect(cleared).toBe(clears);
  });

  it('allows exactly its inline blocks in the Content-Security-Policy, nothing wider', () => {
    const [boot, guard] = [inlineScripts(page).find((s) => s.includes('import('))!, inlineScripts(page).find((s) => s.includes('replaceChildren'))!];
    expect(directive(page, 'script-src')).toBe(`script-src 'self' ${sha(boot)} ${sha(guard)}`);
    expect(directive(page, 'style-src')).toBe(`style-src 'self' ${sha(CSS)}`);
    expect(csp(page)).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directive(page, 'img-src')).toBe("img-src 'self' data:");
  });

  it('allows style attributes of the markup one by one, by the hash of their parsed value', () => {
    const withStyles = composeFirstScreenPage(input({ markup: '<div style="width:40%"></div><div style="font-family:&quot;Inter&quot;"></div><div style="width:40%"></div>' }));
    expect(directive(withStyles, 'style-src')).toBe(`style-src 'self' ${sha(CSS)} 'unsafe-hashes' ${sha('width:40%')} ${sha('font-family:"Inter"')}`);
  });

  it('escapes the title and keeps "$" sequences of the markup as they are', () => {
    const odd = composeFirstScreenPage(input({ title: '<b>A & B</b>', markup: '<p>$& $1 $$</p>' }));
    expect(odd).toContain('<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>');
    expect(odd).toContain('<div id="root"><p>$& $1 $$</p></div>');
  });

  it.each([
    ['no entry script', SHELL.replace(/<script type="module"[^\n]*\n/, ''), /one module entry script, found 0/],
    ['two roots', SHELL.replace('<div id="root"></div>', '<div id="root"></div><div id="root"></div>'), /one <div id="root"><\/div>, found 2/],
    ['no stylesheet', SHELL.replace(/<link rel="stylesheet"[^\n]*\n/, ''), /one entry stylesheet, found 0/],
    ['no policy', SHELL.replace(/<meta http-equiv[^\n]*\n/, ''), /Content-Security-Policy <meta>, found 0/],
    ['a policy without style-src', SHELL.replace(" style-src 'self';", ''), /has no style-src/],
  ])('refuses a shell with %s', (_, shell, message) => {
    expect(() => composeFirstScreenPage(input({ shell }))).toThrow(message);
  });

  it('refuses a stylesheet that would end the inline <style> early', () => {
    expect(() => composeFirstScreenPage(input({ readCss: () => 'a{}</style><script>alert(1)</script>' }))).toThrow(/cannot be inlined/);
  });

  it('refuses a path that is not a plain URL path', () => {
    expect(() => composeFirstScreenPage(input({ path: '/u/06" onload="x' }))).toThrow(/unexpected path/);
  });
});

describe('extendCsp', () => {
  it('appends sources to the named directives and leaves the others alone', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
    expect(extendCsp(html, { 'script-src': ["'sha256-x'"] })).toBe(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'; img-src 'self' data:" />`);
  });
});
