/** Draws one reporting unit's quarterly values and the breakdowns of its totals. */
import { DIMENSION_COVERAGE, VALUE_SPECS, type CatalogueDimension, type CatalogueIndicator } from './catalogue';
import type { GenUnit } from './country-units';
import type { Random } from './random';

/** Share of unit-quarters with no report at all, and of single cells left blank. */
export const MISSING_ROW = 0.04;
export const MISSING_CELL = 0.01;

const FIXED_WEIGHTS: Record<string, number[]> = {
  sex: [0.55, 0.45],
  age: [0.3, 0.7],
  role: [0.4, 0.15, 0.2, 0.05, 0.2],
  participant_role: [0.05, 0.05, 0.05, 0.1, 0.05, 0.05, 0.35, 0.3],
};

export interface Context {
  /** Reported, non-rate indicators of this level, in column order. */
  indicators: CatalogueIndicator[];
  dimensions: Map<string, CatalogueDimension>;
  quarters: readonly string[];
  /** Ethnicity weights per province. */
  ethnicMix: number[][];
}

export interface Breakdown {
  quarter: number;
  indicator: string;
  dimension: string;
  category: string;
  value: number;
}

export interface UnitValues {
  /** Per quarter: values by column (null = blank cell), or null when the unit did not report. */
  rows: ((number | null)[] | null)[];
  breakdowns: Breakdown[];
}

function weightsFor(dim: CatalogueDimension, indicator: string, unit: GenUnit, ctx: Context): number[] {
  let weights = FIXED_WEIGHTS[dim.code];
  if (dim.code === 'ethnicity') weights = ctx.ethnicMix[unit.province];
  if (dim.code === 'sex' && indicator === 'P8.1.2') weights = [0.7, 0.3];
  if (dim.code === 'age' && indicator === 'P8.3.3') weights = [0.9, 0.1];
  return weights?.length === dim.categories.length ? weights : dim.categories.map(() => 1);
}

export function drawUnitValues(unit: GenUnit, ctx: Context, rng: Random): UnitValues {
  const n = ctx.quarters.length;
  const col = new Map(ctx.indicators.map((ind, i) => [ind.code, i]));
  // Stocks persist: whether the unit has one, how many, and from which quarter.
  const stock = ctx.indicators.map((ind) => {
    const spec = VALUE_SPECS[ind.code];
    return ind.kind === 'stock' && spec ? { on: rng.chance(spec.p), value: rng.int(spec.min, spec.max), from: rng.int(0, 5) } : null;
  });
  const rows: UnitValues['rows'] = [];
  const breakdowns: Breakdown[] = [];
  let allocated = 0;
  let disbursed = 0;
  for (let q = 0; q < n; q++) {
    if (rng.chance(MISSING_ROW)) {
      rows.push(null);
      continue;
    }
    const values: (number | null)[] = [];
    const get = (code: string) => {
      const i = col.get(code);
      return i === undefined ? 0 : (values[i] ?? 0);
    };
    ctx.indicators.forEach((ind, i) => {
      const spec = VALUE_SPECS[ind.code];
      let v = 0;
      if (ind.code === 'P8.C.0') v = unit.disadvantaged ? 1 : 0;
      else if (ind.code === 'P8.C.1') v = unit.disadvantaged && get('P8.1.1') > 0 ? 1 : 0;
      else if (ind.code === 'P8.F.2') v = rng.chance(0.85) ? rng.int(0, allocated - disbursed) : 0;
      else if (spec && (!spec.gate || get(spec.gate) > 0)) {
        const s = stock[i];
        if (s) v = s.on && q >= s.from ? s.value : 0;
        else v = rng.chance(spec.p) ? rng.int(spec.min, spec.max) : 0;
      }
      if (ind.code === 'P8.F.1') allocated += v;
      if (ind.code === 'P8.F.2') disbursed += v;
      const pinned = ind.code.startsWith('P8.C.') || ind.code.startsWith('P8.F.');
      values.push(!pinned && rng.chance(MISSING_CELL) ? null : v);
    });
    rows.push(values);
    ctx.indicators.forEach((ind, i) => {
      const total = values[i];
      if (!total || ind.disaggregations.length === 0) return;
      for (const dimCode of ind.disaggregations) {
        if (!rng.chance(DIMENSION_COVERAGE[dimCode] ?? 1)) continue;
        const dim = ctx.dimensions.get(dimCode);
        if (!dim) continue;
        const counts = rng.split(total, weightsFor(dim, ind.code, unit, ctx));
        counts.forEach((value, k) => {
          const category = dim.categories[k]?.code;
          if (value > 0 && category) breakdowns.push({ quarter: q, indicator: ind.code, dimension: dimCode, category, value });
        });
      }
    });
  }
  return { rows, breakdowns };
}
