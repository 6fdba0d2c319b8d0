import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://localhost/' } },
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'mocks/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest-setup.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 15000,
  },
});
