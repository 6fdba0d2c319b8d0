/** Achievement against a target, as a ratio of sums, never capped (231 % stays 231 %). */
import type { Cell } from './aggregate';
import type { Direction } from './indicators';

export interface Achievement {
  /** actual / target (1 = 100 %); null when either side is unknown or the target is 0. */
  ratio: number | null;
  /** Target met: actual ≥ target, or actual ≤ target for lower-is-better indicators. */
  met: boolean | null;
  direction: Direction;
}

export function achievement(actual: Cell, target: number | null | undefined, direction: Direction): Achievement {
  if (actual === null || actual === 'suppressed' || target === null || target === undefined) {
    return { ratio: null, met: null, direction };
  }
  const met = direction === 'higher' ? actual >= target : actual <= target;
  return { ratio: target === 0 ? null : actual / target, met, direction };
}

/**
 * How an achievement reads. Higher is better: met at ≥ 100 %, short below. Lower is better (the
 * target is a ceiling): the reading is inverted, within the ceiling at ≤ 100 %, above it beyond;
 * the UI says "lower is better" beside such figures.
 */
export type AchievementReading = 'met' | 'short' | 'within_ceiling' | 'above_ceiling' | 'unknown';

export function readAchievement(a: Achievement): AchievementReading {
  if (a.met === null) return 'unknown';
  if (a.direction === 'higher') return a.met ? 'met' : 'short';
  return a.met ? 'within_ceiling' : 'above_ceiling';
}
