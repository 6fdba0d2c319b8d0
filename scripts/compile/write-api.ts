/**
 * Writes API documents into a folder atomically: everything goes to a fresh sibling folder
 * first, which then replaces the old one, so a failure never leaves a half-written API.
 * Large sets (a country has over 300,000 documents) are written by parallel worker threads.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parallelWriter } from './parallel-writer';

/** Below this many documents, starting worker threads costs more than it saves. */
export const PARALLEL_FROM = 500;

export function writeApi(outDir: string, docs: ReadonlyMap<string, unknown>): void {
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const writer = docs.size >= PARALLEL_FROM ? parallelWriter() : { write: writeFileSync, finish: () => {}, abort: () => {} };
  try {
    const folders = new Set<string>();
    for (const [path, doc] of docs) {
      const file = join(staging, path);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writer.write(file, JSON.stringify(doc));
    }
    writer.finish();
  } catch (e) {
    writer.abort();
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
