/**
 * Writes many small files from a synchronous caller with several worker threads: creating a file
 * costs far more waiting than CPU on most disks, so a few writers in parallel overlap the waits
 * while the main thread goes on serialising. The caller blocks (Atomics.wait) only when too many
 * files are queued, and at the end; the first error is rethrown there.
 */
import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const shared = new Int32Array(workerData.shared);
parentPort.on('message', (batch) => {
  if (batch === null) return parentPort.close();
  for (const [file, text] of batch) {
    if (Atomics.load(shared, 1) !== 0) break;
    try {
      writeFileSync(file, text);
    } catch (e) {
      if (Atomics.compareExchange(shared, 1, 0, 1) === 0) workerData.errors.postMessage(String((e && e.message) || e));
    }
  }
  Atomics.add(shared, 0, batch.length);
  Atomics.notify(shared, 0);
});
`;

const DONE = 0;
const FAILED = 1;

export interface ParallelWriter {
  write(file: string, text: string): void;
  /** Waits for every queued file; throws the first write error. */
  finish(): void;
  /** Stops writing (queued files are dropped) and waits until no worker is writing any more. */
  abort(): void;
}

export function parallelWriter(workers = 4, batchSize = 32, maxQueued = 2048): ParallelWriter {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const pool: { worker: Worker; errors: MessagePort }[] = [];
  for (let i = 0; i < workers; i++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shared: shared.buffer, errors: port2 }, transferList: [port2] });
    worker.unref();
    pool.push({ worker, errors: port1 });
  }
  let batch: [string, string][] = [];
  let posted = 0;
  let next = 0;
  const waitUntil = (done: (n: number) => boolean) => {
    for (let n = Atomics.load(shared, DONE); !done(n); n = Atomics.load(shared, DONE)) Atomics.wait(shared, DONE, n, 1000);
  };
  const flush = () => {
    if (!batch.length) return;
    pool[next++ % pool.length]!.worker.postMessage(batch);
    posted += batch.length;
    batch = [];
    waitUntil((n) => posted - n < maxQueued || Atomics.load(shared, FAILED) !== 0);
  };
  const firstError = () => {
    for (const { errors } of pool) {
      const message = receiveMessageOnPort(errors);
      if (message) return String(message.message);
    }
    return 'a file could not be written';
  };
  return {
    write(file, text) {
      if (Atomics.load(shared, FAILED) !== 0) return;
      batch.push([file, text]);
      if (batch.length >= batchSize) flush();
    },
    finish() {
      flush();
      for (const { worker } of pool) worker.postMessage(null);
      waitUntil((n) => n >= posted);
      if (Atomics.load(shared, FAILED) !== 0) {
        // A failed worker stops writing but still counts its batches, so the wait above ends.
        let message = firstError();
        for (let i = 0; i < 50 && message === 'a file could not be written'; i++) {
          Atomics.wait(shared, FAILED, 1, 10);
          message = firstError();
        }
        throw new Error(message);
      }
    },
    abort() {
      Atomics.store(shared, FAILED, 2);
      batch = [];
      for (const { worker } of pool) worker.postMessage(null);
      waitUntil((n) => n >= posted);
    },
  };
}
