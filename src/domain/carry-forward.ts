/**
 * A stock when a unit's report is missing (docs/data-format.md, `carryForward`): the unit's last
 * report stands for at most `limit` quarters after it ("last value", as DHIS2 calls it, bounded so
 * that a team gone silent for a year is not counted for ever). Only reporting units carry; a parent
 * adds its units' values, reported and carried alike, and says how many were carried.
 */
import type { Series } from './aggregate';

/** Where each quarter's value comes from: its own report, an earlier quarter's, or none (null). */
export function carrySources(values: readonly (number | null)[], limit: number): (number | null)[] {
  let last: number | null = null;
  return values.map((v, q) => {
    if (v !== null) return (last = q);
    return last !== null && q - last <= limit ? last : null;
  });
}

/** A reporting unit's series with its last report carried forward: `reported` keeps counting real reports, `carried` the others. */
export function carriedLeafSeries(values: readonly (number | null)[], limit: number): Series {
  const sources = carrySources(values, limit);
  return {
    values: sources.map((s) => (s === null ? null : values[s]!)),
    reported: values.map((v) => (v === null ? 0 : 1)),
    carried: sources.map((s, q) => (s !== null && s !== q ? 1 : 0)),
    expected: 1,
  };
}

/** Cells of a breakdown moved with the total: a carried quarter takes the categories of the quarter it came from. */
export function carryCells<T>(cells: readonly T[], sources: readonly (number | null)[], none: T): T[] {
  return sources.map((s, q) => (s === null ? (cells[q] ?? none) : (cells[s] ?? none)));
}
