/**
 * After the build, writes units' pages with their first screen in the HTML
 * (<outDir>/u/<code>/index.html, and the root unit's also as <outDir>/home.html for "/"): the app is
 * rendered in Node from the API documents the same build compiled, so figures and API always belong
 * to one deployment. Whole levels, root first, up to FIRST_SCREEN_PAGE_LIMIT pages
 * (docs/decisions/014-first-screens-for-every-unit.md). Web servers serve a unit's page for its URL
 * with any query, and index.html for units without one (docs/deployment.md). Builds whose API lives
 * elsewhere (VITE_API_BASE_URL) get no first screen: its figures could disagree with that API.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { renderFirstScreens as RenderFirstScreens, FirstScreen } from '../../src/app/first-screen';
import { HOME_PAGE } from '../spa-fallback-plugin';
import { composeFirstScreenPage, shellStylesheets } from './compose-page';

const ENTRY = '/src/app/first-screen.tsx';
/** At most this many pages: about 25 kB each (4 kB gzip), 125 MB at most. */
export const FIRST_SCREEN_PAGE_LIMIT = 5000;

async function renderInNode(config: ResolvedConfig, apiDir: string, write: (screen: FirstScreen) => Promise<void>): Promise<number> {
  const server = await createServer({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [react()],
    define: config.define,
    resolve: { alias: config.resolve.alias },
    // No file watcher: the pages are written into the project while it renders.
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    // workbox-window ships CommonJS for Node; its ES build goes through Vite instead.
    ssr: { noExternal: ['workbox-window'] },
  });
  try {
    const { renderFirstScreens } = (await server.ssrLoadModule(ENTRY)) as { renderFirstScreens: typeof RenderFirstScreens };
    return await renderFirstScreens((path) => readFile(join(apiDir, path), 'utf8'), FIRST_SCREEN_PAGE_LIMIT, write);
  } finally {
    await server.close();
  }
}

export function firstScreenPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'du-an-8-first-screen',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options) {
      const outDir = options.dir ?? config.build.outDir;
      const apiDir = join(outDir, 'api');
      if (config.build.ssr || config.env.VITE_API_BASE_URL || !existsSync(join(apiDir, 'v1', 'meta.json'))) return;
      const started = performance.now();
      const shell = await readFile(join(outDir, 'index.html'), 'utf8');
      // The shell's stylesheets go into every page as text (compose-page.ts).
      const stylesheets: Record<string, string> = {};
      for (const href of shellStylesheets(shell)) stylesheets[href] = await readFile(join(outDir, ...href.split('/').filter(Boolean)), 'utf8');
      let bytes = 0;
      let first = true;
      const pages = await renderInNode(config, apiDir, async (screen) => {
        const html = composeFirstScreenPage({ shell, markup: screen.markup, title: screen.title, path: screen.path, stamp: screen.stamp, stylesheets });
        const dir = join(outDir, ...screen.path.split('/').filter(Boolean));
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, 'index.html'), html);
        if (first) {
          // The root unit comes first: its page also answers "/".
          first = false;
          await writeFile(join(outDir, HOME_PAGE), html);
        }
        bytes += html.length;
      });
      config.logger.info(`first screens: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
