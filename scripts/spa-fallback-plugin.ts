/**
 * Serves index.html for every /u/… route in the dev and preview servers. Vite's own fallback
 * skips paths that look like files, and unit codes of villages contain a dot ("01846.14").
 * In preview, a unit with a page of its own in the build (its first screen, u/<code>/index.html)
 * gets that page, with or without a query, and "/" gets the root unit's (home.html).
 * Production web servers need the same rules (docs/deployment.md).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

/** The root unit's page, answering "/" (index.html stays the shell for every other address). */
export const HOME_PAGE = '/home.html';

/**
 * The file a page request is answered with: a unit's own page when the build has one, whatever the
 * query (the page hides what depends on it until the app has drawn it), else the shell; "/" gets the
 * root unit's page when there is one. Null: not a page address, served as a file.
 */
export function unitPageFile(url: string, hasFile: (path: string) => boolean): string | null {
  if (/^\/(?:[?#].*)?$/.test(url)) return hasFile(HOME_PAGE) ? HOME_PAGE : '/index.html';
  const match = /^\/u\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url) ?? /^\/u\//.exec(url);
  if (!match) return null;
  const own = match[1] && !match[1].startsWith('.') ? `/u/${match[1]}/index.html` : null;
  return own && hasFile(own) ? own : '/index.html';
}

const rewriteTo =
  (hasFile: (path: string) => boolean): Connect.NextHandleFunction =>
  (req, _res, next) => {
    const file = req.url ? unitPageFile(req.url, hasFile) : null;
    if (file) req.url = file;
    next();
  };

export function spaFallbackPlugin(): Plugin {
  return {
    name: 'du-an-8-spa-fallback',
    configureServer(server) {
      server.middlewares.use(rewriteTo(() => false));
    },
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use(rewriteTo((path) => existsSync(join(outDir, path))));
    },
  };
}
