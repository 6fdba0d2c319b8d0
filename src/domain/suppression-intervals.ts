/**
 * The interval audit of a suppressed table (docs/suppression.md). A reader who knows every
 * published cell, every published relation "total = Σ parts" and what the mark on a hidden cell
 * says (the neutral "x": only that a count is ≥ 0) can narrow each hidden cell to an interval:
 * its minimum and maximum over every table that agrees with what is published. A hidden cell is
 * protected when that interval is at least `threshold` wide (the protection interval of
 * τ-ARGUS): a reader cannot tell a small count from 0 or from a count of `threshold` or more.
 *
 * The bounds are those of the linear relaxation (a reader with a linear-programming solver), found
 * per connected group of hidden cells by the simplex of simplex.ts. Every vertex the simplex visits
 * is a table that agrees with what is published, so a width it reports as reached is witnessed,
 * not estimated; the width of a violation is the exact optimum.
 */
import { BoundedLp } from './simplex';
import { hiddenGroups, type Relation } from './suppression-audit';

export interface Interval {
  lo: number;
  /** Infinity when nothing bounds the cell from above. */
  hi: number;
}

/** What a reader knows. */
export interface ReaderView {
  /** The cells a reader does not see: hidden ones, and any that a relation uses but nothing publishes. */
  unknown: ReadonlySet<string>;
  /** The published value of a known cell (not reported counts as 0 in a sum). */
  known: (id: string) => number;
  /** What the mark on an unknown cell tells; by default the neutral mark: a count, ≥ 0. */
  bounds?: (id: string) => Interval;
}

export const NEUTRAL_MARK = (): Interval => ({ lo: 0, hi: Infinity });

/** Results per group of hidden cells, reusable while the group is unchanged (its cells list is the key). */
export type IntervalCache = Map<string, Map<string, Interval>>;

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v);

/**
 * The feasible interval of every unknown cell that a relation uses. With `enough`, a cell's search
 * stops once it has witnessed that width: the interval returned then lies inside the feasible one
 * and is at least `enough` wide; a cell narrower than `enough` always gets its exact interval.
 */
export function feasibleIntervals(
  view: ReaderView,
  relations: readonly Relation[],
  options: { enough?: number; cache?: IntervalCache } = {},
): Map<string, Interval> {
  const bounds = view.bounds ?? NEUTRAL_MARK;
  const out = new Map<string, Interval>();
  for (const group of hiddenGroups(view.unknown, relations)) {
    const cells = [...new Set(group.flatMap((r) => [r.total, ...r.parts]).filter((id) => view.unknown.has(id)))].sort();
    const key = cells.join('\n');
    const cached = options.cache?.get(key);
    const result = cached ?? groupIntervals(cells, group, view, bounds, options.enough);
    options.cache?.set(key, result);
    for (const [id, interval] of result) out.set(id, interval);
  }
  return out;
}

/** Unknown cells whose feasible interval is narrower than `threshold`, with their exact intervals. */
export function intervalViolations(view: ReaderView, relations: readonly Relation[], threshold: number, cache?: IntervalCache): Map<string, Interval> {
  const out = new Map<string, Interval>();
  for (const [id, interval] of feasibleIntervals(view, relations, { enough: threshold, cache })) {
    if (interval.hi - interval.lo < threshold - 1e-6) out.set(id, interval);
  }
  return out;
}

function groupIntervals(
  cells: readonly string[],
  relations: readonly Relation[],
  view: ReaderView,
  bounds: (id: string) => Interval,
  enough?: number,
): Map<string, Interval> {
  const col = new Map(cells.map((id, j) => [id, j]));
  const lower = cells.map((id) => bounds(id).lo);
  // Each relation as Σ coef·x = rhs over the unknown cells, with x = lower + y and y ≥ 0.
  const a: number[][] = [];
  const b: number[] = [];
  for (const r of relations) {
    const row = new Array<number>(cells.length).fill(0);
    let rhs = 0;
    for (const [id, coef] of [[r.total, 1] as const, ...r.parts.map((p) => [p, -1] as const)]) {
      const j = col.get(id);
      if (j === undefined) rhs -= coef * view.known(id);
      else {
        row[j]! += coef;
        rhs -= coef * lower[j]!;
      }
    }
    a.push(row);
    b.push(rhs);
  }
  const lp = new BoundedLp(
    a,
    b,
    cells.map((id, j) => bounds(id).hi - lower[j]!),
  );
  const out = new Map<string, Interval>();
  cells.forEach((id, j) => {
    const shift = (lo: number, hi: number) => out.set(id, { lo: round(lo + lower[j]!), hi: round(hi + lower[j]!) });
    if (enough === undefined) {
      const hi = lp.optimise(j, 'max');
      shift(lp.optimise(j, 'min'), hi);
      return;
    }
    // Every vertex visited is a feasible table: the extreme values witnessed so far are often wide enough.
    const wide = () => lp.seenMax[j]! - lp.seenMin[j]! >= enough;
    if (!wide() && lp.optimise(j, 'max', lp.seenMin[j]! + enough) === Infinity) return shift(lp.seenMin[j]!, Infinity);
    if (!wide()) lp.optimise(j, 'min', lp.seenMax[j]! - enough);
    shift(lp.seenMin[j]!, lp.seenMax[j]!);
  });
  return out;
}
