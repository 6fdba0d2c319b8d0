/**
 * The headline of a unit for leadership: how many indicators stand in each progress band (the very
 * assessment the progress view shows), the child units that lag most and what pulls them down, and
 * which indicators changed band since the previous quarter.
 */
import type { Indicator } from './indicators';
import { rankLagging, type LaggingEntry, type LaggingRow } from './lagging';
import { BANDS, type Band } from './progress';
import type { AssessContext, UnitFigures } from './progress-assess';
import type { PeriodSelection } from './periods';
import type { Phase } from './phases';
import { assessContext } from './progress-context';
import { assessUnit, type UnitProgress } from './unit-progress';

export interface HeadlineChild {
  code: string;
  name: string;
  figures: UnitFigures | undefined;
}

export interface HeadlineInput {
  indicators: readonly Indicator[];
  unit: UnitFigures;
  children: readonly HeadlineChild[];
  ctx: AssessContext;
  /** Order of names with equal scores (Vietnamese order in the app). */
  compareText: (a: string, b: string) => number;
  /** How many lagging child units to name. */
  worstCount?: number;
}

export interface BandChange {
  indicator: Indicator;
  from: Band;
  to: Band;
}

export interface Headline {
  /** Quarter the statuses are read at ("2025Q2"), and the quarter before (null with one quarter of data). */
  asOf: string | null;
  previousQuarter: string | null;
  progress: UnitProgress;
  /** The same assessment one quarter earlier; null when there is no earlier quarter. */
  previous: UnitProgress | null;
  improved: BandChange[];
  worsened: BandChange[];
  /** Child units with a score, worst first, that have at least one indicator below "on track". */
  worst: LaggingRow[];
}

export const WORST_CHILDREN = 3;

/** Position of a band from best (0, met) to worst (4, decline). */
export const bandRank = (band: Band): number => BANDS.indexOf(band);

const bandOf = (progress: UnitProgress, code: string): Band | null => {
  const a = progress.items.find((i) => i.indicator.code === code)?.assessment;
  return a?.kind === 'assessed' ? a.measured.band : null;
};

/** Indicators assessed in both quarters whose band moved, split into better and worse (best first within each). */
export function bandChanges(now: UnitProgress, before: UnitProgress): { improved: BandChange[]; worsened: BandChange[] } {
  const improved: BandChange[] = [];
  const worsened: BandChange[] = [];
  for (const { indicator } of now.items) {
    const to = bandOf(now, indicator.code);
    const from = bandOf(before, indicator.code);
    if (to === null || from === null || to === from) continue;
    (bandRank(to) < bandRank(from) ? improved : worsened).push({ indicator, from, to });
  }
  return { improved, worsened };
}

/** The unit's own part of the headline: its assessment now and one quarter earlier (null when there is no earlier quarter). */
export interface OwnProgress {
  progress: UnitProgress;
  previous: UnitProgress | null;
}

export function ownProgress(indicators: readonly Indicator[], unit: UnitFigures, ctx: AssessContext): OwnProgress {
  const earlier = ctx.axis.slice(0, -1);
  return { progress: assessUnit(indicators, unit, ctx), previous: earlier.length > 0 ? assessUnit(indicators, unit, { ...ctx, axis: earlier }) : null };
}

/** One child unit's part of the headline: its assessment, or null when it has no figures. */
export function childProgress(indicators: readonly Indicator[], child: HeadlineChild, ctx: AssessContext): LaggingEntry | null {
  return child.figures ? { code: child.code, name: child.name, parentName: null, progress: assessUnit(indicators, child.figures, ctx) } : null;
}

/**
 * The headline put together from its parts, computed apart (the unit's own, each child's): what
 * `buildHeadline` returns, so that a screen can compute the parts in renders of their own.
 */
export function assembleHeadline(
  axis: readonly string[],
  own: OwnProgress,
  children: readonly (LaggingEntry | null)[],
  compareText: HeadlineInput['compareText'],
  worstCount = WORST_CHILDREN,
): Headline {
  const { progress, previous } = own;
  const earlier = axis.slice(0, -1);
  const { improved, worsened } = previous ? bandChanges(progress, previous) : { improved: [], worsened: [] };
  const entries = children.filter((c): c is LaggingEntry => c !== null);
  const worst = rankLagging(entries, compareText)
    .filter((row) => row.rank !== null && row.pulling.length > 0)
    .slice(0, worstCount);
  return { asOf: axis[axis.length - 1] ?? null, previousQuarter: earlier[earlier.length - 1] ?? null, progress, previous, improved, worsened, worst };
}

export function buildHeadline(input: HeadlineInput): Headline {
  const { indicators, unit, ctx } = input;
  return assembleHeadline(
    ctx.axis,
    ownProgress(indicators, unit, ctx),
    input.children.map((c) => childProgress(indicators, c, ctx)),
    input.compareText,
    input.worstCount,
  );
}

/** What a unit's headline is read from: the unit, its children and their figures (a unit document). */
export interface HeadlineDocument {
  unit: { code: string };
  children: readonly { code: string; name: string }[];
  figures: Readonly<Record<string, UnitFigures | undefined>>;
}

/**
 * The headline of a unit document as of a quarter: the quarters of the axis up to `asOf` (all of
 * them when absent), so a notice reads progress at the end of the period it reports. Null when the
 * document has no figures of its own or no quarter is left.
 */
export function unitHeadline(
  doc: HeadlineDocument,
  meta: { quarters: readonly string[]; phases: readonly Phase[] },
  indicators: readonly Indicator[],
  period: PeriodSelection,
  compareText: (a: string, b: string) => number,
  asOf?: string | null,
): Headline | null {
  const axis = meta.quarters;
  const own = doc.figures[doc.unit.code];
  const upTo = asOf ? axis.filter((q) => q <= asOf) : axis;
  if (!own || upTo.length === 0) return null;
  return buildHeadline({
    indicators,
    unit: own,
    children: doc.children.map((c) => ({ code: c.code, name: c.name, figures: doc.figures[c.code] })),
    ctx: assessContext({ quarters: upTo, phases: meta.phases }, { indicators }, period),
    compareText,
  });
}
