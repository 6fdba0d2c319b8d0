/** Annual and phase targets for the province, districts and communes. */

import { PHASE_I } from './meta';
import { lastQuarterIndexOfYear, quartersOfYear, YEARS } from './periods';
import { CITY, districtProfile } from './profiles';
import { rngFor } from './prng';
import type { Unit } from './units';
import type { Row } from './util';

export interface TargetRow {
  unit: string;
  indicator: string;
  /** '2022'..'2025' or the phase code '2021-2025'. */
  period: string;
  value: number;
}

/** Province achievement (reported actual at mid-2025 / phase target) that the phase targets are tuned to. */
export const TARGET_GOALS: Readonly<Record<string, number>> = {
  'P8.1.1': 1.155,
  'P8.1.2': 1.08,
  'P8.1.3': 1.02,
  'P8.1.4': 0.96,
  'P8.1.5': 1.12,
  'P8.2.1': 1.3,
  'P8.2.3': 1.13,
  'P8.2.4': 1.05,
  'P8.2.5': 0.88,
  'P8.2.7': 0.92,
  'P8.3.1': 1.0,
  'P8.3.4': 1.45,
  'P8.4.1': 1.04,
  'P8.4.2': 0.97,
};

/** Districts whose communes' phase targets do not add up: communes' sum / district target. */
export const MISALLOCATED: Readonly<Record<string, number>> = { '065': 1.07, '066': 0.93 };
export const COMMUNES_WITHOUT_2023 = 5;
const YEARS_CITY_WITHOUT_TARGETS = [2022, 2023];

export interface TargetContext {
  units: readonly Unit[];
  /** Output indicators with targets: code -> kind. */
  outputs: ReadonlyMap<string, string>;
  /** Per commune and quarter, the true totals of the commune and its villages. */
  communeTotals: ReadonlyMap<string, Row[]>;
  /** Planned allocation per commune and year (tenths). */
  allocations: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Child-marriage 2021 baselines and 2022 reported counts per unit (all levels). */
  childMarriage2021: ReadonlyMap<string, number>;
  childMarriage2022: ReadonlyMap<string, number>;
  /** Province actual as reported: stocks at the last quarter, flows summed over all quarters. */
  reportedActual: ReadonlyMap<string, number>;
}

function actualByYear(rows: readonly Row[], code: string, kind: string): number[] {
  return YEARS.map((year) => {
    if (kind === 'stock') {
      const v = rows[lastQuarterIndexOfYear(year)]?.get(code) ?? 0;
      return year === 2025 ? v * 1.03 : v;
    }
    const total = quartersOfYear(year).reduce((acc, q) => acc + (rows[q]?.get(code) ?? 0), 0);
    return year === 2025 ? total * 2 : total;
  });
}

/** Unrounded commune plans per year before the province-wide scale. */
function rawPlans(seed: string, ctx: TargetContext, communes: readonly Unit[], code: string, kind: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of communes) {
    const rng = rngFor(seed, 'target', c.code, code);
    const ambition = districtProfile(c.district).ambition * Math.exp(0.12 * rngFor(seed, 'ambition', c.code).normal());
    const actual = actualByYear(ctx.communeTotals.get(c.code) ?? [], code, kind);
    const mean = actual.reduce((a, b) => a + b, 0) / actual.length;
    const last = actual[actual.length - 1] ?? 0;
    out.set(
      c.code,
      actual.map((a) => (kind === 'stock' ? 0.7 * a + 0.3 * last : 0.6 * a + 0.4 * mean) * ambition * (1 + 0.08 * rng.normal())),
    );
  }
  return out;
}

function plansFor(seed: string, ctx: TargetContext, communes: readonly Unit[], code: string, kind: string): Map<string, number[]> {
  const raw = rawPlans(seed, ctx, communes, code, kind);
  const actual = ctx.reportedActual.get(code) ?? 0;
  const goal = TARGET_GOALS[code] ?? 1;
  let scale = 1;
  let plans = new Map<string, number[]>();
  for (let pass = 0; pass < 4; pass += 1) {
    plans = new Map([...raw].map(([k, v]) => [k, v.map((x) => Math.max(1, Math.round(x * scale)))]));
    const phase = [...plans.values()].reduce((acc, v) => acc + phaseOf(v, kind), 0);
    scale *= actual / goal / Math.max(phase, 1);
  }
  return plans;
}

function phaseOf(annual: readonly number[], kind: string): number {
  return kind === 'stock' ? (annual[annual.length - 1] ?? 0) : annual.reduce((a, b) => a + b, 0);
}

/** The phase and annual rows of one unit; the city has no 2022/2023 rows, some communes no 2023 row. */
function emit(out: TargetRow[], unit: Unit, code: string, annual: readonly number[], phase: number, skipYears: readonly number[]): void {
  YEARS.forEach((year, i) => {
    if (!skipYears.includes(year)) out.push({ unit: unit.code, indicator: code, period: String(year), value: annual[i] ?? 0 });
  });
  out.push({ unit: unit.code, indicator: code, period: PHASE_I.code, value: phase });
}

export function buildTargets(seed: string, ctx: TargetContext, indicatorOrder: readonly string[]): TargetRow[] {
  const communes = ctx.units.filter((u) => u.kind === 'commune');
  const districts = ctx.units.filter((u) => u.kind === 'district');
  const province = ctx.units.find((u) => u.kind === 'province');
  if (!province) throw new Error('no province');
  const candidates = rngFor(seed, 'targets-missing-2023').shuffle(communes.filter((c) => c.district !== CITY));
  const without2023 = new Set(candidates.slice(0, COMMUNES_WITHOUT_2023).map((c) => c.code));
  const skip = (u: Unit): number[] => (u.district === CITY ? YEARS_CITY_WITHOUT_TARGETS : without2023.has(u.code) ? [2023] : []);

  const plans = new Map<string, Map<string, number[]>>();
  for (const [code, kind] of ctx.outputs) plans.set(code, plansFor(seed, ctx, communes, code, kind));
  const budget = new Map<string, number[]>();
  for (const c of communes) {
    const rng = rngFor(seed, 'budget-target', c.code);
    const alloc = ctx.allocations.get(c.code);
    budget.set(
      c.code,
      YEARS.map((y) => Math.round((alloc?.get(y) ?? 0) * rng.float(1, 1.08))),
    );
  }
  plans.set('P8.F.1', budget);
  plans.set('P8.F.2', budget);

  const rows: TargetRow[] = [];
  for (const code of indicatorOrder) {
    const kind = code === 'P8.F.1' || code === 'P8.F.2' ? 'flow' : ctx.outputs.get(code);
    const byCommune = plans.get(code);
    if (code === 'P8.O.1') {
      for (const u of [province, ...districts, ...communes]) emit(rows, u, code, ...childMarriageTargets(ctx, u.code), skip(u));
      continue;
    }
    if (!kind || !byCommune) continue;
    const districtAnnual = new Map<string, number[]>();
    const districtPhase = new Map<string, number>();
    for (const d of districts) {
      const own = communes.filter((c) => c.district === d.code);
      const annual = YEARS.map((_, i) => own.reduce((acc, c) => acc + (byCommune.get(c.code)?.[i] ?? 0), 0));
      const communePhases = own.reduce((acc, c) => acc + phaseOf(byCommune.get(c.code) ?? [], kind), 0);
      districtAnnual.set(d.code, annual);
      districtPhase.set(d.code, Math.round(communePhases / (MISALLOCATED[d.code] ?? 1)));
    }
    const provinceAnnual = YEARS.map((_, i) => districts.reduce((acc, d) => acc + (districtAnnual.get(d.code)?.[i] ?? 0), 0));
    const provincePhase = districts.reduce((acc, d) => acc + (districtPhase.get(d.code) ?? 0), 0);
    emit(rows, province, code, provinceAnnual, provincePhase, []);
    for (const d of districts) emit(rows, d, code, districtAnnual.get(d.code) ?? [], districtPhase.get(d.code) ?? 0, skip(d));
    for (const c of communes) {
      const annual = byCommune.get(c.code) ?? [];
      emit(rows, c, code, annual, phaseOf(annual, kind), skip(c));
    }
  }
  const order = new Map(ctx.units.map((u, i) => [u.code, i]));
  return rows.sort((a, b) => (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
}

/** Annual ceilings falling 3 %/year from the 2021 baseline; the phase ceiling 10 % below the 2022 level. */
function childMarriageTargets(ctx: TargetContext, code: string): [number[], number] {
  const base = ctx.childMarriage2021.get(code) ?? 0;
  const level2022 = ctx.childMarriage2022.get(code) ?? 0;
  return [YEARS.map((y) => Math.round(base * 0.97 ** (y - 2021))), Math.round(level2022 * 0.9)];
}
