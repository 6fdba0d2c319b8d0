/**
 * Every threshold and choice of the progress assessment in one place; docs/progress-method.md
 * explains each one. Change a number here and the bands, scores and rankings follow.
 */
import type { ContentArea, IndicatorKind } from './indicators';

export interface ProgressConfig {
  /** R thresholds: on track from `onTrack`, needs acceleration from `accelerate`, slow from `slow`; below `slow` a decline. */
  bands: { onTrack: number; accelerate: number; slow: number };
  /** Score anchors [R, score], in increasing R: linear between neighbours, clamped beyond the ends. */
  scoreAnchors: readonly (readonly [number, number])[];
  /** A zero base, value or target in the growth-rate method is replaced by this. */
  zeroSubstitute: number;
  /** With fewer data points than this (the base counts as one) the status is "not enough data". */
  minDataPoints: number;
  /** The phase: its first and last year and the date the phase target is due. */
  phase: { firstYear: number; lastYear: number; due: string };
  /** Indicators assessed by compound annual growth; all others by pace. */
  cagr: { areas: readonly ContentArea[]; kinds: readonly IndicatorKind[] };
  /**
   * Yearly rates of change used as the required rate when an indicator assessed by growth has no
   * numeric phase target for a unit (e.g. −0.02 = fall 2 % a year).
   */
  yearlyRateTargets: Readonly<Record<string, number>>;
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
  phase: { firstYear: 2021, lastYear: 2025, due: '2025-12-31' },
  cagr: { areas: ['OUT'], kinds: ['rate'] },
  // Child marriage: the programme asks for a fall of 2–3 % a year; the lower bound is used.
  yearlyRateTargets: { 'P8.O.1': -0.02 },
  pullingDownCount: 3,
  allocationTolerance: 1e-6,
};
