import { defineConfig } from 'vitest/config';
import { STATE_LIMIT_MS, TEST_LIMIT_MS } from './limits';

/** Browser tests: the real built app, served locally, driven in Chromium through playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    testTimeout: TEST_LIMIT_MS,
    // expect.poll waits for a state the app exposes (a URL, a row count, an attribute); the default of
    // one second is too short on a loaded machine, so polls wait as long as a locator does.
    expect: { poll: { timeout: STATE_LIMIT_MS, interval: 100 } },
    // The global setup builds the app: minutes on a loaded machine.
    hookTimeout: 2 * TEST_LIMIT_MS,
    pool: 'forks',
    // One Chromium at a time: on 2 cores two browsers and their servers starve each other's timers.
    maxWorkers: 1,
  },
});
