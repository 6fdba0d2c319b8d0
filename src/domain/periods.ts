/**
 * Periods. Data arrives per quarter ("2023Q2"); users pick a quarter, a half-year, a year,
 * a phase the dataset declares or a month range. Every selection maps to the list of quarters it covers.
 */
import { defaultPhase, PHASE_CODE_RE, phaseHolding, phaseOrdinals, type Phase } from './phases';

export type QuarterKey = `${number}Q${1 | 2 | 3 | 4}`;

export type PeriodSelection =
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number }
  /**
   * A declared phase: `code` as in the URL (absent: the default phase, the one holding the latest
   * data); `phase` once resolved against the dataset's phases (resolvePeriod). An unresolved phase
   * covers no quarter.
   */
  | { kind: 'phase'; code?: string | undefined; phase?: Phase | undefined }
  | { kind: 'range'; from: YearMonth; to: YearMonth };

export interface YearMonth {
  year: number;
  month: number;
}

const QUARTER_RE = /^(\d{4})Q([1-4])$/;

export function isQuarterKey(value: string): value is QuarterKey {
  return QUARTER_RE.test(value);
}

export function quarterKey(year: number, quarter: number): QuarterKey {
  return `${year}Q${quarter}` as QuarterKey;
}

export function parseQuarterKey(key: string): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const m = QUARTER_RE.exec(key);
  if (!m) return null;
  return { year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/** Quarters counted from year 0: makes ranges and ordering simple integer arithmetic. */
export function quarterOrdinal(key: QuarterKey): number {
  const q = parseQuarterKey(key);
  if (!q) throw new Error(`Not a quarter key: ${key}`);
  return q.year * 4 + (q.quarter - 1);
}

export function quarterFromOrdinal(ordinal: number): QuarterKey {
  return quarterKey(Math.floor(ordinal / 4), (ordinal % 4) + 1);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** ISO date of a quarter's first day, from its ordinal. */
export const quarterStartDate = (ordinal: number): string => `${Math.floor(ordinal / 4)}-${pad2((ordinal % 4) * 3 + 1)}-01`;

/** ISO date of a quarter's last day, from its ordinal. */
export function quarterEndDate(ordinal: number): string {
  const year = Math.floor(ordinal / 4);
  const month = (ordinal % 4) * 3 + 3;
  return `${year}-${pad2(month)}-${month === 3 || month === 12 ? 31 : 30}`;
}

export function quartersBetween(first: QuarterKey, last: QuarterKey): QuarterKey[] {
  const out: QuarterKey[] = [];
  for (let o = quarterOrdinal(first); o <= quarterOrdinal(last); o++) out.push(quarterFromOrdinal(o));
  return out;
}

export function quarterOfMonth(month: number): 1 | 2 | 3 | 4 {
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** First and last quarter ordinals covered by a selection (a month range snaps outward to whole quarters). */
export function selectionOrdinals(sel: PeriodSelection): { first: number; last: number } {
  switch (sel.kind) {
    case 'quarter': {
      const o = sel.year * 4 + sel.quarter - 1;
      return { first: o, last: o };
    }
    case 'half':
      return { first: sel.year * 4 + (sel.half - 1) * 2, last: sel.year * 4 + (sel.half - 1) * 2 + 1 };
    case 'year':
      return { first: sel.year * 4, last: sel.year * 4 + 3 };
    case 'phase':
      return sel.phase ? phaseOrdinals(sel.phase) : { first: 0, last: -1 };
    case 'range':
      return {
        first: sel.from.year * 4 + quarterOfMonth(sel.from.month) - 1,
        last: sel.to.year * 4 + quarterOfMonth(sel.to.month) - 1,
      };
  }
}

/** True when a month range does not start and end on quarter boundaries, so the figures cover more months. */
export function isSnappedRange(sel: PeriodSelection): boolean {
  if (sel.kind !== 'range') return false;
  return (sel.from.month - 1) % 3 !== 0 || sel.to.month % 3 !== 0;
}

/** Months a snapped range adds at each end, as { year, first month, last month } spans (empty when none). */
export function addedMonths(sel: PeriodSelection): { year: number; from: number; to: number }[] {
  if (sel.kind !== 'range') return [];
  const out: { year: number; from: number; to: number }[] = [];
  const startMonth = (quarterOfMonth(sel.from.month) - 1) * 3 + 1;
  if (sel.from.month > startMonth) out.push({ year: sel.from.year, from: startMonth, to: sel.from.month - 1 });
  const endMonth = quarterOfMonth(sel.to.month) * 3;
  if (sel.to.month < endMonth) out.push({ year: sel.to.year, from: sel.to.month + 1, to: endMonth });
  return out;
}

/**
 * The positions, in a quarter axis, of the quarters a selection covers. Quarters outside the
 * axis (before the data starts or after the data date) are left out.
 */
export function selectionIndices(sel: PeriodSelection, axis: readonly string[]): number[] {
  const { first, last } = selectionOrdinals(sel);
  const out: number[] = [];
  axis.forEach((key, i) => {
    const o = quarterOrdinal(key as QuarterKey);
    if (o >= first && o <= last) out.push(i);
  });
  return out;
}

/** The period of the same length immediately before, for comparisons. */
export function previousSelection(sel: PeriodSelection): PeriodSelection | null {
  switch (sel.kind) {
    case 'quarter':
      return sel.quarter === 1
        ? { kind: 'quarter', year: sel.year - 1, quarter: 4 }
        : { kind: 'quarter', year: sel.year, quarter: (sel.quarter - 1) as 1 | 2 | 3 };
    case 'half':
      return sel.half === 1 ? { kind: 'half', year: sel.year - 1, half: 2 } : { kind: 'half', year: sel.year, half: 1 };
    case 'year':
      return { kind: 'year', year: sel.year - 1 };
    case 'phase':
      return null;
    case 'range': {
      const fromIdx = sel.from.year * 12 + sel.from.month - 1;
      const toIdx = sel.to.year * 12 + sel.to.month - 1;
      const len = toIdx - fromIdx + 1;
      const prevTo = fromIdx - 1;
      const prevFrom = prevTo - len + 1;
      return {
        kind: 'range',
        from: { year: Math.floor(prevFrom / 12), month: (prevFrom % 12) + 1 },
        to: { year: Math.floor(prevTo / 12), month: (prevTo % 12) + 1 },
      };
    }
  }
}

const lastOrdinalOf = (axis: readonly string[]): number => {
  const last = axis[axis.length - 1];
  return last === undefined ? Number.NEGATIVE_INFINITY : quarterOrdinal(last as QuarterKey);
};

/**
 * A phase selection resolved against the dataset's phases and its quarter axis: the phase named
 * by its code, else the default phase (the one holding the latest data; an unknown code falls
 * back to it). Other selections are returned as they are.
 */
export function resolvePeriod(sel: PeriodSelection, phases: readonly Phase[], axis: readonly string[]): PeriodSelection {
  if (sel.kind !== 'phase') return sel;
  const phase = resolvedPhase(sel, phases, axis);
  return phase?.code === sel.code ? { kind: 'phase', code: sel.code, phase } : { kind: 'phase', phase };
}

function resolvedPhase(sel: { code?: string | undefined }, phases: readonly Phase[], axis: readonly string[]): Phase | undefined {
  return (sel.code === undefined ? undefined : phases.find((p) => p.code === sel.code)) ?? defaultPhaseFor(phases, axis);
}

/** The default phase of a dataset: the one holding the last quarter of its axis (see defaultPhase). */
export const defaultPhaseFor = (phases: readonly Phase[], axis: readonly string[]): Phase | undefined => defaultPhase(phases, lastOrdinalOf(axis));

/**
 * The phase whose targets a selection is measured against (progress, "expected by now"): the
 * selected phase; otherwise the phase holding the selection's last quarter with data; otherwise
 * the default phase.
 */
export function phaseOfSelection(sel: PeriodSelection, phases: readonly Phase[], axis: readonly string[]): Phase | undefined {
  if (sel.kind === 'phase') return sel.phase ?? resolvedPhase(sel, phases, axis);
  const last = Math.min(selectionOrdinals(sel).last, lastOrdinalOf(axis));
  return phaseHolding(phases, last) ?? defaultPhaseFor(phases, axis);
}

/** Compact, URL-safe form: 2023Q2, 2023H1, 2023, phase (the default phase), phase-2026-2030, 2022-01_2023-05. */
export function serializeSelection(sel: PeriodSelection): string {
  switch (sel.kind) {
    case 'quarter':
      return `${sel.year}Q${sel.quarter}`;
    case 'half':
      return `${sel.year}H${sel.half}`;
    case 'year':
      return String(sel.year);
    case 'phase':
      return sel.code === undefined ? 'phase' : `phase-${sel.code}`;
    case 'range':
      return `${sel.from.year}-${pad2(sel.from.month)}_${sel.to.year}-${pad2(sel.to.month)}`;
  }
}

const PHASE_RE = new RegExp(`^phase-(${PHASE_CODE_RE.source.slice(1, -1)})$`);
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const validYear = (y: number) => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;

export function parseSelection(text: string): PeriodSelection | null {
  if (text === 'phase') return { kind: 'phase' };
  const phase = PHASE_RE.exec(text);
  if (phase) return { kind: 'phase', code: phase[1]! };
  let m = /^(\d{4})Q([1-4])$/.exec(text);
  if (m) return validYear(Number(m[1])) ? { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 } : null;
  m = /^(\d{4})H([12])$/.exec(text);
  if (m) return validYear(Number(m[1])) ? { kind: 'half', year: Number(m[1]), half: Number(m[2]) as 1 | 2 } : null;
  m = /^(\d{4})$/.exec(text);
  if (m) return validYear(Number(m[1])) ? { kind: 'year', year: Number(m[1]) } : null;
  m = /^(\d{4})-(\d{2})_(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const from = { year: Number(m[1]), month: Number(m[2]) };
    const to = { year: Number(m[3]), month: Number(m[4]) };
    const okMonth = (x: YearMonth) => validYear(x.year) && x.month >= 1 && x.month <= 12;
    if (!okMonth(from) || !okMonth(to)) return null;
    if (from.year * 12 + from.month > to.year * 12 + to.month) return null;
    return { kind: 'range', from, to };
  }
  return null;
}
