/** Breakdowns of reported totals by dimension; every dimension's categories add up to the total. */

import { ETHNICITIES, normalise } from './profiles';
import { QUARTERS } from './periods';
import { rngFor, type Rng } from './prng';
import { SEED_BREAKDOWNS, SEED_CONFERENCE_QUARTER } from './seed-case';
import type { Traits } from './traits';
import type { Unit } from './units';
import type { RosterMember } from './village-truth';
import type { Series } from './util';

export interface Dimension {
  code: string;
  categories: { code: string }[];
}

export interface DisaggregationRow {
  unit: string;
  period: string;
  indicator: string;
  dimension: string;
  category: string;
  value: number;
}

const TRAINEE_ROLES = [0.42, 0.1, 0.27, 0.02, 0.19];
const TRAINEE_FEMALE = 0.42;

/** `total` items drawn one by one into categories with the given probabilities. */
export function multinomial(rng: Rng, total: number, probabilities: readonly number[]): number[] {
  const counts = probabilities.map(() => 0);
  for (let i = 0; i < total; i += 1) {
    const k = rng.weighted(probabilities);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** Splits by a fixed share, exactly: [round(total * share), rest]. */
export function splitByShare(total: number, share: number): number[] {
  const first = Math.round(total * share);
  return [first, total - first];
}

/** Ethnic-minority mix: the same shares without the Kinh. */
export function minorityMix(mix: readonly number[]): number[] {
  const m = mix.map((w, i) => (ETHNICITIES[i] === 'kinh' ? 0 : w));
  return m.some((w) => w > 0) ? normalise(m) : normalise(mix.map((_, i) => (ETHNICITIES[i] === 'tay' ? 1 : 0)));
}

export interface BreakdownContext {
  dimensions: ReadonlyMap<string, Dimension>;
  /** indicator code -> its dimension codes (from the catalogue). */
  disaggregations: ReadonlyMap<string, readonly string[]>;
  units: readonly Unit[];
  reported: ReadonlyMap<string, Series>;
  traits: ReadonlyMap<string, Traits>;
  rosters: ReadonlyMap<string, RosterMember[]>;
  clubFemaleShare: ReadonlyMap<string, number>;
  seedVillage: string;
  /** Drop the age breakdown of villages outside ĐBKK (to keep the file small). */
  dropAgeOutsideDbkk?: boolean;
}

function toCategoryCounts(dimension: Dimension, counts: readonly number[]): Map<string, number> {
  return new Map(dimension.categories.map((c, i) => [c.code, counts[i] ?? 0]));
}

/** Counts per category for one dimension of one reported cell, or null when that dimension is not broken down there. */
function breakdown(ctx: BreakdownContext, rng: Rng, unit: Unit, period: string, indicator: string, dim: Dimension, total: number): Map<string, number> | null {
  const traits = ctx.traits.get(unit.code);
  if (!traits) return null;
  const isSeedCell = unit.code === ctx.seedVillage && indicator === 'P8.1.5' && period === SEED_CONFERENCE_QUARTER;
  if (dim.code === 'participant_role' && !isSeedCell) return null;
  if (dim.code === 'age' && ctx.dropAgeOutsideDbkk && unit.kind === 'village' && !unit.disadvantaged && !isSeedCell) return null;
  if (isSeedCell) {
    const fixed = SEED_BREAKDOWNS[dim.code] ?? {};
    return new Map(dim.categories.map((c) => [c.code, fixed[c.code] ?? 0]));
  }
  switch (`${indicator}:${dim.code}`) {
    case 'P8.1.2:sex':
    case 'P8.1.2:ethnicity': {
      const roster = (ctx.rosters.get(unit.code) ?? []).slice(0, total);
      const counts = dim.categories.map(() => 0);
      for (const m of roster) {
        const k = dim.code === 'sex' ? (m.female ? 0 : 1) : m.ethnicity;
        counts[k] = (counts[k] ?? 0) + 1;
      }
      return toCategoryCounts(dim, counts);
    }
    case 'P8.1.5:sex':
      return toCategoryCounts(dim, multinomial(rng, total, [traits.femaleParticipants, 1 - traits.femaleParticipants]));
    case 'P8.1.5:ethnicity':
      return toCategoryCounts(dim, multinomial(rng, total, traits.mix));
    case 'P8.1.5:age':
      return toCategoryCounts(dim, multinomial(rng, total, [traits.childShare, 1 - traits.childShare]));
    case 'P8.2.7:ethnicity':
    case 'P8.3.4:ethnicity':
      return toCategoryCounts(dim, multinomial(rng, total, minorityMix(traits.mix)));
    case 'P8.2.4:sex':
      return toCategoryCounts(dim, splitByShare(total, ctx.clubFemaleShare.get(unit.code) ?? 0.55));
    case 'P8.4.2:role':
      return toCategoryCounts(dim, multinomial(rng, total, TRAINEE_ROLES));
    case 'P8.4.2:sex':
      return toCategoryCounts(dim, multinomial(rng, total, [TRAINEE_FEMALE, 1 - TRAINEE_FEMALE]));
    default:
      throw new Error(`no breakdown rule for ${indicator} by ${dim.code}`);
  }
}

/** All non-zero category rows, in unit, period, catalogue and category order. */
export function buildDisaggregations(seed: string, ctx: BreakdownContext, indicatorOrder: readonly string[]): DisaggregationRow[] {
  const out: DisaggregationRow[] = [];
  for (const unit of ctx.units) {
    const series = ctx.reported.get(unit.code);
    if (!series) continue;
    const rng = rngFor(seed, 'breakdown', unit.code);
    series.forEach((row, q) => {
      if (!row) return;
      const period = QUARTERS[q] as string;
      for (const indicator of indicatorOrder) {
        const dims = ctx.disaggregations.get(indicator) ?? [];
        const total = row.get(indicator);
        if (dims.length === 0 || total === undefined || total === 0) continue;
        for (const dimCode of dims) {
          const dim = ctx.dimensions.get(dimCode);
          if (!dim) throw new Error(`unknown dimension ${dimCode}`);
          const counts = breakdown(ctx, rng, unit, period, indicator, dim, total);
          if (!counts) continue;
          for (const [category, value] of counts) {
            if (value !== 0) out.push({ unit: unit.code, period, indicator, dimension: dimCode, category, value });
          }
        }
      }
    });
  }
  return out;
}
