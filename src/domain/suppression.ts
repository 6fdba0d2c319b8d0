/**
 * Small-number suppression for sensitive indicators (docs/suppression.md). Runs at
 * compile time, so hidden values never reach the browser:
 * - not published below the commune kind of level, whatever the depth of the hierarchy;
 * - primary: a count from 1 to threshold − 1 is hidden; 0 stays 0; every hidden cell carries the
 *   same neutral mark ("x"), which says nothing about its value;
 * - secondary: within every published relation "total = sum of parts" (siblings and their
 *   parent, the categories of a disaggregation and their total, the years and the phase) more
 *   cells are hidden until no hidden cell can be solved for, iterated to a fixed point across
 *   levels and periods and checked by an exact linear audit and an interval audit.
 */
import { SUPPRESSED, type Cell } from './aggregate';
import type { Indicator } from './indicators';
import { isAtOrAboveKind, type LevelDef, type LevelKind } from './levels';
import { linearlyDetermined, type Relation } from './suppression-audit';
import { intervalViolations, type IntervalCache, type ReaderView } from './suppression-intervals';

export interface SuppressionRules {
  /** Counts 1 … threshold − 1 are withheld; no hidden cell may be narrowed to a range narrower than this. */
  threshold: number;
  /** Lowest kind of level at which sensitive indicators are published. */
  floorKind: LevelKind;
  /** Lowest kind of level at which a sensitive indicator may carry more than one disaggregation. */
  crossTabFloorKind: LevelKind;
}

export const SUPPRESSION_RULES: SuppressionRules = { threshold: 5, floorKind: 'commune', crossTabFloorKind: 'district' };

type Levels = readonly Pick<LevelDef, 'kind'>[];

/** May sensitive indicators be published for a unit at depth `level`? */
export function isPublishedAtLevel(levels: Levels, level: number, rules: SuppressionRules = SUPPRESSION_RULES): boolean {
  return isAtOrAboveKind(levels, level, rules.floorKind);
}

/** A count that primary suppression hides: 1 … threshold − 1 (0 and missing stay as they are). */
export function isSmallCount(value: number | null, rules: Pick<SuppressionRules, 'threshold'> = SUPPRESSION_RULES): boolean {
  return value !== null && value > 0 && value < rules.threshold;
}

export function suppressSmall(cell: Cell, rules: SuppressionRules = SUPPRESSION_RULES): Cell {
  return typeof cell === 'number' && isSmallCount(cell, rules) ? SUPPRESSED : cell;
}

/**
 * The disaggregations a unit may publish for an indicator. Below `crossTabFloorKind` a sensitive
 * indicator keeps at most one (the first listed): two breakdowns of the same small total
 * (sex and ethnicity, say) combine almost like a cross-tabulation and can single a person out.
 */
export function publishedDimensions(
  indicator: Pick<Indicator, 'sensitive' | 'disaggregations'>,
  levels: Levels,
  level: number,
  rules: SuppressionRules = SUPPRESSION_RULES,
): string[] {
  if (!indicator.sensitive) return [...indicator.disaggregations];
  if (!isPublishedAtLevel(levels, level, rules)) return [];
  return isAtOrAboveKind(levels, level, rules.crossTabFloorKind) ? [...indicator.disaggregations] : indicator.disaggregations.slice(0, 1);
}

/**
 * The number a text may quote for a published cell: the value, or null when it is hidden or
 * missing. Text generated from figures (notes, reports) must go through this, never around it.
 */
export function publishedValue(cell: Cell | undefined): number | null {
  return typeof cell === 'number' ? cell : null;
}

/** Cell id → value; null means not reported (known, adds nothing to a total). */
export type TableValues = ReadonlyMap<string, number | null>;

export interface SuppressionResult {
  /** Every hidden cell (primary and secondary). */
  hidden: Set<string>;
  /** Cells hidden because they are small counts themselves. */
  primary: Set<string>;
}

const value = (values: TableValues, id: string): number => values.get(id) ?? 0;

/**
 * Whether a relation lets a reader learn something about its hidden cells:
 * - total published, hidden parts: one hidden part is solvable, and the hidden parts together
 *   (total − published parts) must not be a small count or zero;
 * - total hidden, no hidden part: the total is the sum of the parts.
 */
export function relationLeaks(relation: Relation, hidden: ReadonlySet<string>, values: TableValues, rules: SuppressionRules): boolean {
  const hiddenParts = relation.parts.filter((p) => hidden.has(p));
  if (hidden.has(relation.total)) return hiddenParts.length === 0;
  if (hiddenParts.length === 0) return false;
  const hiddenSum = hiddenParts.reduce((s, p) => s + value(values, p), 0);
  return hiddenParts.length < 2 || hiddenSum < rules.threshold;
}

/**
 * The next cell to hide in a relation that leaks: the smallest published non-zero part, else the
 * total, else a published zero part. Ties go to the lower id, so the result is reproducible.
 */
function nextToHide(relation: Relation, hidden: ReadonlySet<string>, values: TableValues): string | null {
  const open = (id: string) => !hidden.has(id) && values.get(id) !== null && values.has(id);
  const byValue = (a: string, b: string) => value(values, a) - value(values, b) || (a < b ? -1 : a > b ? 1 : 0);
  const nonZero = relation.parts.filter((p) => open(p) && value(values, p) !== 0).sort(byValue);
  if (nonZero[0] !== undefined) return nonZero[0];
  if (open(relation.total)) return relation.total;
  return relation.parts.filter(open).sort(byValue)[0] ?? null;
}

/**
 * Primary and secondary suppression of one table. Every relation is brought to a state where it
 * reveals nothing (see relationLeaks), re-checking the relations of each newly hidden cell until
 * a fixed point; then two audits look for hidden cells that combinations of relations still
 * expose: the exact linear one (a cell determined), then the interval one (a cell whose feasible
 * range, counts being ≥ 0, is narrower than the threshold). Each time one is found, one more cell
 * next to it is hidden and everything starts again; hiding only ever widens the ranges, so it ends.
 */
export function suppressTable(
  values: TableValues,
  relations: readonly Relation[],
  rules: SuppressionRules = SUPPRESSION_RULES,
  /** Cells that are never published whatever their value (e.g. a breakdown kept off a level). */
  alwaysHidden: Iterable<string> = [],
): SuppressionResult {
  const primary = new Set([...values].filter(([, v]) => isSmallCount(v, rules)).map(([id]) => id));
  const hidden = new Set([...primary, ...alwaysHidden]);
  const byCell = new Map<string, number[]>();
  relations.forEach((r, i) => {
    for (const id of [r.total, ...r.parts]) byCell.set(id, [...(byCell.get(id) ?? []), i]);
  });
  const intervals: IntervalCache = new Map();
  // The reader of the neutral mark knows a hidden count is ≥ 0. A remainder computed from inconsistent
  // input can be negative: its own value is then its lower bound, so the truth always stays feasible.
  const reader: ReaderView = { unknown: hidden, known: (id) => value(values, id), bounds: (id) => ({ lo: Math.min(0, value(values, id)), hi: Infinity }) };
  const hide = (id: string, queue: number[]) => {
    hidden.add(id);
    queue.push(...(byCell.get(id) ?? []));
  };

  for (let round = 0; ; round++) {
    const queue = relations.map((_, i) => i);
    for (let head = 0; head < queue.length; head++) {
      const relation = relations[queue[head]!]!;
      while (relationLeaks(relation, hidden, values, rules)) {
        const next = nextToHide(relation, hidden, values);
        if (next === null) break;
        hide(next, queue);
      }
    }
    const exposed = [...linearlyDetermined(hidden, relations)].sort();
    if (exposed.length === 0) exposed.push(...[...intervalViolations(reader, relations, rules.threshold, intervals).keys()].sort());
    if (exposed.length === 0) return { hidden, primary };
    const next = widen(exposed[0]!, relations, byCell, hidden, values);
    if (next === null || round > values.size) throw new Error(`suppression cannot protect cell ${exposed[0]}`);
    hide(next, []);
  }
}

/** A cell to hide so that a determined cell gets one more unknown: nearest relations first. */
function widen(
  cell: string,
  relations: readonly Relation[],
  byCell: ReadonlyMap<string, number[]>,
  hidden: ReadonlySet<string>,
  values: TableValues,
): string | null {
  const seen = new Set<number>();
  let frontier = [cell];
  while (frontier.length > 0) {
    const rels = frontier.flatMap((id) => byCell.get(id) ?? []).filter((i) => !seen.has(i));
    rels.forEach((i) => seen.add(i));
    const candidates = rels.map((i) => nextToHide(relations[i]!, hidden, values)).filter((id): id is string => id !== null);
    candidates.sort((a, b) => value(values, a) - value(values, b) || (a < b ? -1 : 1));
    if (candidates[0] !== undefined) return candidates[0];
    frontier = rels.flatMap((i) => [relations[i]!.total, ...relations[i]!.parts]).filter((id) => hidden.has(id));
  }
  return null;
}

/** The published form of a table cell: its value, or "suppressed" when hidden. */
export function publishedCell(values: TableValues, hidden: ReadonlySet<string>, id: string): Cell {
  if (hidden.has(id)) return SUPPRESSED;
  return values.get(id) ?? null;
}
