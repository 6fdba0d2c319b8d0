/**
 * Keeps the compile's heap close to what it really holds. After each full collection V8 lets the
 * heap grow by a factor it derives from how fast its collector runs compared with the program; on a
 * busy machine the collector's helper threads get little CPU, the factor rises, and the heap runs far
 * ahead of the live data. A fixed factor makes the peak a property of the dataset, not of the load.
 *
 * Measured at country scale (60,000 villages, 548 MB of CSV, bench/compile-child.ts) at a host load
 * average of 15 on 2 cores: V8's own factor peaked at 3,288 MB; a fixed factor of 1.25 at 1,375 MB,
 * with no more CPU time (148 s against 155 s in the earlier run at load 8–10).
 */
import { setFlagsFromString } from 'node:v8';

/** The heap may grow to 1 + this / 100 times what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 25;

/** Applies to the whole process from the next collection on: call it where a compile starts. */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
