/** The inputs every progress computation shares, built once per document set. */
import type { Indicator } from './indicators';
import type { AssessContext } from './progress-assess';
import { PROGRESS_CONFIG } from './progress-config';

export function assessContext(meta: { quarters: readonly string[] }, catalogue: { indicators: readonly Indicator[] }): AssessContext {
  return { axis: meta.quarters, catalogue: new Map<string, Indicator>(catalogue.indicators.map((i) => [i.code, i])), config: PROGRESS_CONFIG };
}

/** Years that have data and belong to the phase (2022 … 2025): the years annual targets are checked for. */
export function targetYears(meta: { quarters: readonly string[] }): number[] {
  const first = Math.max(Number(meta.quarters[0]?.slice(0, 4)), PROGRESS_CONFIG.phase.firstYear);
  const out: number[] = [];
  for (let y = first; y <= PROGRESS_CONFIG.phase.lastYear; y++) out.push(y);
  return out;
}
