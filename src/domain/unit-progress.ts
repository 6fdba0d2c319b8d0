/** A unit's progress over many indicators: one status each and an overall score (mean of scores). */
import type { Indicator } from './indicators';
import { BANDS, type Band } from './progress';
import { assessIndicator, hasTarget, isAssessed, type AssessContext, type Assessment, type UnitFigures } from './progress-assess';

export interface IndicatorProgress {
  indicator: Indicator;
  assessment: Assessment;
}

export interface UnitProgress {
  items: IndicatorProgress[];
  /** Mean score over the assessed indicators; null when none could be assessed. */
  score: number | null;
  /** Indicators with a phase target, and how many of them could be assessed. */
  withTarget: number;
  assessed: number;
  bands: Record<Band, number>;
  /** Some assessed figure rests on incomplete reports. */
  incomplete: boolean;
}

/** The mean of the scores of the assessed indicators (those with a target and enough data). */
export function overallScore(assessments: readonly Assessment[]): number | null {
  const scores = assessments.filter(isAssessed).map((a) => a.measured.score);
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

export function summarise(items: IndicatorProgress[]): UnitProgress {
  const assessments = items.map((i) => i.assessment);
  const bands = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
  let incomplete = false;
  for (const a of assessments) {
    if (!isAssessed(a)) continue;
    bands[a.measured.band] += 1;
    if (a.completeness.reported < a.completeness.expected) incomplete = true;
  }
  return {
    items,
    score: overallScore(assessments),
    withTarget: assessments.filter(hasTarget).length,
    assessed: assessments.filter(isAssessed).length,
    bands,
    incomplete,
  };
}

/** Assess every indicator of a unit (or those of one content area). */
export function assessUnit(indicators: readonly Indicator[], unit: UnitFigures, ctx: AssessContext, area: Indicator['area'] | null = null): UnitProgress {
  return summarise(
    indicators.filter((i) => area === null || i.area === area).map((indicator) => ({ indicator, assessment: assessIndicator(indicator, unit, ctx) })),
  );
}
