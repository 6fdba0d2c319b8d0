/** Child marriage, consanguineous marriage and violence cases: fixed yearly totals spread over reported village-quarters. */

import { QUARTERS, quarterNumber, yearOf } from './periods';
import { daoMongShare, districtProfile } from './profiles';
import { rngFor, type Rng } from './prng';
import type { Traits } from './traits';
import { isUrban, type AreaClass, type Unit } from './units';
import type { Series } from './util';

export const OUTCOME_CODES = ['P8.O.1', 'P8.O.3', 'P8.O.4'] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** Province-wide counts reported per year (2025: first half only). */
export const OUTCOME_TOTALS: Readonly<Record<OutcomeCode, Readonly<Record<number, number>>>> = {
  'P8.O.1': { 2022: 76, 2023: 73, 2024: 70, 2025: 33 },
  'P8.O.3': { 2022: 5, 2023: 5, 2024: 3, 2025: 2 },
  'P8.O.4': { 2022: 27, 2023: 31, 2024: 29, 2025: 13 },
};

/** Province-wide 2021 baselines. */
export const OUTCOME_BASELINES: Readonly<Record<OutcomeCode, number>> = { 'P8.O.1': 79, 'P8.O.3': 6, 'P8.O.4': 30 };

const CLASS_FACTOR: Record<AreaClass, number> = { I: 0.6, II: 1, III: 1.3 };
const SEASON = [1.5, 0.9, 0.8, 1.1];

/** Relative yearly likelihood of an outcome in a village (before the season). */
export function outcomeWeight(code: OutcomeCode, village: Unit, commune: Unit, traits: Traits): number {
  const risk = districtProfile(village.district).risk;
  const dbkk = village.disadvantaged === true;
  const urban = isUrban(commune) ? 0.1 : 1;
  const cls = CLASS_FACTOR[commune.areaClass ?? 'I'];
  if (code === 'P8.O.1') return risk * (0.15 + 2.5 * daoMongShare(traits.mix)) * (dbkk ? 1.8 : 1) * cls * urban;
  if (code === 'P8.O.3') return risk * (0.05 + 3 * (traits.mix[4] ?? 0)) * (dbkk ? 1.5 : 1) * urban;
  return (0.6 + 0.4 * risk) * (dbkk ? 1.2 : 1) * (urban < 1 ? 0.8 : 1);
}

interface Cell {
  code: string;
  q: number;
  weight: number;
}

function drawCell(rng: Rng, cells: readonly Cell[], cumulative: readonly number[]): Cell {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const r = rng.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return cells[lo] as Cell;
}

export interface OutcomeContext {
  villages: readonly Unit[];
  communes: ReadonlyMap<string, Unit>;
  traits: ReadonlyMap<string, Traits>;
  reported: ReadonlyMap<string, Series>;
  /** unit code -> quarter indices that must keep zero outcomes (the seed case). */
  frozen: ReadonlyMap<string, readonly number[]>;
}

/** Spreads the yearly totals over present cells; a cell rarely gets a second case and never a third. */
export function allocateOutcomes(seed: string, ctx: OutcomeContext): void {
  for (const code of OUTCOME_CODES) {
    const rng = rngFor(seed, 'outcomes', code);
    for (const [yearText, total] of Object.entries(OUTCOME_TOTALS[code])) {
      const year = Number(yearText);
      const cells: Cell[] = [];
      for (const v of ctx.villages) {
        const commune = ctx.communes.get(v.commune);
        const traits = ctx.traits.get(v.code);
        const series = ctx.reported.get(v.code);
        if (!commune || !traits || !series) continue;
        const base = outcomeWeight(code, v, commune, traits);
        const frozen = ctx.frozen.get(v.code) ?? [];
        QUARTERS.forEach((quarter, q) => {
          const row = series[q];
          if (yearOf(quarter) !== year || !row || !row.has(code) || frozen.includes(q)) return;
          cells.push({ code: v.code, q, weight: base * (SEASON[quarterNumber(quarter) - 1] ?? 1) });
        });
      }
      const cumulative: number[] = [];
      let acc = 0;
      for (const c of cells) cumulative.push((acc += c.weight));
      for (let placed = 0, tries = 0; placed < total && tries < 10000; tries += 1) {
        const cell = drawCell(rng, cells, cumulative);
        const row = ctx.reported.get(cell.code)?.[cell.q];
        const current = row?.get(code) ?? 0;
        if (!row || current >= 2 || (current === 1 && !rng.chance(0.12))) continue;
        const pair = current === 0 && placed + 2 <= total && rng.chance(0.03);
        row.set(code, current + (pair ? 2 : 1));
        placed += pair ? 2 : 1;
      }
    }
  }
}

/** 2021 baselines per commune (summing exactly to the province figure), by multinomial draw on village weights. */
export function communeBaselines(seed: string, ctx: Pick<OutcomeContext, 'villages' | 'communes' | 'traits'>): Map<OutcomeCode, Map<string, number>> {
  const out = new Map<OutcomeCode, Map<string, number>>();
  for (const code of OUTCOME_CODES) {
    const rng = rngFor(seed, 'baseline', code);
    const weights = new Map<string, number>();
    for (const v of ctx.villages) {
      const commune = ctx.communes.get(v.commune);
      const traits = ctx.traits.get(v.code);
      if (!commune || !traits) continue;
      weights.set(commune.code, (weights.get(commune.code) ?? 0) + outcomeWeight(code, v, commune, traits));
    }
    const codes = [...ctx.communes.keys()];
    const w = codes.map((c) => weights.get(c) ?? 0);
    const counts = new Map<string, number>(codes.map((c) => [c, 0]));
    for (let i = 0; i < OUTCOME_BASELINES[code]; i += 1) {
      const c = codes[rng.weighted(w)] as string;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    out.set(code, counts);
  }
  return out;
}
