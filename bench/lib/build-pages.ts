/**
 * Builds the bench pages (bench/pages/*.html: the units table and the map with synthetic data)
 * with Vite, the React plugin and the app's "@" alias, outside the app's own build.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT } from './build-app';

export const PAGES_DIST = resolve(ROOT, '.cache', 'dist-bench-pages');

export async function buildBenchPages(): Promise<string> {
  const pages = resolve(ROOT, 'bench', 'pages');
  await build({
    configFile: false,
    root: pages,
    logLevel: 'error',
    plugins: [react()],
    resolve: { alias: { '@': resolve(ROOT, 'src') } },
    build: {
      outDir: PAGES_DIST,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { table: resolve(pages, 'table.html'), map: resolve(pages, 'map.html') } },
    },
  });
  return PAGES_DIST;
}
