/** Chromium for the bench (playwright-core with the system Chromium), and the bench pages served locally. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './machine';

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
