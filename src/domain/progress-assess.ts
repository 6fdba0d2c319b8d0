/**
 * The progress status of one unit for one indicator, read from its published figures
 * (quarterly series, phase target, baseline). Suppressed figures are never guessed at, and
 * missing reports never count as zeros: both end in a status that says so.
 */
import { SUPPRESSED, type Cell } from './aggregate';
import { indicatorCompleteness, NO_REPORTS, type Completeness } from './completeness';
import { computeFigure, type UnitSeries } from './figures';
import { isAdditiveOverTime, targetRule, usesGrowth, type Direction, type Indicator } from './indicators';
import { quarterEndDate, quarterOrdinal, type QuarterKey } from './periods';
import { phaseOrdinals, phaseYears, type Phase } from './phases';
import { completeYearFigure } from './target-comparison';
import { measureGrowth, measurePace, type GrowthMeasured, type Measured } from './progress';
import { PROGRESS_CONFIG, type ProgressConfig } from './progress-config';

type TargetTable = Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
type HiddenKeys = Readonly<Record<string, readonly string[] | undefined>>;

export interface UnitFigures extends UnitSeries {
  targets: TargetTable;
  baselines: TargetTable;
  /** Target keys and baseline years withheld because they could reveal a hidden count. */
  hiddenTargets?: HiddenKeys | undefined;
  hiddenBaselines?: HiddenKeys | undefined;
}

/** Quarter ordinals of an axis, computed once per axis (the ranking assesses thousands of unit × indicator pairs). */
const ordinalCache = new WeakMap<readonly string[], number[]>();
function axisOrdinals(axis: readonly string[]): number[] {
  let out = ordinalCache.get(axis);
  if (!out) ordinalCache.set(axis, (out = axis.map((key) => quarterOrdinal(key as QuarterKey))));
  return out;
}

const isHidden = (hidden: HiddenKeys | undefined, code: string, key: string) => hidden?.[code]?.includes(key) ?? false;

export interface AssessContext {
  /** The quarter axis of the series ("2022Q1" …). */
  axis: readonly string[];
  catalogue: ReadonlyMap<string, Indicator>;
  /**
   * The phase assessed: its target (keyed by its code) is due on its end date, and time counts
   * from its declared start, whatever quarter the data begins with. None: nothing has a target.
   */
  phase: Pick<Phase, 'code' | 'start' | 'end'> | undefined;
  config?: ProgressConfig;
}

interface AssessedCommon {
  kind: 'assessed';
  direction: Direction;
  base: number;
  value: number;
  target: number;
  /** B came from a published baseline (otherwise 0 at the start of counting). */
  baseGiven: boolean;
  /** V / T as a ratio of sums, uncapped; null when T is 0. */
  achievement: number | null;
  /** Reports behind V. */
  completeness: Completeness;
}

export interface PaceAssessment extends AssessedCommon {
  method: 'pace';
  measured: Measured;
  /** ISO dates: start of counting, date of V, date the phase target is due. */
  baseDate: string;
  valueDate: string;
  targetDate: string;
  elapsedYears: number;
  totalYears: number;
  /** V is a sum over the phase (flows) rather than a level at a date (stocks). */
  cumulative: boolean;
}

export interface GrowthAssessment extends AssessedCommon {
  method: 'growth';
  measured: GrowthMeasured;
  baseYear: number;
  valueYear: number;
  targetYear: number;
  /** Yearly rate asked for when the target is implied by a rate (e.g. −0.02). */
  requiredRate: number | null;
}

export type Assessed = PaceAssessment | GrowthAssessment;

export type Assessment =
  | Assessed
  | { kind: 'no_target' }
  /** Fewer data points than the method needs ("chưa đủ số liệu"). */
  | { kind: 'insufficient'; points: number }
  /** A figure needed is withheld to protect people: it cannot be assessed. */
  | { kind: 'suppressed' }
  | { kind: 'withheld' }
  | { kind: 'not_applicable' };

export const isAssessed = (a: Assessment): a is Assessed => a.kind === 'assessed';
/** Has a target (assessed or not): counts toward "indicators with targets". */
export const hasTarget = (a: Assessment): boolean => a.kind === 'assessed' || a.kind === 'insufficient' || a.kind === 'suppressed';

/** The latest baseline strictly before `year`; "hidden" when the latest one is withheld to protect people. */
function baselineBefore(unit: UnitFigures, code: string, year: number): { year: number; value: number } | 'hidden' | null {
  let best: { year: number; value: number } | null = null;
  for (const [key, value] of Object.entries(unit.baselines[code] ?? {})) {
    const y = Number(key);
    if (Number.isInteger(y) && y < year && (!best || y > best.year)) best = { year: y, value };
  }
  const hiddenLater = (unit.hiddenBaselines?.[code] ?? []).map(Number).some((y) => Number.isInteger(y) && y < year && (!best || y > best.year));
  return hiddenLater ? 'hidden' : best;
}

type AssessedPhase = NonNullable<AssessContext['phase']>;

/** Progress of one unit toward its target for the context's phase for one indicator, as of its last quarter with data in the phase. */
export function assessIndicator(indicator: Indicator, unit: UnitFigures, ctx: AssessContext): Assessment {
  const config = ctx.config ?? PROGRESS_CONFIG;
  if (unit.withheld.includes(indicator.code)) return { kind: 'withheld' };
  const probe = computeFigure(indicator, unit, ctx.catalogue, []);
  if (probe.status !== 'ok') return { kind: probe.status };
  if (!ctx.phase) return { kind: 'no_target' };
  return usesGrowth(indicator) ? assessGrowth(indicator, unit, ctx, ctx.phase, config) : assessPace(indicator, unit, ctx, ctx.phase, config);
}

function assessPace(indicator: Indicator, unit: UnitFigures, ctx: AssessContext, phase: AssessedPhase, config: ProgressConfig): Assessment {
  if (isHidden(unit.hiddenTargets, indicator.code, phase.code)) return { kind: 'suppressed' };
  const target = unit.targets[indicator.code]?.[phase.code];
  if (target === undefined) return { kind: 'no_target' };
  const series = unit.series[indicator.code];
  if (!series || ctx.axis.length === 0) return { kind: 'insufficient', points: 0 };
  // Time counts from the start the dataset declares for the phase, not from the first quarter with data.
  const { first: startOrdinal, last: dueOrdinal } = phaseOrdinals(phase);
  const ordinals = axisOrdinals(ctx.axis);
  const indices = ordinals.flatMap((o, i) => (o >= startOrdinal && o <= dueOrdinal ? [i] : []));
  const given = baselineBefore(unit, indicator.code, Math.floor(startOrdinal / 4));
  if (given === 'hidden') return { kind: 'suppressed' };
  const base = given?.value ?? 0;
  const cumulative = isAdditiveOverTime(indicator.kind);
  const cells: Cell[] = indices.map((i) => series.values[i] ?? null);
  const lastPos = cells.findLastIndex((c) => c !== null);
  if (lastPos < 0) return { kind: 'insufficient', points: 1 };
  const used = indices.slice(0, lastPos + 1);
  // Through the figure rules: flows add up, stocks take the last level, year-grain series read their totals.
  const result = computeFigure(indicator, unit, ctx.catalogue, used);
  if (result.status === 'withheld') return { kind: 'suppressed' };
  if (result.status !== 'ok') return { kind: result.status };
  const reached = result.figure.value;
  if (reached === SUPPRESSED) return { kind: 'suppressed' };
  if (reached === null) return { kind: 'insufficient', points: 1 };
  const value = cumulative ? base + reached : reached;
  const valueOrdinal = ordinals[used[used.length - 1]!]!;
  const elapsedYears = (valueOrdinal - startOrdinal + 1) / 4;
  const totalYears = (dueOrdinal - startOrdinal + 1) / 4;
  const measured = measurePace({ base, value, target, elapsed: elapsedYears, total: totalYears, direction: indicator.direction }, config);
  return {
    kind: 'assessed',
    method: 'pace',
    direction: indicator.direction,
    base,
    value,
    target,
    baseGiven: given !== null,
    achievement: target === 0 ? null : value / target,
    completeness: indicatorCompleteness(indicator, series, used),
    measured,
    baseDate: phase.start,
    valueDate: quarterEndDate(valueOrdinal),
    targetDate: phase.end,
    elapsedYears,
    totalYears,
    cumulative,
  };
}

interface YearPoint {
  year: number;
  value: number | typeof SUPPRESSED;
  completeness: Completeness;
}

/** Yearly values of complete calendar years of the phase (all four quarters on the axis and reported), as the comparison with targets reads them. */
function yearPoints(indicator: Indicator, unit: UnitFigures, ctx: AssessContext, phase: AssessedPhase): YearPoint[] {
  const ordinals = axisOrdinals(ctx.axis);
  const years = phaseYears(phase);
  const first = Math.max(ordinals.length ? Math.floor(ordinals[0]! / 4) : years.last + 1, years.first);
  const series = unit.series[indicator.code] ?? unit.series[indicator.numerator ?? ''];
  const points: YearPoint[] = [];
  for (let year = first; year <= years.last; year++) {
    const found = completeYearFigure(indicator, unit, ctx.catalogue, ctx.axis, year);
    if (!found) continue;
    const completeness = series ? indicatorCompleteness(indicator, series, found.indices) : NO_REPORTS;
    points.push({ year, value: found.figure.value as YearPoint['value'], completeness });
  }
  return points;
}

function assessGrowth(indicator: Indicator, unit: UnitFigures, ctx: AssessContext, phase: AssessedPhase, config: ProgressConfig): Assessment {
  if (isHidden(unit.hiddenTargets, indicator.code, phase.code)) return { kind: 'suppressed' };
  const given = unit.targets[indicator.code]?.[phase.code];
  const rate = targetRule(indicator).yearlyRate;
  if (given === undefined && rate === undefined) return { kind: 'no_target' };
  const points = yearPoints(indicator, unit, ctx, phase);
  const lastYear = phaseYears(phase).last;
  const firstYear = points[0]?.year ?? lastYear;
  const baseline = baselineBefore(unit, indicator.code, firstYear);
  if (baseline === 'hidden') return { kind: 'suppressed' };
  if (given === undefined && !baseline) return { kind: 'no_target' };
  const count = points.length + (baseline ? 1 : 0);
  const latest = points[points.length - 1];
  const start = baseline ?? points[0];
  if (count < config.minDataPoints || !latest || !start || latest.year <= start.year) return { kind: 'insufficient', points: count };
  if (latest.value === SUPPRESSED || start.value === SUPPRESSED) return { kind: 'suppressed' };
  const measured = measureGrowth(
    {
      base: start.value,
      value: latest.value,
      target: given ?? null,
      ...(given === undefined && rate !== undefined ? { requiredRate: rate } : {}),
      yearsElapsed: latest.year - start.year,
      yearsToTarget: lastYear - start.year,
      direction: indicator.direction,
    },
    config,
  );
  return {
    kind: 'assessed',
    method: 'growth',
    direction: indicator.direction,
    base: start.value,
    value: latest.value,
    target: measured.target,
    baseGiven: baseline !== null,
    achievement: measured.target === 0 ? null : latest.value / measured.target,
    completeness: latest.completeness,
    measured,
    baseYear: start.year,
    valueYear: latest.year,
    targetYear: lastYear,
    requiredRate: measured.targetImplied ? (rate ?? null) : null,
  };
}
