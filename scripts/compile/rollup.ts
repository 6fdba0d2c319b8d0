/**
 * Quarterly series of every indicator for every unit, rolled up from the reporting units: stocks
 * with their last report carried forward as the catalogue declares, rates' sides paired.
 */
import type { SeriesData } from '../../src/api/contract';
import { leafSeries, sumColumn, sumSeries, type Cell, type Series } from '../../src/domain/aggregate';
import { carriedLeafSeries, carryCells, carrySources } from '../../src/domain/carry-forward';
import { spliceHistory, sumHistory } from '../../src/domain/history';
import type { Indicator } from '../../src/domain/indicators';
import { pairedLeafSeries, type RateSide } from '../../src/domain/rate-pairs';
import { childrenOf, type Unit, type UnitIndex } from '../../src/domain/units';
import type { Dataset } from './dataset';
import type { HistorySource } from './history-source';

export const round = (v: Cell): Cell => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v);

export type Breakdown = NonNullable<SeriesData['breakdown']>;

/**
 * Quarterly series (and breakdowns) of every indicator for every unit at or above its report level.
 * Only units above the report level are cached: a report-level series is a cheap copy of the
 * parsed reports, and caching it would hold a second copy of the largest table (100,000 villages
 * at country scale) for the whole compile.
 */
export class Rollup {
  private readonly series = new Map<string, Series>();
  private readonly breakdowns = new Map<string, Breakdown>();
  /** Each rate's sides as series of their own ("P8.F.3|numerator"), kept only where a unit reported both. */
  private readonly pairs = new Map<string, { side: RateSide; numerator: Indicator; denominator: Indicator; indicator: Indicator }>();
  /** The depth of the units that report each kind of indicator. */
  private readonly reportDepth: (ind: Indicator) => number;
  constructor(
    private readonly ds: Dataset,
    private readonly index: UnitIndex,
    /** A structure formed by a reorganisation: its units' figures before it. */
    private readonly history?: HistorySource,
  ) {
    const depths = new Map(ds.meta.levels.map((l, i) => [l.kind, i + 1]));
    this.reportDepth = (ind) => depths.get(ind.reportKind) ?? 0;
    const byCode = new Map(ds.indicators.map((i) => [i.code, i]));
    for (const rate of ds.indicators) {
      const numerator = byCode.get(rate.numerator ?? '');
      const denominator = byCode.get(rate.denominator ?? '');
      // Sensitive sides are published by year only (suppress-sensitive); sides reported by different kinds of unit cannot be paired.
      if (rate.kind !== 'rate' || !numerator || !denominator || numerator.sensitive || denominator.sensitive) continue;
      if (numerator.reportKind !== denominator.reportKind) continue;
      for (const side of ['numerator', 'denominator'] as const) {
        const code = `${rate.code}|${side}`;
        this.pairs.set(code, { side, numerator, denominator, indicator: { ...(side === 'numerator' ? numerator : denominator), code } });
      }
    }
  }

  /** The rate's sides summed over the units that reported both, beside the sides as published; undefined for a rate that is not paired. */
  pairedOf(rate: Indicator, unit: Unit): { paired: Record<RateSide, Series>; plain: Record<RateSide, Series> } | undefined {
    const num = this.pairs.get(`${rate.code}|numerator`);
    const den = this.pairs.get(`${rate.code}|denominator`);
    if (!num || !den) return undefined;
    const paired = { numerator: this.seriesOf(num.indicator, unit), denominator: this.seriesOf(den.indicator, unit) };
    const plain = { numerator: this.seriesOf(num.numerator, unit), denominator: this.seriesOf(num.denominator, unit) };
    if (!paired.numerator || !paired.denominator || !plain.numerator || !plain.denominator) return undefined;
    return { paired: paired as Record<RateSide, Series>, plain: plain as Record<RateSide, Series> };
  }

  /** The unit's series; for a unit made of old ones, theirs before the reorganisation. */
  seriesOf(ind: Indicator, unit: Unit): Series | undefined {
    const own = this.ownSeries(ind, unit);
    const past = own && this.history?.past(ind, unit);
    return past ? spliceHistory(own, { ...past, values: past.values.map(round) }, this.history!.before) : own;
  }

  private ownSeries(ind: Indicator, unit: Unit): Series | undefined {
    if (unit.level > this.reportDepth(ind)) return undefined;
    const n = this.ds.quarters.length;
    if (unit.level === this.reportDepth(ind)) {
      const s = this.leafSeriesOf(ind, unit, n);
      const rounded = { ...s, values: s.values.map(round) };
      // A reporting unit of a new structure expects nothing before it existed.
      return this.history ? spliceHistory(rounded, undefined, this.history.before) : rounded;
    }
    const key = `${ind.code}|${unit.code}`;
    const cached = this.series.get(key);
    if (cached) return cached;
    const children = this.childSeries(ind, unit);
    const s = sumSeries(children, n);
    const history = this.history && sumHistory(children);
    const rounded = { ...s, values: s.values.map(round), ...(history ? { history } : {}) };
    this.series.set(key, rounded);
    return rounded;
  }

  breakdownOf(ind: Indicator, unit: Unit): Breakdown | undefined {
    if (unit.level > this.reportDepth(ind) || ind.disaggregations.length === 0) return undefined;
    const leaf = unit.level === this.reportDepth(ind);
    const key = `${ind.code}|${unit.code}`;
    const cached = leaf ? undefined : this.breakdowns.get(key);
    if (cached) return cached;
    const n = this.ds.quarters.length;
    const out: Breakdown = {};
    // Children's breakdowns once, not once per category: report-level ones are not cached.
    const kidBreakdowns = leaf ? [] : childrenOf(this.index, unit.code).map((c) => this.breakdownOf(ind, c));
    const reports = leaf && ind.carryForward ? this.ds.reports.get(ind.code)?.series(unit.code) : undefined;
    const sources = reports && carrySources(reports, ind.carryForward!);
    for (const dimCode of ind.disaggregations) {
      const dim = this.ds.dimensions.find((d) => d.code === dimCode);
      if (!dim) continue;
      const byCat: Record<string, Cell[]> = {};
      for (const cat of dim.categories) {
        if (leaf) {
          // A fresh array each time (series() builds one), so it is not copied again.
          const cells = this.ds.breakdowns.get(ind.code)?.get(dimCode)?.series(cat.code, unit.code) ?? Array<null>(n).fill(null);
          // A carried total brings the categories of the report it came from, so the breakdown still adds up.
          byCat[cat.code] = sources ? carryCells(cells, sources, null) : cells;
        } else {
          const kids = kidBreakdowns.map((b) => b?.[dimCode]?.[cat.code] ?? []);
          const sums: Cell[] = [];
          for (let q = 0; q < n; q++) sums.push(sumColumn(kids, q));
          byCat[cat.code] = sums;
        }
      }
      // A dimension nobody reported stays out rather than showing a row of blanks.
      if (Object.values(byCat).some((cells) => cells.some((c) => c !== null))) out[dimCode] = byCat;
    }
    if (!leaf) this.breakdowns.set(key, out);
    return out;
  }

  /** A reporting unit's own series: its reports (a stock's last one carried forward as declared), or a rate's paired side. */
  private leafSeriesOf(ind: Indicator, unit: Unit, n: number): Series {
    const pair = this.pairs.get(ind.code);
    if (pair) return pairedLeafSeries(this.ownSeries(pair.numerator, unit)!, this.ownSeries(pair.denominator, unit)!)[pair.side];
    const reports = this.ds.reports.get(ind.code)?.series(unit.code) ?? Array<null>(n).fill(null);
    return ind.carryForward ? carriedLeafSeries(reports, ind.carryForward) : leafSeries(reports);
  }

  private childSeries(ind: Indicator, unit: Unit): Series[] {
    return childrenOf(this.index, unit.code).flatMap((c) => this.seriesOf(ind, c) ?? []);
  }
}
