/** The inputs every progress computation shares, built once per document set. */
import type { Indicator } from './indicators';
import { phaseOfSelection, type PeriodSelection } from './periods';
import { phaseYears, type Phase } from './phases';
import type { AssessContext } from './progress-assess';
import { PROGRESS_CONFIG } from './progress-config';

interface MetaLike {
  quarters: readonly string[];
  phases: readonly Phase[];
}

/** The context to assess progress in for a period: toward the targets of the phase it belongs to (phaseOfSelection). */
export function assessContext(meta: MetaLike, catalogue: { indicators: readonly Indicator[] }, period: PeriodSelection): AssessContext {
  return {
    axis: meta.quarters,
    catalogue: new Map<string, Indicator>(catalogue.indicators.map((i) => [i.code, i])),
    phase: phaseOfSelection(period, meta.phases, meta.quarters),
    config: PROGRESS_CONFIG,
  };
}

/** Years that have data and belong to the phase (2022 … 2025): the years annual targets are checked for. */
export function targetYears(meta: { quarters: readonly string[] }, phase: Pick<Phase, 'start' | 'end'> | undefined): number[] {
  if (!phase) return [];
  const years = phaseYears(phase);
  const first = Math.max(Number(meta.quarters[0]?.slice(0, 4)), years.first);
  const last = Math.min(Number(meta.quarters[meta.quarters.length - 1]?.slice(0, 4)), years.last);
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}
