/**
 * After the build, writes the root unit's page with its first screen in the HTML
 * (<outDir>/u/<root>/index.html): the app is rendered in Node from the API documents the same
 * build compiled, so figures and API always belong to one deployment. Web servers serve that file
 * for the root unit's URL without a query string, and index.html for every other
 * (docs/deployment.md). Builds whose API lives elsewhere (VITE_API_BASE_URL) get no first screen:
 * its figures could disagree with that API.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { renderFirstScreen as RenderFirstScreen, FirstScreen } from '../../src/app/first-screen';
import { composeFirstScreenPage } from './compose-page';

const ENTRY = '/src/app/first-screen.tsx';

async function renderInNode(config: ResolvedConfig, apiDir: string): Promise<FirstScreen> {
  const server = await createServer({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [react()],
    define: config.define,
    resolve: { alias: config.resolve.alias },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    // workbox-window ships CommonJS for Node; its ES build goes through Vite instead.
    ssr: { noExternal: ['workbox-window'] },
  });
  try {
    const { renderFirstScreen } = (await server.ssrLoadModule(ENTRY)) as { renderFirstScreen: typeof RenderFirstScreen };
    return await renderFirstScreen((path) => readFile(join(apiDir, path), 'utf8'));
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
      const screen = await renderInNode(config, apiDir);
      const page = composeFirstScreenPage({ shell: await readFile(join(outDir, 'index.html'), 'utf8'), markup: screen.markup, title: screen.title, assetsBase: `/${config.build.assetsDir}/` });
      const dir = join(outDir, ...screen.path.split('/').filter(Boolean));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), page.html);
      await writeFile(join(outDir, page.boot.fileName), page.boot.source);
      config.logger.info(`first screen of ${screen.path}: ${(page.html.length / 1024).toFixed(1)} kB in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
