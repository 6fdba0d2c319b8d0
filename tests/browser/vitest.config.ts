import { defineConfig } from 'vitest/config';

/** Browser tests: the real built app, served locally, driven in Chromium through playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    testTimeout: 60_000,
    // expect.poll waits for a state the app exposes (a URL, a row count, an attribute); the default of
    // one second is too short on a loaded machine, so polls wait as long as a locator does.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 180_000,
    pool: 'forks',
    // One Chromium at a time: on 2 cores two browsers and their servers starve each other's timers.
    maxWorkers: 1,
  },
});
