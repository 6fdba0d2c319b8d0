/**
 * Turns the built index.html into the root unit's page with its first screen already in the HTML:
 * - the rendered markup goes into <div id="root">, and the page gets the title the app would set;
 * - the app's entry is started by a small boot module right after the first paint, instead of
 *   competing with it (its chunks are preloaded at that moment, not before).
 * - one fixed inline script, allowed by its hash (FIRST_SCREEN_SCRIPT_HASH), marks the page before it
 *   is painted when the URL asks for more than the default screen (a query string): the parts that
 *   depend on the query stay hidden until the app draws them (styles.css), the unit's frame shows.
 * Nothing else is inline: the page keeps the strict Content-Security-Policy of the shell ('self'
 * and that one hash), so a policy sent as a header by the web server fits it as well.
 * Pure: strings in, strings out; a shell that is not as expected is an error, never a guess.
 */
import { createHash } from 'node:crypto';

/**
 * Runs before the first paint. With a query string the markup is still the right unit but maybe not
 * the right view, period or indicator ("first-screen-partial"), or not the right language
 * ("first-screen-hidden"). Fixed text, so its hash is a constant a web server's policy can list.
 */
export const FIRST_SCREEN_SCRIPT = `(function(s){if(s)document.documentElement.classList.add(/[?&]lang=(?!vi(&|$))/.test(s)?'first-screen-hidden':'first-screen-partial')})(location.search)`;
export const FIRST_SCREEN_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FIRST_SCREEN_SCRIPT).digest('base64')}'`;

export interface FirstScreenInput {
  /** The built index.html. */
  shell: string;
  /** The markup of <div id="root">. */
  markup: string;
  /** The page title. */
  title: string;
  /** Folder of the built assets, as in their URLs ("/assets/"). */
  assetsBase: string;
  /** The URL path the markup belongs to ("/u/06"); the app hydrates the markup only there. */
  path: string;
  /** The stamp of the documents the markup was drawn from: the app hydrates it only while the API still matches. */
  stamp: string;
}

export interface FirstScreenPage {
  html: string;
  /** The boot module, to be written at `fileName` (relative to the site root). */
  boot: { fileName: string; source: string };
}

function one(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const matches = [...html.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length !== 1) throw new Error(`index.html: expected exactly one ${what}, found ${matches.length}`);
  return matches[0]!;
}

/**
 * Starts the app once the browser reports the first screen painted (its first contentful paint), so
 * the app's start never holds that paint back; on a busy device a fixed wait (one frame) was not
 * always enough. Without paint timing: after the next frame. A page that never paints (a tab opened
 * in the background) still starts after a few seconds.
 */
export function bootSource(entry: string, preloads: readonly string[]): string {
  return `// Starts the app once the first screen in the HTML has been painted.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  for (const href of ${JSON.stringify(preloads)}) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  import(${JSON.stringify(entry)});
};
if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, ${BOOT_FALLBACK_MS});
} else requestAnimationFrame(() => setTimeout(start));
`;
}

/** The longest the boot waits for the first paint before it starts the app anyway. */
export const BOOT_FALLBACK_MS = 3000;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function composeFirstScreenPage({ shell, markup, title, assetsBase, path, stamp }: FirstScreenInput): FirstScreenPage {
  const styled = /<[a-z][^>]*\sstyle="([^"]*)"/i.exec(markup);
  if (styled)
    throw new Error(
      `first screen of ${path}: a style attribute ("${styled[1]}") would be blocked by the Content-Security-Policy; give the element a class instead`,
    );
  let html = shell;
  const entry = one(html, /<script type="module" crossorigin src="([^"]+)"><\/script>/, 'module entry script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  const source = bootSource(
    entry[1]!,
    preloads.map((m) => m[1]!),
  );
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  const fileName = `${assetsBase.replace(/^\/|\/$/g, '')}/first-screen-boot-${hash}.js`;

  html = html.replace(entry[0], () => `<script type="module" crossorigin src="/${fileName}"></script>`);
  for (const m of preloads) html = html.replace(m[0], '');
  const root = one(html, /<div id="root"><\/div>/, '<div id="root"></div>');
  const attribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');
  html = html.replace(root[0], () => `<div id="root" data-first-screen="${attribute(path)}" data-first-screen-stamp="${attribute(stamp)}">${markup}</div>`);
  const policy = one(html, /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/, "Content-Security-Policy with script-src 'self'");
  html = html.replace(policy[0], () => `${policy[1]} ${FIRST_SCREEN_SCRIPT_HASH}`);
  const titleTag = one(html, /<title>[^<]*<\/title>/, '<title>');
  html = html.replace(titleTag[0], () => `<title>${escapeText(title)}</title>\n    <script>${FIRST_SCREEN_SCRIPT}</script>`);
  return { html, boot: { fileName, source } };
}
