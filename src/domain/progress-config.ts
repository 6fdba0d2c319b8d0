/**
 * Every threshold and choice of the progress assessment in one place; docs/progress-method.md
 * explains each one. Change a number here and the bands, scores and rankings follow.
 */

export interface ProgressConfig {
  /** R thresholds: on track from `onTrack`, needs acceleration from `accelerate`, slow from `slow`; below `slow` a decline. */
  bands: { onTrack: number; accelerate: number; slow: number };
  /** Score anchors [R, score], in increasing R: linear between neighbours, clamped beyond the ends. */
  scoreAnchors: readonly (readonly [number, number])[];
  /** A zero base, value or target in the growth-rate method is replaced by this. */
  zeroSubstitute: number;
  /** With fewer data points than this (the base counts as one) the status is "not enough data". */
  minDataPoints: number;
  /** How many indicators the lagging list names as pulling a unit down. */
  pullingDownCount: number;
  /** Relative difference below which children's targets count as adding up to the parent's (float rounding). */
  allocationTolerance: number;
}

export const PROGRESS_CONFIG: ProgressConfig = {
  bands: { onTrack: 0.95, accelerate: 0.6, slow: 0 },
  scoreAnchors: [
    [-0.6, -5],
    [0.6, 0],
    [1.3, 5],
  ],
  zeroSubstitute: 0.001,
  minDataPoints: 2,
  pullingDownCount: 3,
  allocationTolerance: 1e-6,
};
