/**
 * Rules for one unit's figures that need the metadata and the catalogue: arrays as long as
 * meta.quarters, codes that exist, whole counts, rates below one, sensitive indicators only where
 * they may be published and never as a small count.
 */
import type { Catalogue, Figures, IndicatorDef, Meta, SeriesData } from '../../src/api/contract';
import { isAtOrAboveKind, levelKind, levelOfKind, type LevelKind } from '../../src/domain/levels';
import { firstRateExcess } from '../../src/domain/rate-bounds';
import { apiProblem, jsonPath, type ApiProblem, type RuleCode } from './problems';

export interface CheckContext {
  quarters: number;
  indicators: ReadonlyMap<string, IndicatorDef>;
  /** dimension code → its category codes. */
  dimensions: ReadonlyMap<string, ReadonlySet<string>>;
  threshold: number;
  /** Kinds of the levels, root first. */
  levels: readonly { kind: LevelKind }[];
  /** Lowest kind of level at which sensitive indicators are published. */
  floorKind: LevelKind;
  /** Its depth (the level new units of a later structure are at). */
  floorLevel: number;
}

export function checkContext(meta: Meta, catalogue: Catalogue): CheckContext {
  return {
    quarters: meta.quarters.length,
    indicators: new Map(catalogue.indicators.map((i) => [i.code, i])),
    dimensions: new Map(catalogue.dimensions.map((d) => [d.code, new Set(d.categories.map((c) => c.code))])),
    threshold: meta.suppression.threshold,
    levels: meta.levels,
    floorKind: meta.suppression.floorKind,
    floorLevel: levelOfKind(meta.levels, meta.suppression.floorKind) ?? meta.levels.length,
  };
}

/** Counts (of people, teams, events…) are whole numbers; budget amounts and rates need not be. */
const isCount = (ind: IndicatorDef): boolean => ind.kind !== 'rate' && ind.budget === undefined;

type Report = (path: PropertyKey[], rule: RuleCode, params?: Record<string, string | number>) => void;

function checkCells(ctx: CheckContext, ind: IndicatorDef, cells: readonly unknown[], path: PropertyKey[], report: Report): void {
  cells.forEach((cell, i) => {
    if (typeof cell !== 'number') return;
    if (isCount(ind) && !Number.isInteger(cell)) report([...path, i], 'fractionalCount', { value: cell });
    if (ind.sensitive && cell > 0 && cell < ctx.threshold) report([...path, i], 'smallCount', { value: cell, code: ind.code, threshold: ctx.threshold });
  });
}

function checkSeries(ctx: CheckContext, ind: IndicatorDef, s: SeriesData, path: PropertyKey[], report: Report): void {
  for (const key of ['values', 'reported'] as const) {
    if (s[key].length !== ctx.quarters) report([...path, key], 'arrayLength', { found: s[key].length, expected: ctx.quarters });
  }
  checkCells(ctx, ind, s.values, [...path, 'values'], report);
  for (const [dim, cats] of Object.entries(s.breakdown ?? {})) {
    if (!ind.disaggregations.includes(dim)) report([...path, 'breakdown', dim], 'unknownDimension', { code: dim, indicator: ind.code });
    for (const [cat, cells] of Object.entries(cats)) {
      const at = [...path, 'breakdown', dim, cat];
      if (!ctx.dimensions.get(dim)?.has(cat)) report(at, 'unknownCategory', { code: cat, dimension: dim });
      if (cells.length !== ctx.quarters) report(at, 'arrayLength', { found: cells.length, expected: ctx.quarters });
      checkCells(ctx, ind, cells, at, report);
    }
  }
  (s.totals ?? []).forEach((total, i) => {
    const at = [...path, 'totals', i];
    for (const key of ['from', 'to'] as const) {
      if (total[key] >= ctx.quarters) report([...at, key], 'quarterPosition', { found: total[key], last: ctx.quarters - 1 });
    }
    checkCells(ctx, ind, [total.value], [...at, 'value'], (p, rule, params) => report(p.slice(0, -1), rule, params));
    for (const [dim, cats] of Object.entries(total.breakdown ?? {})) {
      for (const [cat, cell] of Object.entries(cats))
        checkCells(ctx, ind, [cell], [...at, 'breakdown', dim, cat], (p, rule, params) => report(p.slice(0, -1), rule, params));
    }
  });
}

function checkRates(ctx: CheckContext, figures: Figures, base: PropertyKey[], report: Report): void {
  for (const rate of ctx.indicators.values()) {
    if (rate.kind !== 'rate' || !rate.numerator || !rate.denominator) continue;
    // Where units reported one side alone, the rate is built from its paired sides, which must hold the bound.
    const paired = figures.rates?.[rate.code];
    const num = paired ? paired.numerator : figures.series[rate.numerator]?.values;
    const den = paired ? paired.denominator : figures.series[rate.denominator]?.values;
    if (!num || !den || [...num, ...den].includes('suppressed')) continue;
    const cumulative = ctx.indicators.get(rate.numerator)?.kind !== 'stock';
    const excess = firstRateExcess(num as (number | null)[], den as (number | null)[], cumulative);
    if (excess) {
      const at = paired ? ['rates', rate.code, 'numerator', excess.quarter] : ['series', rate.numerator, 'values', excess.quarter];
      report([...base, ...at], 'rateAboveOne', {
        code: rate.code,
        numerator: rate.numerator,
        denominator: rate.denominator,
        num: excess.numerator,
        den: excess.denominator,
        quarter: excess.quarter,
      });
    }
  }
}

/** Problems of one unit's figures (`base` is their JSON path in the document, `level` the unit's depth). */
export function figuresProblems(ctx: CheckContext, document: string, base: PropertyKey[], figures: Figures, level: number): ApiProblem[] {
  const problems: ApiProblem[] = [];
  const report: Report = (path, rule, params) => problems.push(apiProblem(document, jsonPath(path), rule, params));
  const belowFloor = !isAtOrAboveKind(ctx.levels, level, ctx.floorKind);
  const known = (code: string, path: PropertyKey[]): IndicatorDef | undefined => {
    const ind = ctx.indicators.get(code);
    if (!ind) report(path, 'unknownIndicator', { code });
    else if (ind.sensitive && belowFloor) report(path, 'sensitiveBelowFloor', { code, kind: levelKind(ctx.levels, level) ?? level, floorKind: ctx.floorKind });
    return ind;
  };
  for (const [code, s] of Object.entries(figures.series)) {
    const path = [...base, 'series', code];
    const ind = known(code, path);
    if (!ind) continue;
    if (ind.kind === 'rate') report(path, 'rateSeries', { code });
    if (figures.withheld.includes(code)) report(path, 'withheldPublished', { code });
    checkSeries(ctx, ind, s, path, report);
  }
  for (const [code, r] of Object.entries(figures.rates ?? {})) {
    const path = [...base, 'rates', code];
    const ind = known(code, path);
    if (ind && ind.kind !== 'rate') report(path, 'pairedNotRate', { code });
    for (const key of ['numerator', 'denominator', 'reported', 'carried'] as const) {
      const cells = r[key];
      if (cells && cells.length !== ctx.quarters) report([...path, key], 'arrayLength', { found: cells.length, expected: ctx.quarters });
    }
  }
  for (const key of ['targets', 'baselines', 'hiddenTargets', 'hiddenBaselines'] as const) {
    for (const code of Object.keys(figures[key] ?? {})) known(code, [...base, key, code]);
  }
  figures.withheld.forEach((code, i) => {
    const ind = ctx.indicators.get(code);
    if (!ind) report([...base, 'withheld', i], 'unknownIndicator', { code });
    else if (!ind.sensitive) report([...base, 'withheld', i], 'withheldNotSensitive', { code });
  });
  checkRates(ctx, figures, base, report);
  return problems;
}
