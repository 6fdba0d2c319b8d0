/**
 * What a report's period covers: the months the user asked for (notes are matched on those), the
 * quarters the figures come from, and the years whose annual targets apply (the comparison itself
 * is src/domain/target-comparison.ts).
 */
import { selectionIndices, type PeriodSelection } from '../periods';

/** Months counted from year 0 (January 2023 = 2023 × 12). */
export const monthOrdinal = (year: number, month: number): number => year * 12 + month - 1;

/** "2023-05" → month ordinal; NaN when malformed. */
export function monthOrdinalOf(yearMonth: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  return m ? monthOrdinal(Number(m[1]), Number(m[2])) : Number.NaN;
}

/** The months a selection names, not snapped to quarters (a note for 5/2023 belongs to "1/2022 – 5/2023"). */
export function selectionMonths(sel: PeriodSelection): { from: number; to: number } {
  switch (sel.kind) {
    case 'quarter':
      return { from: monthOrdinal(sel.year, sel.quarter * 3 - 2), to: monthOrdinal(sel.year, sel.quarter * 3) };
    case 'half':
      return { from: monthOrdinal(sel.year, sel.half * 6 - 5), to: monthOrdinal(sel.year, sel.half * 6) };
    case 'year':
      return { from: monthOrdinal(sel.year, 1), to: monthOrdinal(sel.year, 12) };
    case 'phase':
      // An unresolved phase names no month.
      return sel.phase ? { from: monthOrdinalOf(sel.phase.start.slice(0, 7)), to: monthOrdinalOf(sel.phase.end.slice(0, 7)) } : { from: 0, to: -1 };
    case 'range':
      return { from: monthOrdinal(sel.from.year, sel.from.month), to: monthOrdinal(sel.to.year, sel.to.month) };
  }
}

/** True when a note's period (YYYY-MM to YYYY-MM) shares at least one month with the selection. */
export function overlapsSelection(periodFrom: string, periodTo: string, sel: PeriodSelection): boolean {
  const { from, to } = selectionMonths(sel);
  const a = monthOrdinalOf(periodFrom);
  const b = monthOrdinalOf(periodTo);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return a <= to && b >= from;
}

/** Last day of the selection, as an ISO date; never later than the data date. */
export function selectionEndIso(sel: PeriodSelection, dataDate: string): string {
  const last = selectionMonths(sel).to;
  const year = Math.floor(last / 12);
  const month = (last % 12) + 1;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso < dataDate ? iso : dataDate;
}

/** Calendar years of the quarters with data that the selection covers. */
export function yearsCovered(sel: PeriodSelection, axis: readonly string[]): number[] {
  const years = new Set<number>();
  for (const i of selectionIndices(sel, axis)) years.add(Number(axis[i]?.slice(0, 4)));
  return [...years].filter(Number.isFinite).sort((a, b) => a - b);
}

/** First and last quarter keys with data that the selection covers. */
export function quartersCovered(sel: PeriodSelection, axis: readonly string[]): { first: string; last: string } | null {
  const indices = selectionIndices(sel, axis);
  const first = axis[indices[0] ?? -1];
  const last = axis[indices[indices.length - 1] ?? -1];
  return first && last ? { first, last } : null;
}

type Targets = Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;

/** Years of the selection (with data) for which the unit has no annual target at all (hidden ones count as set). */
export function yearsWithoutTargets(
  targets: Targets,
  sel: PeriodSelection,
  axis: readonly string[],
  hidden: Readonly<Record<string, readonly string[] | undefined>> = {},
): number[] {
  const keys = new Set<string>();
  for (const byKey of Object.values(targets)) for (const key of Object.keys(byKey ?? {})) keys.add(key);
  for (const hiddenKeys of Object.values(hidden)) for (const key of hiddenKeys ?? []) keys.add(key);
  return yearsCovered(sel, axis).filter((y) => !keys.has(String(y)));
}

/** ISO date plus n days (calendar arithmetic, no time zones). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** 31 December of the date's year. */
export const endOfYear = (iso: string): string => `${iso.slice(0, 4)}-12-31`;
