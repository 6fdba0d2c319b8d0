/** The reporting quarters of the demo data set and small helpers around them. */

export const FIRST_YEAR = 2022;
export const LAST_YEAR = 2025;

export const QUARTERS: readonly string[] = (() => {
  const out: string[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y += 1) {
    for (let q = 1; q <= 4; q += 1) {
      if (y === LAST_YEAR && q > 2) break;
      out.push(`${y}Q${q}`);
    }
  }
  return out;
})();

export const YEARS: readonly number[] = [2022, 2023, 2024, 2025];

export function yearOf(quarter: string): number {
  return Number(quarter.slice(0, 4));
}

/** 1..4 */
export function quarterNumber(quarter: string): number {
  return Number(quarter.slice(5));
}

/** Index of a quarter in QUARTERS, or -1. */
export function quarterIndex(quarter: string): number {
  return QUARTERS.indexOf(quarter);
}

export function quartersOfYear(year: number): number[] {
  const out: number[] = [];
  QUARTERS.forEach((q, i) => {
    if (yearOf(q) === year) out.push(i);
  });
  return out;
}

/** Index of the last quarter of a year present in the data (Q4, or Q2 for 2025). */
export function lastQuarterIndexOfYear(year: number): number {
  const qs = quartersOfYear(year);
  return qs[qs.length - 1] ?? -1;
}
