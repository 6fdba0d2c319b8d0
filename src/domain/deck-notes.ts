/**
 * What the notes slides of a deck show: the difficulties reported in the unit (and below) about
 * the period, newest first; the conclusions that concern the unit, its own or those of an
 * inspection held above it that visited it; and short excerpts of long texts for large type.
 */
import { byDate, filterNotes, type NoteLike } from './notes';
import type { PeriodSelection } from './periods';
import { overlapsSelection } from './report/period-scope';

export interface Shown<N> {
  items: N[];
  /** How many more there are than shown. */
  more: number;
}

/** Difficulties about months of the period, newest first, at most `max`. */
export function deckDifficulties<N extends NoteLike>(notes: readonly N[], period: PeriodSelection, max = 3): Shown<N> {
  const all = filterNotes(notes, { type: 'difficulty', period }).reverse();
  return { items: all.slice(0, max), more: Math.max(0, all.length - max) };
}

const visited = (note: NoteLike, unit: string) => note.inspection?.unitsInspected.includes(unit) ?? false;

/**
 * Conclusions about the period that concern a unit, newest first: those in its own notes (the
 * unit and below), and those above it issued after an inspection that visited it (same body,
 * same months, on or after the inspection).
 */
export function deckConclusions<N extends NoteLike>(own: readonly N[], above: readonly N[], unit: string, period: PeriodSelection): N[] {
  const inPeriod = (n: N) => overlapsSelection(n.periodFrom, n.periodTo, period);
  const found = new Map<string, N>();
  for (const n of own) if (n.type === 'conclusion' && inPeriod(n)) found.set(n.id, n);
  const inspections = above.filter((n) => n.type === 'inspection' && visited(n, unit) && inPeriod(n));
  for (const inspection of inspections) {
    for (const n of above) {
      if (
        n.type === 'conclusion' &&
        n.unit === inspection.unit &&
        n.date >= inspection.date &&
        n.periodFrom === inspection.periodFrom &&
        n.periodTo === inspection.periodTo
      ) {
        found.set(n.id, n);
      }
    }
  }
  return [...found.values()].sort(byDate).reverse();
}

/** The first paragraphs of a text up to about `max` characters, cut at a word with "…". */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}
