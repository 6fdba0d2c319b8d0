/**
 * Serves index.html for every /u/… route in the dev and preview servers. Vite's own fallback
 * skips paths that look like files, and unit codes of villages contain a dot ("01846.14").
 * Production web servers need the same rule (docs/deployment.md).
 */
import type { Connect, Plugin } from 'vite';

const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
  if (req.url && /^\/u\/[^?#]*/.test(req.url)) req.url = '/index.html';
  next();
};

export function spaFallbackPlugin(): Plugin {
  return {
    name: 'du-an-8-spa-fallback',
    configureServer(server) {
      server.middlewares.use(rewrite);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite);
    },
  };
}
