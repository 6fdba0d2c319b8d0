/**
 * Turns the built index.html into the root unit's page with its first screen already in the HTML:
 * - the rendered markup goes into <div id="root">, and the page gets the title the app would set;
 * - the page needs no other request before its first paint: the app's stylesheets are in the page
 *   as text, and the app's entry is started right after the first paint, not before;
 * - one fixed inline script, allowed by its hash (FIRST_SCREEN_SCRIPT_HASH), does both. It reads two
 *   data blocks (scripts of a type the browser never runs) written just before it: the styles,
 *   which it adopts as a constructed stylesheet, and what to start. After the first paint it links
 *   the stylesheets right after itself (ahead of any view's own, which the head appends), drops the
 *   adopted copy once they have loaded (so the cascade is the shell's for the life of the page),
 *   preloads the entry's chunks, links the manifest and imports the entry. It also marks the page before it is painted
 *   when the URL asks for more than the default screen (a query string): the parts that depend on
 *   the query stay hidden until the app draws them (styles.css), the unit's frame shows.
 * Where scripts are off, a <noscript> in the head links the stylesheets as the shell did.
 * Nothing else is inline and nothing inline carries styles: the page keeps the strict
 * Content-Security-Policy of the shell ('self' and that one hash), so a policy sent as a header by
 * the web server fits it as well. A constructed stylesheet is not an inline style: the policy's
 * style-src still blocks any <style> element or style attribute.
 * Pure: strings in, strings out; a shell that is not as expected is an error, never a guess.
 */
import { createHash } from 'node:crypto';

/** The longest the page waits for its first paint before it starts the app anyway. */
export const BOOT_FALLBACK_MS = 3000;

/** Ids of the data blocks the inline script reads. */
export const STYLES_BLOCK_ID = 'first-screen-styles';
export const START_BLOCK_ID = 'first-screen-start';
/** Their types: scripts of these types are data, which no browser runs. */
export const DATA_BLOCK_TYPES = { start: 'application/json', styles: 'text/css' } as const;

/**
 * Runs in the head, before the markup is parsed. Fixed text, so its hash is a constant a web
 * server's policy can list. With a query string the markup is still the right unit but maybe not
 * the right view, period or indicator ("first-screen-partial"), or not the right language
 * ("first-screen-hidden"). A browser without constructed stylesheets gets the stylesheets written
 * as the shell's links instead (render-blocking, as in the shell). The app starts once the browser
 * reports the first contentful paint, so it never holds that paint back; without paint timing,
 * after the next frame; a page that never paints (a tab opened in the background) still starts
 * after a few seconds.
 */
export const FIRST_SCREEN_SCRIPT = `(function (d, search) {
  if (search) d.documentElement.classList.add(/[?&]lang=(?!vi(&|$))/.test(search) ? 'first-screen-hidden' : 'first-screen-partial');
  var start = JSON.parse(d.getElementById('${START_BLOCK_ID}').textContent);
  var here = d.currentScript;
  var sheet = null;
  if ('adoptedStyleSheets' in d) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(d.getElementById('${STYLES_BLOCK_ID}').textContent);
    d.adoptedStyleSheets = d.adoptedStyleSheets.concat([sheet]);
  } else start.styles.forEach(function (href) { d.write('<link rel="stylesheet" crossorigin href="' + href + '">'); });
  var link = function (rel, href) { var l = d.createElement('link'); l.rel = rel; l.href = href; return l; };
  var started = false;
  var begin = function () {
    if (started) return;
    started = true;
    start.preloads.forEach(function (href) { d.head.append(link('modulepreload', href)); });
    if (start.manifest) d.head.append(link('manifest', start.manifest));
    if (!sheet) return void import(start.entry);
    var sheets = start.styles.map(function (href) { var l = link('stylesheet', href); l.crossOrigin = ''; return l; });
    Promise.all(sheets.map(function (l) {
      return new Promise(function (done) { l.onload = function () { done(true); }; l.onerror = function () { done(false); }; });
    })).then(function (loaded) {
      if (loaded.every(Boolean)) d.adoptedStyleSheets = d.adoptedStyleSheets.filter(function (s) { return s !== sheet; });
      import(start.entry);
    });
    here.after.apply(here, sheets);
  };
  if (typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') !== -1) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(begin);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(begin, ${BOOT_FALLBACK_MS});
  } else requestAnimationFrame(function () { setTimeout(begin); });
})(document, location.search)`;
export const FIRST_SCREEN_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FIRST_SCREEN_SCRIPT).digest('base64')}'`;

export interface FirstScreenInput {
  /** The built index.html. */
  shell: string;
  /** The markup of <div id="root">. */
  markup: string;
  /** The page title. */
  title: string;
  /** The text of each stylesheet the shell links, by its URL ("/assets/index-D4.css"). */
  stylesheets: Readonly<Record<string, string>>;
  /** The URL path the markup belongs to ("/u/06"); the app hydrates the markup only there. */
  path: string;
  /** The stamp of the documents the markup was drawn from: the app hydrates it only while the API still matches. */
  stamp: string;
}

/** What the inline script starts after the first paint (the data block START_BLOCK_ID). */
export interface FirstScreenStart {
  entry: string;
  preloads: string[];
  styles: string[];
  manifest: string | null;
}

function one(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const matches = [...html.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length !== 1) throw new Error(`index.html: expected exactly one ${what}, found ${matches.length}`);
  return matches[0]!;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="([^"]+)">\s*/g;

/** The addresses of the stylesheets the shell links, whose texts composeFirstScreenPage needs. */
export function shellStylesheets(shell: string): string[] {
  return [...shell.matchAll(STYLESHEET_LINK)].map((m) => m[1]!);
}

/** A data block: a script of a type the browser never runs, read by the inline script. */
function dataBlock(id: string, type: string, text: string): string {
  if (/<\/script|<!--/i.test(text)) throw new Error(`index.html: the data block ${id} cannot hold "</script" or "<!--"`);
  return `<script type="${type}" id="${id}">${text}</script>`;
}

export function composeFirstScreenPage({ shell, markup, title, stylesheets, path, stamp }: FirstScreenInput): string {
  const styled = /<[a-z][^>]*\sstyle="([^"]*)"/i.exec(markup);
  if (styled)
    throw new Error(
      `first screen of ${path}: a style attribute ("${styled[1]}") would be blocked by the Content-Security-Policy; give the element a class instead`,
    );
  let html = shell;
  const entry = one(html, /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/, 'module entry script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  const styles = [...html.matchAll(STYLESHEET_LINK)];
  if (styles.length === 0) throw new Error("index.html: expected the app's stylesheet links, found none");
  const manifests = [...html.matchAll(/<link rel="manifest" href="([^"]+)">\s*/g)];
  const start: FirstScreenStart = {
    entry: entry[1]!,
    preloads: preloads.map((m) => m[1]!),
    styles: styles.map((m) => m[1]!),
    manifest: manifests[0]?.[1] ?? null,
  };
  const css = start.styles.map((href) => {
    const text = stylesheets[href];
    if (text === undefined) throw new Error(`index.html: no text for the stylesheet ${href}`);
    return text;
  });
  for (const m of [entry, ...preloads, ...styles, ...manifests]) html = html.replace(m[0], '');
  const root = one(html, /<div id="root"><\/div>/, '<div id="root"></div>');
  const attribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');
  html = html.replace(root[0], () => `<div id="root" data-first-screen="${attribute(path)}" data-first-screen-stamp="${attribute(stamp)}">${markup}</div>`);
  const policy = one(html, /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/, "Content-Security-Policy with script-src 'self'");
  html = html.replace(policy[0], () => `${policy[1]} ${FIRST_SCREEN_SCRIPT_HASH}`);
  const titleTag = one(html, /<title>[^<]*<\/title>/, '<title>');
  const head = [
    `<title>${escapeText(title)}</title>`,
    dataBlock(START_BLOCK_ID, DATA_BLOCK_TYPES.start, JSON.stringify(start).replace(/</g, '\\u003c')),
    dataBlock(STYLES_BLOCK_ID, DATA_BLOCK_TYPES.styles, css.join('\n')),
    `<script>${FIRST_SCREEN_SCRIPT}</script>`,
    // Without scripts the page is still styled, by the shell's links (nothing is requested otherwise).
    `<noscript>${styles.map((m) => m[0].trim()).join('')}</noscript>`,
  ];
  return html.replace(titleTag[0], () => head.join('\n    '));
}
