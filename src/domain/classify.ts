/**
 * Classification of map values into classes: quantiles, equal intervals or natural breaks
 * (Fisher–Jenks, optimal within-class variance). Values that are not numbers (not reported,
 * suppressed, withheld) never take part; ties never split across classes.
 */

export type ClassMethod = 'quantile' | 'equal' | 'jenks';
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal', 'jenks'];

/** Class bounds [b0, b1, …, bk]: class i holds values in (b_i, b_{i+1}], the first also includes b0. */
export type Breaks = readonly number[];

const numbers = (values: readonly unknown[]): number[] => values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);

function distinctCount(sorted: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  return n;
}

/** Drops repeated bounds, except b1 = b0, which makes a first class holding only the minimum (ties at the bottom). */
const dedupe = (breaks: number[]): number[] => breaks.filter((b, i) => i <= 1 || b !== breaks[i - 1]);

function equalBreaks(sorted: readonly number[], k: number): number[] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  return Array.from({ length: k + 1 }, (_, i) => (i === k ? max : min + ((max - min) * i) / k));
}

/** Upper bound of class i = the value at rank ⌈n·i/k⌉; equal values stay together (classes may merge). */
function quantileBreaks(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  const breaks = [sorted[0]!];
  for (let i = 1; i <= k; i++) breaks.push(sorted[Math.max(0, Math.ceil((n * i) / k) - 1)]!);
  return dedupe(breaks);
}

/** Fisher–Jenks natural breaks by dynamic programming (O(k·n²), fine for the children of one unit). */
function jenksBreaks(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  const prefix = [0];
  const prefixSq = [0];
  for (const v of sorted) {
    prefix.push(prefix[prefix.length - 1]! + v);
    prefixSq.push(prefixSq[prefixSq.length - 1]! + v * v);
  }
  // Sum of squared deviations of sorted[i..j] (inclusive).
  const ssd = (i: number, j: number) => {
    const m = j - i + 1;
    const s = prefix[j + 1]! - prefix[i]!;
    return prefixSq[j + 1]! - prefixSq[i]! - (s * s) / m;
  };
  // cost[c][j]: best cost of splitting sorted[0..j] into c+1 classes; start[c][j]: first index of the last class.
  const cost: number[][] = [Array.from({ length: n }, (_, j) => ssd(0, j))];
  const start: number[][] = [new Array<number>(n).fill(0)];
  for (let c = 1; c < k; c++) {
    cost.push(new Array<number>(n).fill(Infinity));
    start.push(new Array<number>(n).fill(0));
    for (let j = c; j < n; j++) {
      for (let i = c; i <= j; i++) {
        const v = cost[c - 1]![i - 1]! + ssd(i, j);
        if (v < cost[c]![j]!) {
          cost[c]![j] = v;
          start[c]![j] = i;
        }
      }
    }
  }
  const uppers: number[] = [sorted[n - 1]!];
  let j = n - 1;
  for (let c = k - 1; c > 0; c--) {
    const i = start[c]![j]!;
    uppers.unshift(sorted[i - 1]!);
    j = i - 1;
  }
  return dedupe([sorted[0]!, ...uppers]);
}

/** One class per distinct value: [d0, d0, d1, …], the first class holding only the minimum. */
function exactBreaks(sorted: readonly number[]): number[] {
  const distinct = sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
  return [distinct[0]!, ...distinct];
}

/**
 * Breaks for up to `classes` classes. Fewer classes come out when there are fewer distinct values;
 * no numbers → []; all values equal → [v, v] (one class). Quantiles and natural breaks give each
 * value its own class when there are no more distinct values than classes, so a 0 is never drawn
 * like a 1 (equal intervals stay equal).
 */
export function classBreaks(values: readonly unknown[], method: ClassMethod, classes: number): number[] {
  const sorted = numbers(values);
  if (sorted.length === 0) return [];
  const distinct = distinctCount(sorted);
  if (distinct === 1) return [sorted[0]!, sorted[0]!];
  const k = Math.max(1, Math.min(Math.floor(classes), distinct));
  if (method === 'equal') return equalBreaks(sorted, k);
  if (distinct <= Math.floor(classes)) return exactBreaks(sorted);
  if (method === 'quantile') return quantileBreaks(sorted, k);
  return jenksBreaks(sorted, k);
}

/** The class of a value (0-based), or null when it is outside the breaks or there are none. */
export function classOf(value: number, breaks: Breaks): number | null {
  if (breaks.length < 2 || value < breaks[0]! || value > breaks[breaks.length - 1]!) return null;
  for (let i = 1; i < breaks.length; i++) if (value <= breaks[i]!) return i - 1;
  return breaks.length - 2;
}
