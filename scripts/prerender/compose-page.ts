/**
 * Turns the built index.html into the root unit's page with its first screen already in the HTML:
 * - the rendered markup goes into <div id="root">;
 * - the entry stylesheet is inlined (one round trip less before the first paint);
 * - the app's code starts right after the first paint instead of competing with it;
 * - a one-line guard empties the root when the URL asks for anything else (another view, language,
 *   period…), so no wrong content shows while the code loads;
 * - the Content-Security-Policy gains the hashes of exactly these inline blocks, nothing wider.
 * Pure: every input is a string, and a shell that is not as expected is an error, never a guess.
 */
import { createHash } from 'node:crypto';

export interface FirstScreenInput {
  /** The built index.html. */
  shell: string;
  /** The URL path the markup belongs to, e.g. "/u/06". */
  path: string;
  /** The markup of <div id="root">. */
  markup: string;
  /** The page title. */
  title: string;
  /** The built stylesheet, by its href in the shell. */
  readCss: (href: string) => string;
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function one(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const matches = [...html.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length !== 1) throw new Error(`index.html: expected exactly one ${what}, found ${matches.length}`);
  return matches[0]!;
}

/** Adds sources to directives of the CSP <meta> (creating none: the policy must already exist). */
export function extendCsp(html: string, add: Record<string, string[]>): string {
  const meta = one(html, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/, 'Content-Security-Policy <meta>');
  const directives = meta[1]!.split(';').map((d) => d.trim());
  for (const [name, sources] of Object.entries(add)) {
    const i = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    if (i === -1) throw new Error(`index.html: the Content-Security-Policy has no ${name}`);
    directives[i] = [directives[i], ...sources].join(' ');
  }
  return html.replace(meta[0], () => meta[0].replace(meta[1]!, () => directives.join('; ')));
}

export function composeFirstScreenPage({ shell, path, markup, title, readCss }: FirstScreenInput): string {
  if (!/^\/[\w./-]*$/.test(path)) throw new Error(`first screen: unexpected path ${JSON.stringify(path)}`);
  let html = shell;

  const entry = one(html, /<script type="module" crossorigin src="([^"]+)"><\/script>/, 'module entry script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  const boot = `requestAnimationFrame(() => setTimeout(() => {
      for (const href of ${JSON.stringify(preloads.map((m) => m[1]))}) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
      import(${JSON.stringify(entry[1])});
    }));`;
  html = html.replace(entry[0], `<script type="module">${boot}</script>`);
  for (const m of preloads) html = html.replace(m[0], '');

  const sheet = one(html, /<link rel="stylesheet" crossorigin href="([^"]+)">/, 'entry stylesheet');
  const css = readCss(sheet[1]!);
  if (/<\/style/i.test(css)) throw new Error(`${sheet[1]}: the stylesheet cannot be inlined (it contains "</style")`);
  html = html.replace(sheet[0], () => `<style>${css}</style>`);

  const guard = `if (location.pathname.replace(/\\/$/, '') !== ${JSON.stringify(path)} || location.search) document.getElementById('root').replaceChildren();`;
  const root = one(html, /<div id="root"><\/div>/, '<div id="root"></div>');
  html = html.replace(root[0], () => `<div id="root">${markup}</div><script>${guard}</script>`);

  const titleTag = one(html, /<title>[^<]*<\/title>/, '<title>');
  html = html.replace(titleTag[0], () => `<title>${escapeText(title)}</title>`);

  // Style attributes in the markup are allowed one by one ('unsafe-hashes' covers only the listed hashes).
  const styleAttributes = [...new Set([...markup.matchAll(/\sstyle="([^"]*)"/g)].map((m) => unescapeAttribute(m[1]!)))];
  const attributeSources = styleAttributes.length ? ["'unsafe-hashes'", ...styleAttributes.map(cspHash)] : [];
  return extendCsp(html, { 'script-src': [cspHash(boot), cspHash(guard)], 'style-src': [cspHash(css), ...attributeSources] });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const unescapeAttribute = (value: string) => value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (e) => ENTITIES[e]!);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
