/**
 * Writes API documents into a folder atomically: everything goes to a fresh sibling folder
 * first, which then replaces the old one, so a failure never leaves a half-written API.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeApi(outDir: string, docs: ReadonlyMap<string, unknown>): void {
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
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
