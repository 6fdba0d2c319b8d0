/**
 * Series published at a coarser grain than the quarter (sensitive indicators: by year and for the
 * whole phase, see docs/suppression.md). A selection is answered only from the published totals:
 * one that covers it exactly, or whole years that tile it; anything else cannot be answered and
 * is never estimated.
 */
import { sumCells, type Cell } from './aggregate';
import type { IndicatorKind } from './indicators';

export interface PeriodTotal {
  /** "2023" for a calendar year, "phase" for the whole phase (the keys of targets). */
  key: string;
  /** First and last quarter of the span, as positions on the quarter axis. */
  from: number;
  to: number;
  value: Cell;
  /** dimension → category → value over the span. */
  breakdown?: Readonly<Record<string, Readonly<Record<string, Cell>>>> | undefined;
}

/**
 * The cell of a selection (quarter positions `indices`) read from published totals, or undefined
 * when the totals cannot answer it. `pick` chooses what to read from a total (default: its value).
 * Flows and person-times: a total whose span is exactly the selection, else the shortest totals
 * that tile it, added up. Stocks: a total that ends where the selection ends.
 */
export function cellFromTotals(
  kind: Exclude<IndicatorKind, 'rate'>,
  totals: readonly PeriodTotal[],
  indices: readonly number[],
  pick: (total: PeriodTotal) => Cell = (t) => t.value,
): Cell | undefined {
  if (indices.length === 0) return null;
  const wanted = new Set(indices);
  const last = Math.max(...indices);
  if (kind === 'stock') {
    const end = totals.find((t) => t.to === last);
    return end ? pick(end) : undefined;
  }
  const covers = (t: PeriodTotal) => {
    for (let i = t.from; i <= t.to; i++) if (!wanted.has(i)) return false;
    return true;
  };
  const exact = totals.find((t) => covers(t) && t.to - t.from + 1 === wanted.size);
  if (exact) return pick(exact);
  const shortestFirst = [...totals].sort((a, b) => a.to - a.from - (b.to - b.from));
  const used: PeriodTotal[] = [];
  for (const i of [...wanted].sort((a, b) => a - b)) {
    if (used.some((t) => i >= t.from && i <= t.to)) continue;
    const tile = shortestFirst.find((t) => i >= t.from && i <= t.to && covers(t));
    if (!tile || used.some((t) => t.from <= tile.to && tile.from <= t.to)) return undefined;
    used.push(tile);
  }
  return sumCells(used.map(pick));
}
