import { existsSync } from 'node:fs';

/** Chromium from Debian (apt-get install -y chromium), or the one named by CHROME_PATH. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with "sudo apt-get update && sudo apt-get install -y chromium", or set CHROME_PATH.`);
  }
  return path;
}
