/**
 * One compile of a dataset folder into a fresh output folder, in its own process so its peak
 * memory (VmHWM, see lib/peak-rss.ts) is its own. Prints one JSON line.
 *   node --import tsx bench/compile-child.ts --data <folder> --out <folder>
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileToDir } from '../scripts/compile/compile-dataset';
import { peakRssMB } from './lib/peak-rss';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

const before = process.resourceUsage();
const started = performance.now();
const docs = compileToDir(values.data!, values.out!, { generatedAt: '2025-07-01T00:00:00.000Z' });
const ms = performance.now() - started;
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;
console.log(JSON.stringify({ ms, cpuMs, maxRssMB: peakRssMB(), docs, output: folderSize(values.out!) }));
