import { defineConfig } from 'vitest/config';

/**
 * The office render check: the built app's exports rendered by LibreOffice headless and read back
 * with poppler. Needs soffice, pdftotext and pdffonts (`.ci/run` installs them); served and driven
 * like the browser tests.
 */
export default defineConfig({
  test: {
    include: ['tests/office/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    testTimeout: 120_000,
    hookTimeout: 900_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
