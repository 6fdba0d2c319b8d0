import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  composeFirstScreenPage,
  FIRST_SCREEN_SCRIPT,
  FIRST_SCREEN_SCRIPT_HASH,
  START_BLOCK_ID,
  STYLES_BLOCK_ID,
  type FirstScreenInput,
  shellStylesheets,
  type FirstScreenStart,
} from './compose-page';
import { inlineScripts, isDataBlock } from './page-scripts';

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

const block = (html: string, id: string) => inlineScripts(html).find((s) => s.id === id)?.text;

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
    expect(scripts.filter((s) => !isDataBlock(s)).map((s) => s.text)).toEqual([FIRST_SCREEN_SCRIPT]);
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
