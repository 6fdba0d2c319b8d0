import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { staticApiPlugin } from './scripts/compile/vite-plugin';
import { apiReferencePlugin } from './scripts/openapi/vite-plugin';
import { spaFallbackPlugin } from './scripts/spa-fallback-plugin';
import { cspPlugin } from './scripts/csp-plugin';
import { stagedEntryPlugin } from './scripts/staged-entry-plugin';
import { reactSentinelsPlugin } from './scripts/react-sentinels-plugin';
import { firstScreenPlugin } from './scripts/prerender/vite-plugin';
import { pwaOptions, resolveBuildId } from './scripts/pwa-options';

/** Names the offline data cache of this deployment (scripts/pwa-options.ts). */
const buildId = resolveBuildId();

export default defineConfig({
  plugins: [
    react(),
    reactSentinelsPlugin(),
    apiReferencePlugin(),
    staticApiPlugin(process.env.DATA_DIR ?? 'data'),
    spaFallbackPlugin(),
    cspPlugin(),
    stagedEntryPlugin(),
    firstScreenPlugin(),
    VitePWA(pwaOptions(buildId)),
  ],
  define: { 'import.meta.env.VITE_BUILD_ID': JSON.stringify(buildId) },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173 },
  preview: { port: 4173 },
  // No modulepreload polyfill: nothing inline, so the CSP needs no 'unsafe-inline'.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
    modulePreload: { polyfill: false },
    // The chunks the entry evaluates one by one (src/app/main.tsx): React, the API contract (zod and
    // the schemas), the formats and messages. Named, so that each stage is one file of its own.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react-dom', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'contract', test: /node_modules[\\/]zod[\\/]|src[\\/]api[\\/](schemas[\\/]|contract\.ts)/ },
            { name: 'i18n', test: /src[\\/]i18n[\\/](format|catalogue|i18n-context)\.tsx?$/ },
          ],
        },
      },
    },
  },
});
