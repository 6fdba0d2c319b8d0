/**
 * Sorting rules of the units table. Names sort in Vietnamese order (the comparator is passed in:
 * Intl.Collator 'vi', "Đ" after "D"). Numeric columns keep cells without a value ("chưa báo cáo",
 * "không công bố", "không áp dụng", "–") at the end in both directions; a hidden cell ("x") may hold
 * any value, so it sorts after every number in both directions (before the cells without a value)
 * and never by what it hides.
 */
import type { TableCell } from './table-rows';

/** A comparable value: a number, or a hidden cell. */
export type SortKey = number | 'suppressed';

export type TextCompare = (a: string, b: string) => number;

/** The key a cell sorts by; undefined for cells without a value (they stay last). */
export function sortKeyOf(cell: TableCell | undefined): SortKey | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (cell === 'suppressed') return 'suppressed';
  return undefined;
}

export interface TableSort {
  column: string;
  desc: boolean;
}

export const DEFAULT_SORT: TableSort = { column: 'name', desc: false };

const SORT_RE = /^([A-Za-z0-9._:-]{1,64})\.(asc|desc)$/;

/** "name.asc", "value:P8.1.1.desc" → a sort; anything else → null. */
export function parseSort(text: string | undefined): TableSort | null {
  const m = SORT_RE.exec(text ?? '');
  if (!m) return null;
  return { column: m[1]!, desc: m[2] === 'desc' };
}

export function serializeSort(sort: TableSort): string {
  return `${sort.column}.${sort.desc ? 'desc' : 'asc'}`;
}

/** A header click: the same column flips; a new numeric column starts largest first, a text column A→Z. */
export function nextSort(current: TableSort, column: string, numeric: boolean): TableSort {
  if (current.column === column) return { column, desc: !current.desc };
  return { column, desc: numeric };
}

/** The rows' indices in name order, then code: collated once per set of rows. */
export function nameOrder(rows: readonly { name: string; code: string }[], compareText: TextCompare): Int32Array {
  const byName = Int32Array.from(rows, (_, i) => i);
  return byName.sort((a, b) => {
    const [x, y] = [rows[a]!, rows[b]!];
    return compareText(x.name, y.name) || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
  });
}

/**
 * The order of the table's rows, as indices into `rows`. With `keyOf` null the rows sort by name
 * (descending is the exact reverse). Otherwise by their key, rows without a value last in both
 * directions; ties go by name, ascending, so equal and hidden values never reorder by what they
 * hide. `byName` is `nameOrder(rows, …)`.
 *
 * No comparator runs per pair (10,000 calls of a function cost several milliseconds before the
 * engine has compiled it). Each number is packed with its name position into one exact integer,
 * key × n + position, and the packed keys are sorted by the engine's numeric sort of a
 * Float64Array. Numbers that are not integers (or too large to pack) are first replaced by their
 * rank among the numbers (equal numbers, 0 and −0 too, share one).
 */
export function sortOrder<R>(rows: readonly R[], desc: boolean, keyOf: ((row: R) => SortKey | undefined) | null, byName: Int32Array): Int32Array {
  const n = byName.length;
  if (!keyOf) return desc ? byName.slice().reverse() : byName.slice();
  const values = new Float64Array(n);
  const positions = new Int32Array(n);
  const hidden: number[] = [];
  const empty: number[] = [];
  const limit = Number.MAX_SAFE_INTEGER / (n + 1) - 1;
  let integers = true;
  let count = 0;
  for (let position = 0; position < n; position++) {
    const row = byName[position]!;
    const key = keyOf(rows[row]!);
    if (typeof key === 'number') {
      // + 0 turns −0 into 0: equal for the table.
      values[count] = (desc ? -key : key) + 0;
      positions[count++] = position;
      if (!Number.isInteger(key) || Math.abs(key) > limit) integers = false;
    } else (key === 'suppressed' ? hidden : empty).push(row);
  }
  const packed = new Float64Array(count);
  if (integers) for (let i = 0; i < count; i++) packed[i] = values[i]! * n + positions[i]!;
  else packRanks(values.subarray(0, count), positions, n, packed);
  packed.sort();
  const order = new Int32Array(n);
  // The position is the packed key modulo n (floored, for negative keys).
  for (let i = 0; i < count; i++) order[i] = byName[packed[i]! - Math.floor(packed[i]! / n) * n]!;
  let next = count;
  for (const row of hidden) order[next++] = row;
  for (const row of empty) order[next++] = row;
  return order;
}

/** Packs each value's rank among `values` (equal values share one) with its position: rank × n + position. */
function packRanks(values: Float64Array, positions: Int32Array, n: number, packed: Float64Array): void {
  const sorted = values.slice().sort();
  const rankOf = new Map<number, number>();
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) rankOf.set(sorted[i]!, i);
  for (let i = 0; i < values.length; i++) packed[i] = rankOf.get(values[i]!)! * n + positions[i]!;
}

/** The items (each with its index into the rows) in `order`, an order of all the rows' indices: no comparisons. */
export function inOrder<T extends { index: number }>(items: readonly T[], order: ArrayLike<number>): T[] {
  const byIndex = new Array<T | undefined>(order.length);
  for (const item of items) byIndex[item.index] = item;
  const out: T[] = [];
  for (let i = 0; i < order.length; i++) {
    const item = byIndex[order[i]!];
    if (item !== undefined) out.push(item);
  }
  return out;
}
