/**
 * Publication of sensitive indicators (docs/suppression.md). For every unit from the province
 * down to the commune, a sensitive indicator is published only as totals by calendar year and
 * for each declared phase (grain "year"), with its baselines; all of them go through primary and secondary
 * suppression together, as one table whose relations are everything a reader can add up:
 * parent = Σ children (per period, per breakdown category, per baseline year), total = Σ
 * categories of a breakdown, phase = Σ years. Targets are withheld wherever the unit has a hidden
 * count, because a ceiling computed from a count gives the count away.
 */
import type { Figures, PeriodTotalData, SeriesData } from '../../src/api/contract';
import { sumCells, type Cell, type Series } from '../../src/domain/aggregate';
import type { Indicator } from '../../src/domain/indicators';
import type { Phase } from '../../src/domain/phases';
import { selectionIndices } from '../../src/domain/periods';
import type { Relation } from '../../src/domain/suppression-audit';
import { isPublishedAtLevel, publishedCell, publishedDimensions, suppressTable, type SuppressionRules } from '../../src/domain/suppression';
import { childrenOf, type Unit, type UnitIndex } from '../../src/domain/units';
import type { Dataset } from './dataset';

type Breakdown = NonNullable<SeriesData['breakdown']>;

export interface SensitiveInput {
  ds: Dataset;
  index: UnitIndex;
  rules: SuppressionRules;
  seriesOf: (ind: Indicator, unit: Unit) => Series | undefined;
  breakdownOf: (ind: Indicator, unit: Unit) => Breakdown | undefined;
}

export interface Span {
  key: string;
  from: number;
  to: number;
}

/** One indicator as a table for suppression, and what it lets a unit publish. */
export interface SensitiveTable {
  values: Map<string, number | null>;
  relations: Relation[];
  hidden: Set<string>;
  /** unit → the breakdowns it publishes. */
  dimsOf: Map<string, string[]>;
}

/**
 * Calendar years on the quarter axis, then each declared phase with data, keyed by its code. A
 * phase is published only when whole years on the axis tile it (a phase starting mid-year would
 * otherwise give away its part-years as the difference).
 */
export function periodSpans(quarters: readonly string[], phases: readonly Phase[]): Span[] {
  const years = new Map<string, Span>();
  quarters.forEach((q, i) => {
    const key = q.slice(0, 4);
    const span = years.get(key);
    if (span) span.to = i;
    else years.set(key, { key, from: i, to: i });
  });
  const yearSpans = [...years.values()];
  const phaseSpans = phases.flatMap((phase): Span[] => {
    const indices = selectionIndices({ kind: 'phase', phase }, quarters);
    if (indices.length === 0) return [];
    const span = { key: phase.code, from: indices[0]!, to: indices[indices.length - 1]! };
    const tiled = yearSpans.every((y) => y.to < span.from || y.from > span.to || (y.from >= span.from && y.to <= span.to));
    return tiled ? [span] : [];
  });
  return [...yearSpans, ...phaseSpans];
}

const spanValue = (kind: Indicator['kind'], values: readonly Cell[], span: Span): number | null => {
  const cell = kind === 'stock' ? (values[span.to] ?? null) : sumCells(values.slice(span.from, span.to + 1));
  return typeof cell === 'number' ? cell : null;
};

const id = {
  total: (u: string, key: string) => `${u}|${key}`,
  category: (u: string, key: string, dim: string, cat: string) => `${u}|${key}|${dim}=${cat}`,
  /** Reported but not broken down: never published, but a reader can compute it from the rest. */
  rest: (u: string, key: string, dim: string) => `${u}|${key}|${dim}=?`,
  baseline: (u: string, year: string) => `${u}|baseline ${year}`,
  baselineRest: (u: string, year: string) => `${u}|baseline ${year}|?`,
};

/** The suppression table of one sensitive indicator over the published units. */
export function sensitiveTable(ind: Indicator, input: SensitiveInput, units: readonly Unit[], spans: readonly Span[]): SensitiveTable {
  const { ds, rules } = input;
  const values = new Map<string, number | null>();
  const relations: Relation[] = [];
  const published = new Set(units.map((u) => u.code));
  const phaseKeys = new Set(ds.meta.phases.map((p) => p.code));
  const yearSpans = spans.filter((s) => !phaseKeys.has(s.key));
  // Each phase total is the sum of its years (a stock: its last year).
  const overTime = (cellOf: (key: string) => string) => {
    for (const phase of spans.filter((s) => phaseKeys.has(s.key))) {
      const inPhase = yearSpans.filter((s) => s.from >= phase.from && s.to <= phase.to);
      const parts = ind.kind === 'stock' ? inPhase.filter((s) => s.to === phase.to) : inPhase;
      if (parts.length) relations.push({ total: cellOf(phase.key), parts: parts.map((s) => cellOf(s.key)) });
    }
  };
  const dimsOf = new Map<string, string[]>();
  const reportedDimsOf = new Map<string, string[]>();
  const alwaysHidden: string[] = [];

  for (const unit of units) {
    const series = input.seriesOf(ind, unit);
    if (!series) continue;
    const breakdown = input.breakdownOf(ind, unit) ?? {};
    const dims = ind.disaggregations.filter((d) => breakdown[d]);
    const shown = publishedDimensions(ind, ds.meta.levels, unit.level, rules).filter((d) => breakdown[d]);
    reportedDimsOf.set(unit.code, dims);
    dimsOf.set(unit.code, shown);
    for (const span of spans) values.set(id.total(unit.code, span.key), spanValue(ind.kind, series.values, span));
    overTime((key) => id.total(unit.code, key));
    for (const dim of dims) {
      const cats = Object.keys(breakdown[dim]!);
      for (const span of spans) {
        const total = values.get(id.total(unit.code, span.key)) ?? null;
        let known = 0;
        for (const cat of cats) {
          const v = spanValue(ind.kind, breakdown[dim]![cat]!, span);
          values.set(id.category(unit.code, span.key, dim, cat), v);
          known += v ?? 0;
        }
        values.set(id.rest(unit.code, span.key, dim), total === null ? null : total - known);
        // A breakdown kept off this level still adds up into the parent's: it stays in the table, hidden
        // (its rest is treated as known, which only makes the reader stronger).
        if (!shown.includes(dim)) alwaysHidden.push(...cats.map((c) => id.category(unit.code, span.key, dim, c)));
        relations.push({
          total: id.total(unit.code, span.key),
          parts: [...cats.map((c) => id.category(unit.code, span.key, dim, c)), id.rest(unit.code, span.key, dim)],
        });
      }
      for (const cat of [...cats, '?']) overTime((key) => (cat === '?' ? id.rest(unit.code, key, dim) : id.category(unit.code, key, dim, cat)));
    }
  }

  for (const unit of units) {
    const kids = childrenOf(input.index, unit.code).filter((c) => published.has(c.code) && dimsOf.has(c.code));
    if (kids.length === 0 || !dimsOf.has(unit.code)) continue;
    for (const span of spans) {
      relations.push({ total: id.total(unit.code, span.key), parts: kids.map((c) => id.total(c.code, span.key)) });
      for (const dim of reportedDimsOf.get(unit.code)!) {
        // A child without this breakdown reported none of it, so it adds nothing to the parent's.
        const withDim = kids.filter((c) => reportedDimsOf.get(c.code)!.includes(dim));
        const cats = Object.keys(input.breakdownOf(ind, unit)?.[dim] ?? {});
        for (const cat of cats)
          relations.push({ total: id.category(unit.code, span.key, dim, cat), parts: withDim.map((c) => id.category(c.code, span.key, dim, cat)) });
        relations.push({ total: id.rest(unit.code, span.key, dim), parts: withDim.map((c) => id.rest(c.code, span.key, dim)) });
      }
    }
  }

  // Baselines: one column per year; a parent's baseline less its children's is their missing rest.
  const baselineOf = (u: string, year: string) => ds.baselines.get(u)?.get(ind.code)?.get(year);
  for (const unit of units) for (const [year, v] of ds.baselines.get(unit.code)?.get(ind.code) ?? []) values.set(id.baseline(unit.code, year), v);
  for (const unit of units) {
    for (const [year, total] of ds.baselines.get(unit.code)?.get(ind.code) ?? []) {
      const kids = childrenOf(input.index, unit.code).filter((c) => published.has(c.code));
      if (kids.length === 0) continue;
      const known = kids.filter((c) => baselineOf(c.code, year) !== undefined);
      values.set(id.baselineRest(unit.code, year), total - known.reduce((s, c) => s + baselineOf(c.code, year)!, 0));
      relations.push({ total: id.baseline(unit.code, year), parts: [...known.map((c) => id.baseline(c.code, year)), id.baselineRest(unit.code, year)] });
    }
  }

  return { values, relations, hidden: suppressTable(values, relations, rules, alwaysHidden).hidden, dimsOf };
}

/**
 * Suppresses every sensitive indicator of the dataset once; the returned function then rewrites
 * a unit's figures: sensitive series replaced by their published form (or withheld below the
 * commune level), baselines and targets that could reveal a hidden count left out and listed.
 */
export function suppressSensitive(input: SensitiveInput): (unit: Unit, figures: Figures) => Figures {
  const { ds, rules } = input;
  const spans = periodSpans(ds.quarters, ds.meta.phases);
  const units = ds.units.filter((u) => isPublishedAtLevel(ds.meta.levels, u.level, rules));
  const tables = new Map<string, SensitiveTable>();
  for (const ind of ds.indicators) if (ind.sensitive && ind.kind !== 'rate') tables.set(ind.code, sensitiveTable(ind, input, units, spans));

  return (unit, figures) => {
    const out: Figures = {
      ...figures,
      series: { ...figures.series },
      targets: { ...figures.targets },
      baselines: { ...figures.baselines },
      withheld: [...figures.withheld],
    };
    const hiddenTargets: Record<string, string[]> = {};
    const hiddenBaselines: Record<string, string[]> = {};
    for (const ind of ds.indicators.filter((i) => i.sensitive)) {
      delete out.series[ind.code];
      const table = tables.get(ind.code);
      const series = input.seriesOf(ind, unit);
      if (!isPublishedAtLevel(ds.meta.levels, unit.level, rules) || (ind.kind !== 'rate' && (!table || !series))) {
        if (ind.kind === 'rate' || series) out.withheld.push(ind.code);
        delete out.targets[ind.code];
        delete out.baselines[ind.code];
        continue;
      }
      if (!table || !series) continue;
      const cell = (cellId: string) => publishedCell(table.values, table.hidden, cellId);
      const dims = table.dimsOf.get(unit.code) ?? [];
      const breakdown = input.breakdownOf(ind, unit) ?? {};
      const totals: PeriodTotalData[] = spans.map((s) => ({
        ...s,
        value: cell(id.total(unit.code, s.key)),
        ...(dims.length
          ? {
              breakdown: Object.fromEntries(
                dims.map((d) => [d, Object.fromEntries(Object.keys(breakdown[d]!).map((c) => [c, cell(id.category(unit.code, s.key, d, c))]))]),
              ),
            }
          : {}),
      }));
      out.series[ind.code] = {
        grain: 'year',
        values: series.values.map(() => 'suppressed' as const),
        reported: [...series.reported],
        expected: series.expected,
        totals,
      };

      const hiddenYears = Object.keys(out.baselines[ind.code] ?? {}).filter((y) => table.hidden.has(id.baseline(unit.code, y)));
      if (hiddenYears.length) {
        hiddenBaselines[ind.code] = hiddenYears;
        const kept = Object.entries(out.baselines[ind.code]!).filter(([y]) => !hiddenYears.includes(y));
        if (kept.length) out.baselines[ind.code] = Object.fromEntries(kept);
        else delete out.baselines[ind.code];
      }
      const anyHidden = hiddenYears.length > 0 || spans.some((s) => table.hidden.has(id.total(unit.code, s.key)));
      if (anyHidden && out.targets[ind.code]) {
        hiddenTargets[ind.code] = Object.keys(out.targets[ind.code]!);
        delete out.targets[ind.code];
      }
    }
    return {
      ...out,
      ...(Object.keys(hiddenTargets).length ? { hiddenTargets } : {}),
      ...(Object.keys(hiddenBaselines).length ? { hiddenBaselines } : {}),
    };
  };
}
