/** Chromium for the bench (playwright-core with the system Chromium), and the bench pages served locally. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './machine';

/** Chromium's flags for every bench run: no sandbox or GPU, nothing running in the background. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
}
