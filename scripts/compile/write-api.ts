/**
 * Writes API documents into a folder atomically: everything goes to a fresh sibling folder
 * first, which then replaces the old one, so a failure never leaves a half-written API.
 *
 * The documents are turned into JSON and UTF-8 bytes here and written to disk by a second
 * thread, so the compile's own thread goes on building documents while the file system works (a
 * country has over 300,000 files). A batch's bytes travel in one buffer that is transferred, not
 * copied. At most MAX_PENDING batches wait for the writer; then the compile waits.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { documentSerializer } from './document-json';

/** Bytes a batch's buffer holds; a larger document gets a buffer of its own. */
const BATCH_BYTES = 1 << 20;
/** UTF-8 takes at most 3 bytes for a UTF-16 code unit. */
const MAX_BYTES_PER_CHAR = 3;
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
parentPort.on('message', ({ files, ends, bytes }) => {
  try {
    if (Atomics.load(state, ${FAILED}) === 0) {
      for (let i = 0; i < files.length; i++) {
        const folder = dirname(files[i]);
        // Each folder is created once, not once per document.
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        const start = i === 0 ? 0 : ends[i - 1];
        writeFileSync(files[i], new Uint8Array(bytes, start, ends[i] - start));
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

/** A writer thread fed with batches of files and their bytes; `finish` waits until everything is on disk. */
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
  let files: string[] = [];
  let ends: number[] = [];
  let bytes = Buffer.allocUnsafeSlow(BATCH_BYTES);
  let used = 0;
  const waitBelow = (limit: number) => {
    for (let n = Atomics.load(state, PENDING); n > limit; n = Atomics.load(state, PENDING)) Atomics.wait(state, PENDING, n);
  };
  const check = () => {
    if (Atomics.load(state, FAILED) === 0) return;
    const message = receiveMessageOnPort(errors.port1)?.message as string | undefined;
    throw new Error(`writing the API failed: ${message ?? 'unknown error'}`);
  };
  const flush = (nextSize: number) => {
    if (files.length) {
      waitBelow(MAX_PENDING - 1);
      check();
      Atomics.add(state, PENDING, 1);
      worker.postMessage({ files, ends, bytes: bytes.buffer }, [bytes.buffer]);
    }
    files = [];
    ends = [];
    // Its own ArrayBuffer (not a slice of Node's pool), so that it can be transferred.
    bytes = Buffer.allocUnsafeSlow(nextSize);
    used = 0;
  };
  return {
    /** A file's text, given in pieces written one after the other. */
    write(file: string, pieces: readonly string[]) {
      let chars = 0;
      for (const piece of pieces) chars += piece.length;
      if (used + chars * MAX_BYTES_PER_CHAR > bytes.length) {
        let size = 0;
        if (chars * MAX_BYTES_PER_CHAR > BATCH_BYTES) for (const piece of pieces) size += Buffer.byteLength(piece);
        if (files.length || size > bytes.length) flush(Math.max(size, BATCH_BYTES));
      }
      for (const piece of pieces) used += bytes.write(piece, used, 'utf8');
      files.push(file);
      ends.push(used);
    },
    /** Waits for every batch posted; throws when the writer failed (unless `failing` already). */
    finish(failing = false) {
      if (!failing) flush(0);
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
  const toJson = documentSerializer();
  try {
    for (const [path, doc] of docs) {
      writer.write(join(staging, path), toJson(doc));
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
