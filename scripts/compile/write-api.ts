/**
 * Writes API documents into a folder atomically: everything goes to a fresh sibling folder
 * first, which then replaces the old one, so a failure never leaves a half-written API.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes documents as they come (a Map, or the stream of emitApi); returns how many were written. */
export function writeApi(outDir: string, docs: Iterable<readonly [string, unknown]>): number {
  let count = 0;
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    // Each folder is created once, not once per document (a country has over 300,000).
    const folders = new Set<string>();
    for (const [path, doc] of docs) {
      const file = join(staging, path);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(file, JSON.stringify(doc));
      count++;
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return count;
}
