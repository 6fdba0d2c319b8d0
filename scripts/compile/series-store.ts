/**
 * Reported series stored compactly: one typed array per quarter that has any value, indexed by
 * the unit's row (its position among the units that report the indicator), instead of one
 * JavaScript array per unit, indicator and category. A country has 100,000 villages and 40
 * quarters; most quarters lie in the future and hold nothing.
 *
 * A missing report is never stored as a number: NaN in a Float64Array, MISSING in an Int32Array.
 * Counts start as Int32Array and widen to Float64Array at the first value an Int32 cannot hold.
 */
import type { QuarterValues } from './dataset';

const MISSING = -0x80000000;
const fitsInt32 = (v: number) => Number.isInteger(v) && v > MISSING && v <= 0x7fffffff;

/** Values by quarter and row; null where nothing was reported. */
export class QuarterColumns {
  private readonly columns: (Int32Array | Float64Array | undefined)[];
  constructor(
    private readonly rows: number,
    quarters: number,
    /** Whole numbers are expected (counts): start with 4 bytes a value. */
    private readonly integer: boolean,
  ) {
    this.columns = Array.from({ length: quarters }, () => undefined);
  }

  get quarters(): number {
    return this.columns.length;
  }

  /** True when some row has a value in quarter q. */
  hasQuarter(q: number): boolean {
    return this.columns[q] !== undefined;
  }

  get(row: number, q: number): number | null {
    const column = this.columns[q];
    if (!column) return null;
    const v = column[row]!;
    if (column instanceof Int32Array) return v === MISSING ? null : v;
    return Number.isNaN(v) ? null : v;
  }

  set(row: number, q: number, value: number): void {
    let column = this.columns[q];
    if (!column) column = this.columns[q] = this.integer ? new Int32Array(this.rows).fill(MISSING) : new Float64Array(this.rows).fill(NaN);
    if (column instanceof Int32Array && !fitsInt32(value)) column = this.columns[q] = Float64Array.from(column, (v) => (v === MISSING ? NaN : v));
    column[row] = value;
  }

  /** One row's values as a series (null where missing). */
  series(row: number): QuarterValues {
    return this.columns.map((_, q) => this.get(row, q));
  }
}

/** One indicator's (or one breakdown category's) series of the units that report it, by unit code. */
export class UnitSeries {
  constructor(
    /** Unit code → row; shared by every table of the same units. */
    readonly rows: ReadonlyMap<string, number>,
    readonly columns: QuarterColumns,
  ) {}

  /** The unit's value in quarter q, null when it did not report (or reports something else). */
  value(unit: string, q: number): number | null {
    const row = this.rows.get(unit);
    return row === undefined ? null : this.columns.get(row, q);
  }

  /** The unit's series, or undefined for a unit that does not report it. */
  series(unit: string): QuarterValues | undefined {
    const row = this.rows.get(unit);
    return row === undefined ? undefined : this.columns.series(row);
  }

  /** The same values under other unit codes. */
  rekeyed(id: (code: string) => string): UnitSeries {
    return new UnitSeries(rekeyRows(this.rows, id), this.columns);
  }
}

/** The units of a table under other codes (a later structure's ids), sharing its values. */
export const rekeyRows = (rows: ReadonlyMap<string, number>, id: (code: string) => string): ReadonlyMap<string, number> =>
  new Map([...rows].map(([code, row]) => [id(code), row]));

/** One dimension of an indicator's breakdowns: the series of each category, and the units that gave the dimension at all. */
export class DimensionSeries {
  readonly categories: ReadonlyMap<string, QuarterColumns>;
  /** 1 for a row (unit) that gave at least one value of the dimension. */
  readonly given: Uint8Array;
  constructor(
    readonly rows: ReadonlyMap<string, number>,
    categoryCodes: readonly string[],
    quarters: number,
    shared?: { categories: ReadonlyMap<string, QuarterColumns>; given: Uint8Array },
  ) {
    this.categories = shared?.categories ?? new Map(categoryCodes.map((c) => [c, new QuarterColumns(rows.size, quarters, true)]));
    this.given = shared?.given ?? new Uint8Array(rows.size);
  }

  set(category: QuarterColumns, row: number, q: number, value: number): void {
    category.set(row, q, value);
    this.given[row] = 1;
  }

  /** A category's series for a unit, or undefined when the unit gave nothing of this dimension. */
  series(category: string, unit: string): QuarterValues | undefined {
    const row = this.rows.get(unit);
    return row === undefined || !this.given[row] ? undefined : this.categories.get(category)?.series(row);
  }

  /** The same values under other unit codes. */
  rekeyed(id: (code: string) => string): DimensionSeries {
    return new DimensionSeries(rekeyRows(this.rows, id), [], 0, this);
  }
}
