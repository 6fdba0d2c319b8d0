/**
 * The lagging-units list: the units at one level below the current one, ranked by their overall
 * progress score, worst first, each with the indicators that pull it down.
 */
import { compareCodes } from './code-order';
import { PROGRESS_CONFIG } from './progress-config';
import type { IndicatorProgress, UnitProgress } from './unit-progress';
import type { TextCompare } from './table-sort';

export interface LaggingEntry {
  code: string;
  name: string;
  /** The unit one level up, to tell communes of different districts apart. */
  parentName: string | null;
  progress: UnitProgress;
}

export interface LaggingRow extends LaggingEntry {
  /** 1 = worst; null for units that could not be scored (listed last). */
  rank: number | null;
  pulling: IndicatorProgress[];
}

const WEAK_BANDS = new Set(['decline', 'slow', 'accelerate']);

/** The assessed indicators below "on track", lowest score first, equal scores by code. */
export function pullingDown(progress: UnitProgress, count = PROGRESS_CONFIG.pullingDownCount): IndicatorProgress[] {
  return progress.items
    .filter((i) => i.assessment.kind === 'assessed' && WEAK_BANDS.has(i.assessment.measured.band))
    .sort((a, b) => scoreOf(a) - scoreOf(b) || compareCodes(a.indicator.code, b.indicator.code))
    .slice(0, count);
}

const scoreOf = (i: IndicatorProgress) => (i.assessment.kind === 'assessed' ? i.assessment.measured.score : 0);

/** Worst score first; equal scores by name (Vietnamese order); units without a score at the end. */
export function rankLagging(entries: readonly LaggingEntry[], compareText: TextCompare, count = PROGRESS_CONFIG.pullingDownCount): LaggingRow[] {
  const byName = (a: LaggingEntry, b: LaggingEntry) => compareText(a.name, b.name) || compareCodes(a.code, b.code);
  const scored = entries.filter((e) => e.progress.score !== null).sort((a, b) => a.progress.score! - b.progress.score! || byName(a, b));
  const unscored = entries.filter((e) => e.progress.score === null).sort(byName);
  return [
    ...scored.map((e, i) => ({ ...e, rank: i + 1, pulling: pullingDown(e.progress, count) })),
    ...unscored.map((e) => ({ ...e, rank: null, pulling: [] })),
  ];
}

export interface LaggingOptions {
  level: number;
  /** Code of a content area, or null for all. */
  area: string | null;
}

/** Levels the list can show below a unit: its children and its grandchildren, down to the dataset's deepest level. */
export function laggingLevels(unitLevel: number, deepest: number): number[] {
  const out: number[] = [];
  for (let l = unitLevel + 1; l <= Math.min(unitLevel + 2, deepest); l++) out.push(l);
  return out;
}

/** Options from the view's URL parameters (lv, area); anything unknown falls back to the default. */
export function parseLaggingOptions(
  extra: Readonly<Record<string, string>>,
  unitLevel: number,
  deepest: number,
  areaCodes: readonly string[],
): LaggingOptions | null {
  const levels = laggingLevels(unitLevel, deepest);
  const first = levels[0];
  if (first === undefined) return null;
  const lv = Number(extra.lv);
  const area = extra.area;
  return {
    level: levels.find((l) => l === lv) ?? first,
    area: area !== undefined && areaCodes.includes(area) ? area : null,
  };
}

/** URL parameters for options; defaults left out so links stay short. */
export function serializeLaggingOptions(
  options: LaggingOptions,
  unitLevel: number,
  deepest: number,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = { ...extra };
  delete out.lv;
  delete out.area;
  if (options.level !== laggingLevels(unitLevel, deepest)[0]) out.lv = String(options.level);
  if (options.area) out.area = options.area;
  return out;
}

/**
 * Unit documents to load to list the units at `level` below a unit: none for its children (its own
 * document has their figures), one per child for its grandchildren.
 */
export function documentsFor(unitLevel: number, childCodes: readonly string[], level: number): string[] {
  return level === unitLevel + 2 ? [...childCodes] : [];
}
