/** Small helpers shared by the generator modules. */

/** Code-point order, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** One reported row: indicator code -> value (budget indicators in tenths). An absent key is an empty cell. */
export type Row = Map<string, number>;

/** Rows of one unit, one per quarter index; null = not reported. */
export type Series = (Row | null)[];
