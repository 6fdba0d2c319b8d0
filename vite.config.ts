import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { staticApiPlugin } from './scripts/compile/vite-plugin';
import { spaFallbackPlugin } from './scripts/spa-fallback-plugin';

export default defineConfig({
  plugins: [react(), staticApiPlugin('data'), spaFallbackPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
});
