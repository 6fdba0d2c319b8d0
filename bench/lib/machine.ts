/** The machine and the versions a bench run was measured with. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function describeMachine(): Record<string, string | number> {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
  };
}

export function describeVersions(root: string): Record<string, string> {
  let chromium = 'not found';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as not found
  }
  const versions: Record<string, string> = { node: process.version, chromium };
  for (const name of [
    'vite',
    'react',
    'react-dom',
    'react-router',
    '@tanstack/react-query',
    'zod',
    'axios',
    'lighthouse',
    'playwright-core',
    '@duckdb/node-api',
    'typescript',
  ]) {
    versions[name] = packageVersion(root, name);
  }
  return versions;
}
