/**
 * Writes API documents into a folder atomically: everything goes to a fresh sibling folder
 * first, which then replaces the old one, so a failure never leaves a half-written API.
 *
 * The documents are turned into JSON here and written to disk by a second thread, so the
 * compile's own thread goes on building documents while the file system works (a country has
 * over 300,000 files). At most MAX_PENDING batches wait for the writer; then the compile waits.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

const BATCH_CHARS = 1 << 20;
const MAX_PENDING = 16;
/** Slots of the shared state: batches posted and not yet written; 1 once the writer failed. */
const PENDING = 0;
const FAILED = 1;

/** The writer thread: plain JavaScript, so it runs the same under tsx, vitest and the build. */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const state = new Int32Array(workerData.state);
const folders = new Set();
parentPort.on('message', (batch) => {
  try {
    if (Atomics.load(state, ${FAILED}) === 0) {
      for (let i = 0; i < batch.length; i += 2) {
        const folder = dirname(batch[i]);
        // Each folder is created once, not once per document.
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        writeFileSync(batch[i], batch[i + 1]);
      }
    }
  } catch (e) {
    workerData.errors.postMessage(e instanceof Error ? e.message : String(e));
    Atomics.store(state, ${FAILED}, 1);
  }
  Atomics.sub(state, ${PENDING}, 1);
  Atomics.notify(state, ${PENDING});
});
`;

/** A writer thread fed with batches of [file, text]; `finish` waits until everything is on disk. */
function startWriter() {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const errors = new MessageChannel();
  const worker = new Worker(WRITER, {
    eval: true,
    workerData: { state: state.buffer, errors: errors.port2 },
    transferList: [errors.port2],
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
  });
  worker.unref();
  let batch: string[] = [];
  let chars = 0;
  const waitBelow = (limit: number) => {
    for (let n = Atomics.load(state, PENDING); n > limit; n = Atomics.load(state, PENDING)) Atomics.wait(state, PENDING, n);
  };
  const check = () => {
    if (Atomics.load(state, FAILED) === 0) return;
    const message = receiveMessageOnPort(errors.port1)?.message as string | undefined;
    throw new Error(`writing the API failed: ${message ?? 'unknown error'}`);
  };
  const flush = () => {
    if (!batch.length) return;
    waitBelow(MAX_PENDING - 1);
    check();
    Atomics.add(state, PENDING, 1);
    worker.postMessage(batch);
    batch = [];
    chars = 0;
  };
  return {
    write(file: string, text: string) {
      batch.push(file, text);
      chars += text.length;
      if (chars >= BATCH_CHARS) flush();
    },
    /** Waits for every batch posted; throws when the writer failed (unless `failing` already). */
    finish(failing = false) {
      if (!failing) flush();
      waitBelow(0);
      void worker.terminate();
      errors.port1.close();
      if (!failing) check();
    },
  };
}

/** Writes documents as they come (a Map, or the stream of emitApi); returns how many were written. */
export function writeApi(outDir: string, docs: Iterable<readonly [string, unknown]>): number {
  let count = 0;
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const writer = startWriter();
  try {
    for (const [path, doc] of docs) {
      writer.write(join(staging, path), JSON.stringify(doc));
      count++;
    }
    writer.finish();
  } catch (e) {
    writer.finish(true);
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return count;
}
