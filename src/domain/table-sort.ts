/**
 * Sorting rules of the units table. Names sort in Vietnamese order (the comparator is passed in:
 * `compareVietnamese`, "Đ" after "D"). Numeric columns keep cells without a value ("chưa báo cáo",
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

/** Ascending order of two numbers. */
const compareNumbers = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Numbers first, then hidden cells, then cells without a value: the same in both directions. */
const groupOf = (key: SortKey | undefined): number => (typeof key === 'number' ? 0 : key === 'suppressed' ? 1 : 2);

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

/** Each row's position (by index) in name order, then code: collated once per set of rows. */
export function nameRanks(rows: readonly { name: string; code: string }[], compareText: TextCompare): Int32Array {
  const byName = rows.map((_, i) => i);
  byName.sort((a, b) => {
    const [x, y] = [rows[a]!, rows[b]!];
    return compareText(x.name, y.name) || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
  });
  const ranks = new Int32Array(rows.length);
  byName.forEach((row, rank) => (ranks[row] = rank));
  return ranks;
}

/** A column's rows sorted in one direction, with the keys that order came from. */
interface KeyedOrder {
  order: Int32Array;
  desc: boolean;
  /** Each row's number (by index into `rows`), for rows whose key is a number. */
  keys: Float64Array;
  /** How many rows, at the start of `order`, have a number. */
  numbers: number;
}

function keyedOrder<R>(rows: readonly R[], desc: boolean, keyOf: (row: R) => SortKey | undefined, nameRank: ArrayLike<number>): KeyedOrder {
  const n = rows.length;
  const sign = desc ? -1 : 1;
  const order = new Int32Array(n);
  const groups = new Uint8Array(n);
  const keys = new Float64Array(n);
  let numbers = 0;
  for (let i = 0; i < n; i++) {
    const key = keyOf(rows[i]!);
    groups[i] = groupOf(key);
    if (typeof key === 'number') {
      keys[i] = sign * key;
      numbers++;
    }
    order[i] = i;
  }
  order.sort((a, b) => groups[a]! - groups[b]! || compareNumbers(keys[a]!, keys[b]!) || nameRank[a]! - nameRank[b]!);
  return { order, desc, keys, numbers };
}

/**
 * The same rows in the other direction, without comparisons: the rows with a number in reverse,
 * run by run of equal values (each run stays in name order), then the other rows as they were.
 */
function reversed({ order, keys, numbers }: KeyedOrder): Int32Array {
  const out = new Int32Array(order.length);
  let to = 0;
  for (let end = numbers; end > 0;) {
    const value = keys[order[end - 1]!];
    let start = end - 1;
    while (start > 0 && keys[order[start - 1]!] === value) start--;
    for (let i = start; i < end; i++) out[to++] = order[i]!;
    end = start;
  }
  out.set(order.subarray(numbers), numbers);
  return out;
}

/**
 * One column's order of the table's rows, as indices into `rows`, in either direction. With `keyOf`
 * null the rows sort by name (descending is the exact reverse). Otherwise by their key, rows without
 * a value last in both directions; ties go by name, ascending, so equal and hidden values never
 * reorder by what they hide. `nameRank` is `nameRanks(rows, …)`: the comparisons only read numbers.
 * Sorted the first time a direction is asked for; the other direction is then derived from that
 * sort in one pass, so a click that only changes the direction sorts nothing. Each direction is
 * computed once.
 */
export function columnOrders<R>(
  rows: readonly R[],
  keyOf: ((row: R) => SortKey | undefined) | null,
  nameRank: ArrayLike<number>,
): (desc: boolean) => Int32Array {
  let sorted: KeyedOrder | undefined;
  const orders = new Map<boolean, Int32Array>();
  return (desc) => {
    let order = orders.get(desc);
    if (order) return order;
    if (!keyOf) order = nameOrder(nameRank, desc);
    else if (!sorted) order = (sorted = keyedOrder(rows, desc, keyOf, nameRank)).order;
    else order = reversed(sorted);
    orders.set(desc, order);
    return order;
  };
}

/**
 * The orders of the table's rows by any of its columns, in either direction: each column's orders
 * are those of columnOrders, made the first time the column is asked for and kept, so that they can
 * be computed ahead (when the page is idle) and a sort then only reads them. `keyFor(column)` is the
 * column's sort key (null: by name).
 */
export function tableOrders<R>(
  rows: readonly R[],
  keyFor: (column: string) => ((row: R) => SortKey | undefined) | null,
  nameRank: ArrayLike<number>,
): (column: string, desc: boolean) => Int32Array {
  const byColumn = new Map<string, (desc: boolean) => Int32Array>();
  return (column, desc) => {
    let orders = byColumn.get(column);
    if (!orders) byColumn.set(column, (orders = columnOrders(rows, keyFor(column), nameRank)));
    return orders(desc);
  };
}

/** The rows in name order (descending: the exact reverse). */
function nameOrder(nameRank: ArrayLike<number>, desc: boolean): Int32Array {
  const n = nameRank.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[desc ? n - 1 - nameRank[i]! : nameRank[i]!] = i;
  return order;
}

/** Items in an order, read by position (0 to length − 1): an array, or a view through an order. */
export interface OrderedItems<T> {
  readonly length: number;
  at(position: number): T | undefined;
}

/**
 * All the rows, `all[i]` being the row of index i, in `order`, read through the order: nothing is
 * copied, so a sort of an unfiltered table costs nothing per row.
 */
export function throughOrder<T>(all: readonly T[], order: Int32Array): OrderedItems<T> {
  return { length: order.length, at: (position) => all[order[position]!] };
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
