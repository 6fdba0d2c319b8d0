/** Which unit-quarters were reported: a few missing everywhere, more in remote districts and in the latest quarter. */

import { QUARTERS } from './periods';
import { districtProfile } from './profiles';
import { rngFor } from './prng';
import type { Unit } from './units';

export interface MaskOptions {
  /** unit code -> quarter indices that must be reported. */
  forced?: ReadonlyMap<string, readonly number[]>;
}

const LAST = QUARTERS.length - 1;

/** Extra chance of a missing report by quarter index: the first two quarters and the latest one. */
function quarterPenalty(q: number): number {
  return q <= 1 ? 0.012 : q === LAST ? 0.06 : 0;
}

export function buildMask(seed: string, units: readonly Unit[], options: MaskOptions = {}): Map<string, boolean[]> {
  const mask = new Map<string, boolean[]>();
  const communeGap = new Map<string, boolean[]>();
  for (const u of units) {
    if (u.kind !== 'commune') continue;
    const profile = districtProfile(u.district);
    const rng = rngFor(seed, 'mask-commune', u.code);
    const whole: boolean[] = [];
    const own: boolean[] = [];
    QUARTERS.forEach((_, q) => {
      const gap = rng.chance(0.004 + (profile.lagging ? 0.02 : 0) + (q === LAST ? (profile.lagging ? 0.03 : 0.012) : 0));
      whole.push(gap);
      own.push(!gap && !rng.chance(0.008 + (profile.lagging ? 0.015 : 0) + quarterPenalty(q)));
    });
    communeGap.set(u.code, whole);
    mask.set(u.code, own);
  }
  for (const u of units) {
    if (u.kind !== 'village') continue;
    const profile = districtProfile(u.district);
    const rng = rngFor(seed, 'mask-village', u.code);
    const gap = communeGap.get(u.commune) ?? [];
    const flags = QUARTERS.map((_, q) => gap[q] !== true && !rng.chance(profile.missingRate * 0.6 + quarterPenalty(q)));
    if (rng.chance(0.012)) {
      const from = rng.int(2, LAST - 2);
      const length = rng.int(2, 4);
      for (let q = from; q < Math.min(from + length, QUARTERS.length); q += 1) flags[q] = false;
    }
    mask.set(u.code, flags);
  }
  for (const [code, quarters] of options.forced ?? []) {
    const flags = mask.get(code);
    if (flags) for (const q of quarters) flags[q] = true;
  }
  return mask;
}
