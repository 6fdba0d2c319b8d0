/** The inputs every progress computation shares, built once per document set. */
import type { Catalogue, Meta } from '@/api/contract';
import type { AssessContext } from '@/domain/progress-assess';
import { PROGRESS_CONFIG } from '@/domain/progress-config';
import { progressContext } from '@/domain/unit-progress';

export function assessContext(meta: Meta, catalogue: Catalogue): AssessContext {
  return progressContext(meta.quarters, catalogue.indicators);
}

/** Years that have data and belong to the phase (2022 … 2025): the years annual targets are checked for. */
export function targetYears(meta: Meta): number[] {
  const first = Math.max(Number(meta.quarters[0]?.slice(0, 4)), PROGRESS_CONFIG.phase.firstYear);
  const out: number[] = [];
  for (let y = first; y <= PROGRESS_CONFIG.phase.lastYear; y++) out.push(y);
  return out;
}
