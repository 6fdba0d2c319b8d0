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
