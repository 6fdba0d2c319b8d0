/** Population traits of communes and villages that shape the breakdowns (ethnicity, sex, age). */

import { districtProfile, normalise } from './profiles';
import { rngFor } from './prng';
import { isUrban, SEED_VILLAGE_NAME, type Unit } from './units';

export interface Traits {
  /** Ethnicity shares in ETHNICITIES order, summing to 1. */
  mix: number[];
  /** Share of women among participants of communication activities. */
  femaleParticipants: number;
  /** Share of women among communication team members. */
  femaleMembers: number;
  /** Share of children among participants. */
  childShare: number;
}

/** Khuổi Pái: a residential group with mixed populations. */
const SEED_MIX = [0.45, 0.12, 0.32, 0.09, 0, 0, 0.02, 0];

function perturb(seed: string, key: string, base: readonly number[], sigma: number): number[] {
  const rng = rngFor(seed, 'mix', key);
  return normalise(base.map((w) => w * Math.exp(sigma * rng.normal())));
}

export function buildTraits(seed: string, units: readonly Unit[]): Map<string, Traits> {
  const out = new Map<string, Traits>();
  const communeMix = new Map<string, number[]>();
  const urbanCommunes = new Set(units.filter((u) => u.kind === 'commune' && isUrban(u)).map((u) => u.code));
  for (const u of units) {
    if (u.kind === 'commune') {
      const base = districtProfile(u.district).ethnicMix;
      const mix = perturb(seed, u.code, base, 0.45);
      communeMix.set(u.code, mix);
      out.set(u.code, { mix, femaleParticipants: 0.6, femaleMembers: 0.68, childShare: 0.15 });
    }
  }
  for (const u of units) {
    if (u.kind !== 'village') continue;
    const rng = rngFor(seed, 'traits', u.code);
    const parentMix = communeMix.get(u.commune) ?? [];
    let mix: number[];
    if (u.name === SEED_VILLAGE_NAME) {
      mix = SEED_MIX;
    } else {
      mix = perturb(seed, u.code, parentMix, 0.9);
      if (u.disadvantaged) mix = normalise(mix.map((w, i) => w * (i === 1 || i === 4 ? 1.8 : i === 2 ? 0.4 : 1)));
    }
    const urban = urbanCommunes.has(u.commune);
    out.set(u.code, {
      mix,
      femaleParticipants: rng.float(0.55, 0.7),
      femaleMembers: rng.float(0.6, 0.75),
      childShare: urban ? rng.float(0.1, 0.16) : rng.float(0.12, 0.25),
    });
  }
  return out;
}
