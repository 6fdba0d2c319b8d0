/** Commune-level activities and budget, quarter by quarter. */

import { QUARTERS, YEARS, quarterNumber } from './periods';
import { CITY, type DistrictProfile } from './profiles';
import { rngFor, type Rng } from './prng';
import type { Unit } from './units';
import { clamp, type Row, type Series } from './util';

export interface CommuneTruth {
  rows: Row[];
  /** Planned allocation per year in tenths of triệu đồng (2025 includes the second half, beyond the data). */
  annualAllocation: Map<number, number>;
  /** Share of girls among club members. */
  clubFemaleShare: number;
}

/** Quarter indices at which `count` things are set up. */
function setups(rng: Rng, count: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) out.push(rng.int(from, to));
  return out;
}

function stockAt(setupQuarters: readonly number[], q: number): number {
  return setupQuarters.filter((s) => s <= q).length;
}

function tenths(rng: Rng, trieu: number): number {
  return rng.chance(0.3) ? Math.round(trieu * 10) : Math.round(trieu) * 10;
}

/** Annual allocation (tenths) and how it falls into quarters 1..4 of each year. */
function budgetPlan(rng: Rng, commune: Unit, villages: readonly Unit[]): { annual: Map<number, number>; byQuarter: Map<string, number> } {
  const dbkk = villages.filter((v) => v.disadvantaged).length;
  let base = 30 + 6 * villages.length + 10 * dbkk + rng.int(-15, 15);
  if (commune.areaClass === 'III') base *= 1.1;
  if (commune.district === CITY) base *= 0.55;
  base = clamp(base, 40, 250);
  const annual = new Map<number, number>();
  const byQuarter = new Map<string, number>();
  for (const year of YEARS) {
    const city = commune.district === CITY;
    if (city && year === 2022) {
      annual.set(year, 0);
      continue;
    }
    const factor = year === 2022 ? 0.7 : city && year === 2023 ? 0.6 : rng.float(0.92, 1.1);
    const total = tenths(rng, clamp(base * factor, 40 * (city ? 0.5 : 1), 250));
    annual.set(year, total);
    if (year === 2022 || (city && year === 2023)) {
      byQuarter.set(`${year}Q3`, total);
      continue;
    }
    const first = Math.round(total * rng.float(0.55, 0.65));
    const topUp = rng.chance(0.15) ? Math.round(total * 0.1) : 0;
    byQuarter.set(`${year}Q1`, first);
    if (topUp > 0) byQuarter.set(`${year}Q2`, topUp);
    byQuarter.set(`${year}Q3`, total - first - topUp);
  }
  return { annual, byQuarter };
}

export function communeTruth(seed: string, commune: Unit, profile: DistrictProfile, villages: readonly Unit[]): CommuneTruth {
  const rng = rngFor(seed, 'commune', commune.code);
  const start = Math.max(profile.activityStart, 1);
  const late = profile.lagging ? 3 : start;
  const addresses = setups(rng, rng.weighted([0.12, 0.58, 0.3]), late, 12);
  const clubs = setups(rng, rng.weighted([0.15, 0.55, 0.3]), late, 12).sort((a, b) => a - b);
  const clubSizes = clubs.map(() => rng.int(15, 30));
  const clubFemaleShare = rng.float(0.5, 0.62);
  const { annual, byQuarter } = budgetPlan(rngFor(seed, 'budget', commune.code), commune, villages);
  const rows: Row[] = QUARTERS.map((quarter, q) => {
    const active = q >= start;
    const trusted = stockAt(addresses, q);
    const cases = trusted > 0 ? rng.weighted([0.55, 0.28, 0.12, 0.05]) : 0;
    clubs.forEach((s, i) => {
      if (s < q && rng.chance(0.25)) clubSizes[i] = clamp((clubSizes[i] ?? 20) + rng.pick([-2, -1, 1, 2]), 15, 30);
    });
    const clubCount = stockAt(clubs, q);
    const clubMembers = clubSizes.slice(0, clubCount).reduce((a, b) => a + b, 0);
    const dialogues = active && rng.chance(quarterNumber(quarter) === 1 ? 0.2 : 0.32) ? 1 : 0;
    const cadres = active && rng.chance(profile.lagging ? 0.2 : 0.28) ? rng.int(1, 6) : 0;
    const courses = active && rng.chance(profile.lagging ? 0.22 : 0.32) ? 1 : 0;
    const trainees = courses > 0 ? rng.int(20, 45) : 0;
    return new Map<string, number>([
      ['P8.2.1', trusted],
      ['P8.2.2', cases],
      ['P8.2.3', clubCount],
      ['P8.2.4', clubMembers],
      ['P8.3.1', dialogues],
      ['P8.3.4', cadres],
      ['P8.4.1', courses],
      ['P8.4.2', trainees],
      ['P8.F.1', byQuarter.get(quarter) ?? 0],
      ['P8.F.2', 0],
    ]);
  });
  return { rows, annualAllocation: annual, clubFemaleShare };
}

/** Share of an allocation already disbursed `k` quarters after it arrived. */
const DISBURSEMENT_LAG = [0.35, 0.85, 0.95, 1];

/**
 * Fills P8.F.2 in the reported rows so that cumulative disbursement never exceeds
 * cumulative reported allocation, approaching the district's disbursement rate.
 */
export function fillDisbursement(seed: string, code: string, series: Series, rate: number): void {
  const rng = rngFor(seed, 'disbursement', code);
  const allocations = series.map((row) => row?.get('P8.F.1') ?? 0);
  let disbursed = 0;
  series.forEach((row, q) => {
    if (!row) return;
    let due = 0;
    for (let s = 0; s <= q; s += 1) due += (allocations[s] ?? 0) * (DISBURSEMENT_LAG[Math.min(q - s, 3)] ?? 1);
    const target = due * rate * rng.float(0.96, 1);
    const flow = Math.max(0, Math.floor(target - disbursed));
    row.set('P8.F.2', flow);
    disbursed += flow;
  });
}
