/** What happened in each village, quarter by quarter, before anything is lost in reporting. */

import { QUARTERS, quarterNumber } from './periods';
import type { DistrictProfile } from './profiles';
import { rngFor, type Rng } from './prng';
import type { Traits } from './traits';
import type { Unit } from './units';
import { clamp, type Row } from './util';

export interface RosterMember {
  female: boolean;
  /** Index into ETHNICITIES. */
  ethnicity: number;
}

export interface VillageTruth {
  rows: Row[];
  /** Team members in order of joining; the first `P8.1.2` of them are the members at a quarter end. */
  roster: RosterMember[];
}

/** Set-up quarter weights for indices 1..11 (2022Q2..2024Q4). */
const EARLY_SETUP = [3, 6, 8, 9, 9, 8, 7, 6, 5, 4, 3];
const LATE_SETUP = [1, 2, 3, 4, 6, 7, 8, 8, 7, 6, 5];
const MAX_MEMBERS = 12;

export interface TeamOptions {
  /** Forces the set-up quarter index (the seed case), with no dissolution. */
  forcedSetup?: number;
}

/** Whether the village has an operating team at the end of each quarter. */
export function teamSchedule(rng: Rng, village: Unit, profile: DistrictProfile, options: TeamOptions = {}): boolean[] {
  const n = QUARTERS.length;
  const coverage = clamp(profile.teamCoverage + (village.disadvantaged ? 0.04 : -0.03), 0, 0.99);
  let setup = -1;
  if (options.forcedSetup !== undefined) {
    setup = options.forcedSetup;
  } else if (rng.chance(coverage)) {
    setup =
      profile.activityStart >= 6
        ? rng.int(profile.activityStart, 11)
        : Math.max(profile.activityStart, 1 + rng.weighted(profile.lagging ? LATE_SETUP : EARLY_SETUP));
  } else if (rng.chance(0.08)) {
    setup = rng.int(12, n - 1);
  }
  let dissolved = n;
  let restored = n;
  if (setup >= 0 && options.forcedSetup === undefined && setup + 2 <= n - 1 && rng.chance(0.035)) {
    dissolved = rng.int(setup + 2, n - 1);
    if (rng.chance(0.4)) restored = dissolved + rng.int(2, 4);
  }
  return QUARTERS.map((_, q) => setup >= 0 && q >= setup && !(q >= dissolved && q < restored));
}

function firstTrue(flags: readonly boolean[]): number {
  const i = flags.indexOf(true);
  return i < 0 ? flags.length : i;
}

export function villageTruth(seed: string, village: Unit, profile: DistrictProfile, traits: Traits, options: TeamOptions = {}): VillageTruth {
  const rng = rngFor(seed, 'village', village.code);
  const teams = teamSchedule(rngFor(seed, 'team', village.code), village, profile, options);
  const setup = firstTrue(teams);
  const maxMembers = rng.int(5, MAX_MEMBERS);
  const startMembers = Math.max(5, maxMembers - rng.int(0, 3));
  const roster: RosterMember[] = [];
  for (let i = 0; i < MAX_MEMBERS; i += 1) {
    roster.push({ female: rng.chance(traits.femaleMembers), ethnicity: rng.weighted(traits.mix) });
  }
  const kinhShare = traits.mix[2] ?? 0;
  const pregnancyWeights = kinhShare > 0.5 ? [0.93, 0.06, 0.01, 0] : [0.82, 0.13, 0.04, 0.01];
  const sessionWeights = profile.lagging ? [0.3, 0.38, 0.24, 0.08] : [0.12, 0.33, 0.38, 0.17];
  const rows: Row[] = QUARTERS.map((quarter, q) => {
    const team = teams[q] === true;
    const active = q >= profile.activityStart;
    const members = team ? Math.min(maxMembers, startMembers + Math.floor((q - setup) / 3)) : 0;
    let sessions = team ? rng.weighted(sessionWeights) : 0;
    if (sessions > 0 && quarterNumber(quarter) === 1 && rng.chance(0.3)) sessions -= 1;
    const eventChance = !active ? 0 : team ? (profile.lagging ? 0.08 : 0.13) : 0.025;
    const events = rng.chance(eventChance) ? 1 : 0;
    let participants = 0;
    for (let e = 0; e < events; e += 1) participants += rng.int(25, 80);
    for (let s = 0; s < sessions; s += 1) participants += rng.int(8, 20);
    const supportStarted = q >= Math.max(profile.activityStart, 2);
    let groups = 0;
    if (supportStarted && rng.chance(profile.lagging ? 0.025 : 0.035)) groups = rng.chance(0.1) ? 2 : 1;
    const pregnant = supportStarted ? rng.weighted(pregnancyWeights) : 0;
    const dbkk = village.disadvantaged === true;
    return new Map<string, number>([
      ['P8.1.1', team ? 1 : 0],
      ['P8.1.2', members],
      ['P8.1.3', sessions],
      ['P8.1.4', events],
      ['P8.1.5', participants],
      ['P8.2.5', groups],
      ['P8.2.7', pregnant],
      ['P8.C.0', dbkk ? 1 : 0],
      ['P8.C.1', dbkk && team ? 1 : 0],
      ['P8.O.1', 0],
      ['P8.O.3', 0],
      ['P8.O.4', 0],
    ]);
  });
  return { rows, roster };
}
