/**
 * Quarterly reports of the units after 1/7/2025 (2025Q3–2026Q3), continuing what their old units
 * reported: a stock carries on from its last value with small changes, a flow is drawn around the
 * old units' average of the last four quarters, slightly higher in the new phase. A few reports are
 * missing, more in the latest quarter.
 */
import type { Catalogue } from '../catalogue';
import { rngFor, type Rng } from '../prng';
import type { Row, Series } from '../util';
import type { NewUnit } from './units';

export const AFTER_QUARTERS: readonly string[] = ['2025Q3', '2025Q4', '2026Q1', '2026Q2', '2026Q3'];
const GROWTH = 1.05;
const MISSING = 0.025;
const MISSING_LATEST = 0.08;

/** A Poisson draw (Knuth) for small means, a rounded normal one for large ones. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k += 1;
  return k;
}

interface History {
  last: Map<string, number>;
  mean: Map<string, number>;
}

/** The old units' last reported value and recent quarterly average of each indicator, summed. */
function historyOf(olds: readonly string[], reported: ReadonlyMap<string, Series>, codes: readonly string[]): History {
  const last = new Map<string, number>();
  const mean = new Map<string, number>();
  for (const code of codes) {
    let lastSum = 0;
    let meanSum = 0;
    for (const old of olds) {
      const rows = (reported.get(old) ?? []).filter((r): r is Row => r !== null && r.has(code));
      lastSum += rows.at(-1)?.get(code) ?? 0;
      const recent = rows.slice(-4);
      meanSum += recent.length ? recent.reduce((acc, r) => acc + (r.get(code) ?? 0), 0) / recent.length : 0;
    }
    last.set(code, lastSum);
    mean.set(code, meanSum);
  }
  return { last, mean };
}

function nextStock(rng: Rng, previous: number): number {
  if (!rng.chance(0.12)) return previous;
  return Math.max(0, previous + (rng.chance(0.7) ? 1 : -1));
}

/** Keeps a team's members and the ĐBKK counts consistent with whether the village has a team. */
function tieVillageStocks(row: Row, unit: NewUnit): void {
  const team = Math.min(1, row.get('P8.1.1') ?? 0);
  if (row.has('P8.1.1')) row.set('P8.1.1', team);
  if (row.has('P8.1.2')) row.set('P8.1.2', team > 0 ? Math.max(5, row.get('P8.1.2') ?? 0) : 0);
  if (row.has('P8.C.0')) row.set('P8.C.0', unit.disadvantaged ? 1 : 0);
  if (row.has('P8.C.1')) row.set('P8.C.1', unit.disadvantaged && team > 0 ? 1 : 0);
}

/** A rate's numerator never exceeds its denominator in one report. */
function capNumerators(row: Row, catalogue: Catalogue): void {
  for (const ind of catalogue.indicators) {
    const { numerator, denominator } = ind as { numerator?: string; denominator?: string };
    if (ind.kind !== 'rate' || !numerator || !denominator || !row.has(numerator) || !row.has(denominator)) continue;
    row.set(numerator, Math.min(row.get(numerator) ?? 0, row.get(denominator) ?? 0));
  }
}

export function continueReports(seed: string, unit: NewUnit, codes: readonly string[], catalogue: Catalogue, reported: ReadonlyMap<string, Series>): Series {
  const history = historyOf(unit.from, reported, codes);
  const kinds = new Map(catalogue.indicators.map((i) => [i.code, i.kind]));
  const rng = rngFor(seed, 'after-reports', unit.code);
  const stock = new Map(history.last);
  return AFTER_QUARTERS.map((_, q) => {
    const row: Row = new Map();
    for (const code of codes) {
      if (kinds.get(code) === 'stock') {
        stock.set(code, nextStock(rng, stock.get(code) ?? 0));
        row.set(code, stock.get(code) ?? 0);
      } else row.set(code, poisson(rng, (history.mean.get(code) ?? 0) * GROWTH));
    }
    if (unit.kind === 'village') tieVillageStocks(row, unit);
    capNumerators(row, catalogue);
    const missing = rng.chance(q === AFTER_QUARTERS.length - 1 ? MISSING_LATEST : MISSING);
    return missing ? null : row;
  });
}
