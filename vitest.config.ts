import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Pure logic runs in plain Node (fast); components and browser-API code in jsdom. */
const NODE_TESTS = ['src/domain/**/*.test.ts', 'src/i18n/**/*.test.ts', 'scripts/**/*.test.ts', 'mocks/**/*.test.ts', 'examples/**/*.test.ts'];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    globalSetup: ['tests/setup/global-setup.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 15000,
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: NODE_TESTS, setupFiles: ['tests/setup/node-setup.ts'] } },
      {
        extends: true,
        test: {
          name: 'dom',
          setupFiles: ['tests/setup/vitest-setup.ts'],
          environment: 'jsdom',
          environmentOptions: { jsdom: { url: 'http://localhost/' } },
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**', 'src/i18n/**', '**/node_modules/**'],
        },
      },
    ],
  },
});
