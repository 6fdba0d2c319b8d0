/**
 * Progress toward the phase target, by the method of Statistics Canada as adopted by Open SDG
 * (docs/progress-method.md): a ratio R of the observed to the required rate of change, read in
 * bands, and a score from −5 to +5 for ranking and combining.
 *
 * - Pace (outputs counted over the phase): R = [(V − B) / t] ÷ [(T − B) / total time].
 * - Growth (outcomes with a baseline, rates): R = [(V/B)^(1/years elapsed) − 1] ÷ [(T/B)^(1/years to target) − 1].
 * Both are read with the indicator's direction: R = d × observed / |required| (d = −1 when lower is better).
 */
import type { Direction } from './indicators';
import { PROGRESS_CONFIG, type ProgressConfig } from './progress-config';

export type Band = 'met' | 'on_track' | 'accelerate' | 'slow' | 'decline';
export const BANDS: readonly Band[] = ['met', 'on_track', 'accelerate', 'slow', 'decline'];

export interface Measured {
  /** Observed rate: per year (pace) or compound yearly growth (growth). */
  observed: number;
  /** Rate needed to reach the target on time, same unit as observed. */
  required: number;
  /**
   * R = d × observed / |required|, d = +1 when higher is better and −1 when lower is better (as
   * Open SDG): positive when the indicator moves the good way. Null when no change is required
   * (target equal to the base): then the status is met or a decline.
   */
  ratio: number | null;
  /** The target is already reached: V ≥ T, or V ≤ T for lower-is-better indicators. */
  met: boolean;
  band: Band;
  score: number;
  /** Zeros replaced by the substitute value (growth method only). */
  substituted: ('base' | 'value' | 'target')[];
}

const isMet = (value: number, target: number, direction: Direction) => (direction === 'higher' ? value >= target : value <= target);

/** The band of a ratio; a target already met overrides the ratio. */
export function bandFor(ratio: number | null, met: boolean, config: ProgressConfig = PROGRESS_CONFIG): Band {
  if (met) return 'met';
  if (ratio === null) return 'decline';
  if (ratio >= config.bands.onTrack) return 'on_track';
  if (ratio >= config.bands.accelerate) return 'accelerate';
  if (ratio >= config.bands.slow) return 'slow';
  return 'decline';
}

/** Score from the anchors (−60 % → −5, 60 % → 0, 130 % → +5), linear between, clamped; met scores the top. */
export function scoreFor(ratio: number | null, met: boolean, config: ProgressConfig = PROGRESS_CONFIG): number {
  const anchors = config.scoreAnchors;
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last) throw new Error('scoreAnchors must not be empty');
  if (met) return last[1];
  if (ratio === null || ratio <= first[0]) return first[1];
  if (ratio >= last[0]) return last[1];
  for (let i = 1; i < anchors.length; i++) {
    const [r0, s0] = anchors[i - 1]!;
    const [r1, s1] = anchors[i]!;
    if (ratio <= r1) return s0 + ((ratio - r0) / (r1 - r0)) * (s1 - s0);
  }
  return last[1];
}

function measured(
  observed: number,
  required: number,
  met: boolean,
  direction: Direction,
  config: ProgressConfig,
  substituted: Measured['substituted'] = [],
): Measured {
  const ratio = required !== 0 ? ((direction === 'higher' ? 1 : -1) * observed) / Math.abs(required) : null;
  return { observed, required, ratio, met, band: bandFor(ratio, met, config), score: scoreFor(ratio, met, config), substituted };
}

export interface PaceInput {
  base: number;
  value: number;
  target: number;
  /** Time elapsed from the base to the value, and from the base to the target date (same unit, e.g. years). */
  elapsed: number;
  total: number;
  direction: Direction;
}

/** Pace method for outputs counted over the phase. Elapsed time must be positive. */
export function measurePace(input: PaceInput, config: ProgressConfig = PROGRESS_CONFIG): Measured {
  const { base, value, target, elapsed, total, direction } = input;
  if (!(elapsed > 0) || !(total > 0)) throw new Error('Pace needs positive elapsed and total time');
  const observed = (value - base) / elapsed;
  const required = (target - base) / total;
  return measured(observed, required, isMet(value, target, direction), direction, config);
}

export interface GrowthInput {
  base: number;
  value: number;
  /** The phase target; null when only a yearly rate is set (then `requiredRate` is used). */
  target: number | null;
  requiredRate?: number;
  yearsElapsed: number;
  yearsToTarget: number;
  direction: Direction;
}

export interface GrowthMeasured extends Measured {
  /** The target used: given, or implied by the yearly rate (B × (1 + rate)^years). */
  target: number;
  targetImplied: boolean;
}

/** Compound annual growth rate from `from` to `to` over `years`. */
export const cagr = (from: number, to: number, years: number): number => (to / from) ** (1 / years) - 1;

/** Growth method for outcome indicators with a baseline. Zeros are replaced by the substitute (0 → 0.001). */
export function measureGrowth(input: GrowthInput, config: ProgressConfig = PROGRESS_CONFIG): GrowthMeasured {
  const { base, value, yearsElapsed, yearsToTarget, direction } = input;
  if (!(yearsElapsed > 0) || !(yearsToTarget > 0)) throw new Error('Growth needs positive years');
  if (input.target === null && input.requiredRate === undefined) throw new Error('Growth needs a target or a required rate');
  const targetImplied = input.target === null;
  const target = input.target ?? base * (1 + input.requiredRate!) ** yearsToTarget;
  const substituted: Measured['substituted'] = [];
  const nonZero = (x: number, name: 'base' | 'value' | 'target') => {
    if (x !== 0) return x;
    substituted.push(name);
    return config.zeroSubstitute;
  };
  const b = nonZero(base, 'base');
  const v = nonZero(value, 'value');
  const observed = cagr(b, v, yearsElapsed);
  const required = targetImplied ? input.requiredRate! : cagr(b, nonZero(target, 'target'), yearsToTarget);
  return { ...measured(observed, required, isMet(value, target, direction), direction, config, substituted), target, targetImplied };
}
