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

/** Name order (then code) as a comparator over these rows, ranked once so sorting never re-collates. */
export function nameOrder<R extends { name: string; code: string }>(rows: readonly R[], compareText: TextCompare): (a: R, b: R) => number {
  const ranked = [...rows].sort((a, b) => compareText(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const rank = new Map(ranked.map((row, i) => [row, i]));
  return (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
}

/**
 * The order of the table's rows. With `keyOf` null the rows sort by name (descending is the exact
 * reverse). Otherwise by their key, rows without a value last in both directions; ties go by name,
 * ascending, so equal and hidden values never reorder by what they hide.
 */
export function sortRows<R>(rows: readonly R[], desc: boolean, keyOf: ((row: R) => SortKey | undefined) | null, byName: (a: R, b: R) => number): R[] {
  if (!keyOf) {
    const out = [...rows].sort(byName);
    return desc ? out.reverse() : out;
  }
  const sign = desc ? -1 : 1;
  const keyed = rows.map((row) => ({ row, key: keyOf(row) }));
  keyed.sort((a, b) => {
    const group = groupOf(a.key) - groupOf(b.key);
    if (group !== 0) return group;
    if (typeof a.key === 'number' && typeof b.key === 'number') return sign * compareNumbers(a.key, b.key) || byName(a.row, b.row);
    return byName(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}
