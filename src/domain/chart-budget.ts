/**
 * Budget: allocated against disbursed, and the disbursement rate as a ratio of sums (the
 * indicators with those budget roles in the catalogue), per child unit for the selected period
 * and per year for the unit.
 */
import type { Cell } from './aggregate';
import type { ChildRef, UnitFigures } from './chart-achievement';
import type { ChartSort } from './chart-options';
import { buildBuckets, drawable } from './chart-series';
import type { TextCompare } from './table-sort';
import { computeFigure } from './figures';
import { budgetPair, type Indicator } from './indicators';
import { selectionIndices, type PeriodSelection } from './periods';

export interface BudgetRow {
  key: string;
  /** Unit name (by unit) — the year's period is in `period` (by year). */
  name: string;
  period: PeriodSelection | null;
  partial: boolean;
  allocated: Cell;
  disbursed: Cell;
  /** Disbursed / allocated × 100, from the sums (never an average of rates). */
  rate: Cell;
  plot: { allocated: number | null; disbursed: number | null };
}

export type BudgetFigures = Pick<BudgetRow, 'allocated' | 'disbursed' | 'rate' | 'plot'>;

export interface BudgetSeries {
  availability: 'ok' | 'not_applicable' | 'no_children' | 'no_data';
  rows: BudgetRow[];
  /** The unit's own totals over the same span (equal to the sum of its children). */
  total: BudgetFigures | null;
}

function figureRow(catalogue: ReadonlyMap<string, Indicator>, figures: UnitFigures | undefined, indices: number[]): BudgetFigures | null {
  if (!figures) return null;
  const pair = budgetPair([...catalogue.values()]);
  if (!pair) return null;
  const cell = (indicator: Indicator | null): Cell | undefined => {
    if (!indicator) return undefined;
    const r = computeFigure(indicator, figures, catalogue, indices);
    return r.status === 'ok' ? r.figure.value : undefined;
  };
  const allocated = cell(pair.allocated);
  const disbursed = cell(pair.disbursed);
  const rate = cell(pair.rate);
  if (allocated === undefined || disbursed === undefined) return null;
  return { allocated, disbursed, rate: rate ?? null, plot: { allocated: drawable(allocated), disbursed: drawable(disbursed) } };
}

export function buildBudgetByUnit(input: {
  catalogue: ReadonlyMap<string, Indicator>;
  /** The unit's own figures, for the totals. */
  unit: UnitFigures | undefined;
  children: readonly ChildRef[];
  figures: Readonly<Record<string, UnitFigures | undefined>>;
  axis: readonly string[];
  period: PeriodSelection;
  sort: ChartSort;
  compareText: TextCompare;
}): BudgetSeries {
  const indices = selectionIndices(input.period, input.axis);
  const total = figureRow(input.catalogue, input.unit, indices);
  if (input.children.length === 0) return { availability: 'no_children', rows: [], total };
  const rows: BudgetRow[] = [];
  for (const child of input.children) {
    const row = figureRow(input.catalogue, input.figures[child.code], indices);
    if (row) rows.push({ key: child.code, name: child.name, period: null, partial: false, ...row });
  }
  if (rows.length === 0) return { availability: 'not_applicable', rows, total };
  const byName = (a: BudgetRow, b: BudgetRow) => input.compareText(a.name, b.name);
  const missing = (r: BudgetRow) => (r.plot.allocated === null && r.plot.disbursed === null ? 1 : 0);
  rows.sort(input.sort === 'name' ? byName : (a, b) => missing(a) - missing(b) || (b.plot.allocated ?? 0) - (a.plot.allocated ?? 0) || byName(a, b));
  return { availability: rows.every((r) => r.allocated === null && r.disbursed === null) ? 'no_data' : 'ok', rows, total };
}

export function buildBudgetByYear(input: {
  catalogue: ReadonlyMap<string, Indicator>;
  unit: ChildRef;
  figures: UnitFigures | undefined;
  axis: readonly string[];
}): BudgetSeries {
  const total = figureRow(
    input.catalogue,
    input.figures,
    input.axis.map((_, i) => i),
  );
  if (!total) return { availability: 'not_applicable', rows: [], total };
  const rows: BudgetRow[] = [];
  for (const bucket of buildBuckets(input.axis, 'year')) {
    const row = figureRow(input.catalogue, input.figures, bucket.indices);
    if (row) rows.push({ key: bucket.key, name: input.unit.name, period: bucket.period, partial: bucket.partial, ...row });
  }
  const empty = rows.every((r) => r.allocated === null && r.disbursed === null);
  return { availability: empty ? 'no_data' : 'ok', rows, total };
}
