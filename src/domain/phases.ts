/**
 * Phases of the programme, declared by the dataset (meta.json `phases`, in time order, not
 * overlapping): a code (the key of the phase's targets, e.g. "2021-2025"), names, and a start and
 * an end date on quarter boundaries. The default period is the phase that holds the latest data.
 */
import type { LocalText } from './indicators';

export interface Phase {
  code: string;
  /** "Giai đoạn 2021 - 2025" / "Phase 2021–2025". */
  name: LocalText;
  /** ISO dates: the first day of its first quarter, the last day of its last quarter. */
  start: string;
  end: string;
}

/** A phase code: letters, digits, ".", "_", "-", at most 40 (it appears in URLs and file names). */
export const PHASE_CODE_RE = /^[0-9A-Za-z._-]{1,40}$/;

type Span = Pick<Phase, 'start' | 'end'>;

const yearOf = (iso: string): number => Number(iso.slice(0, 4));
const monthOf = (iso: string): number => Number(iso.slice(5, 7));

/** Ordinal (year × 4 + quarter − 1) of the quarter that holds an ISO date. */
export const quarterOrdinalOfDate = (iso: string): number => yearOf(iso) * 4 + Math.floor((monthOf(iso) - 1) / 3);

/** First and last quarter ordinals of a phase. */
export const phaseOrdinals = (phase: Span): { first: number; last: number } => ({
  first: quarterOrdinalOfDate(phase.start),
  last: quarterOrdinalOfDate(phase.end),
});

/** First and last calendar years of a phase. */
export const phaseYears = (phase: Span): { first: number; last: number } => ({ first: yearOf(phase.start), last: yearOf(phase.end) });

/** The phase holding a quarter (by ordinal), if any. */
export function phaseHolding<P extends Span>(phases: readonly P[], ordinal: number): P | undefined {
  return phases.find((p) => {
    const { first, last } = phaseOrdinals(p);
    return ordinal >= first && ordinal <= last;
  });
}

/**
 * The default phase for data whose latest quarter is `lastOrdinal`: the phase holding it; when
 * none does (data after every phase, or between two), the latest phase started by then; when
 * none has started, the first one.
 */
export function defaultPhase<P extends Span>(phases: readonly P[], lastOrdinal: number): P | undefined {
  const holding = phaseHolding(phases, lastOrdinal);
  if (holding) return holding;
  const started = phases.filter((p) => phaseOrdinals(p).first <= lastOrdinal);
  return started[started.length - 1] ?? phases[0];
}
