/**
 * A small dense simplex for the interval audit of suppressed tables (suppression-intervals.ts):
 * the variables y ≥ 0 (each optionally ≤ an upper bound) satisfy A·y = b, and one variable at a
 * time is pushed to its minimum or maximum. Phase 1 finds a vertex once; every later optimisation
 * starts from the vertex the previous one ended on, so a table of a few hundred hidden cells is
 * audited in milliseconds. Entering columns by largest reduced cost, switching to Bland's rule
 * after a run of degenerate pivots, so it cannot cycle.
 */

const EPS = 1e-9;
const DEGENERATE_RUN = 50;

export class BoundedLp {
  /** Rows of [coefficients…, right-hand side]; one per equation, then one per finite upper bound. */
  private readonly rows: Float64Array[];
  private readonly basis: number[];
  private readonly width: number;
  /** Columns that may enter the basis (structural and slack; artificial ones never again after phase 1). */
  private readonly usable: number;
  /** Every vertex visited is a feasible point: the extreme values seen per variable are witnesses. */
  readonly seenMin: Float64Array;
  readonly seenMax: Float64Array;

  /**
   * @param a coefficients of the equations over the n variables
   * @param b right-hand sides
   * @param upper per variable, its upper bound (Infinity for none)
   * Throws when the system has no solution with y ≥ 0 (the published figures contradict each other).
   */
  constructor(
    a: readonly (readonly number[])[],
    b: readonly number[],
    private readonly upper: readonly number[],
  ) {
    const n = upper.length;
    const bounded = upper.map((u, j) => (Number.isFinite(u) ? j : -1)).filter((j) => j >= 0);
    const m = a.length + bounded.length;
    this.usable = n + bounded.length;
    this.width = this.usable + m + 1;
    const rhs = this.width - 1;
    this.rows = [];
    a.forEach((coefs, i) => {
      const row = new Float64Array(this.width);
      const sign = b[i]! < 0 ? -1 : 1;
      coefs.forEach((c, j) => (row[j] = sign * c));
      row[rhs] = sign * b[i]!;
      this.rows.push(row);
    });
    bounded.forEach((j, k) => {
      const row = new Float64Array(this.width);
      row[j] = 1;
      row[n + k] = 1;
      row[rhs] = upper[j]!;
      this.rows.push(row);
    });
    this.rows.forEach((row, i) => (row[this.usable + i] = 1));
    this.basis = this.rows.map((_, i) => this.usable + i);
    this.seenMin = new Float64Array(n).fill(Infinity);
    this.seenMax = new Float64Array(n).fill(-Infinity);

    // Phase 1: minimise the sum of the artificial variables.
    const cost = new Float64Array(this.width);
    for (let j = this.usable; j < this.usable + m; j++) cost[j] = 1;
    this.run(cost, this.width - 1, Infinity);
    const infeasibility = this.basis.reduce((s, col, i) => s + (col >= this.usable ? this.rows[i]![rhs]! : 0), 0);
    if (infeasibility > 1e-6) throw new Error('the published figures admit no non-negative table');
    // Drive the remaining (zero) artificial variables out of the basis; a row that cannot is redundant.
    this.rows.forEach((row, i) => {
      if (this.basis[i]! < this.usable) return;
      const col = row.findIndex((v, j) => j < this.usable && Math.abs(v) > EPS);
      if (col >= 0) this.pivot(i, col);
      else row.fill(0);
    });
    // Only vertices from here on are feasible tables: phase 1 passed through infeasible ones.
    this.seenMin.fill(Infinity);
    this.seenMax.fill(-Infinity);
    this.record();
  }

  /** The current value of variable j (a vertex of the feasible set). */
  value(j: number): number {
    const i = this.basis.indexOf(j);
    return i < 0 ? 0 : this.rows[i]![this.width - 1]!;
  }

  /**
   * Pushes variable j to its minimum or maximum; returns it (Infinity when unbounded above). With
   * `stopAt`, stops as soon as the value reaches it (a vertex that far is enough for the caller).
   */
  optimise(j: number, direction: 'min' | 'max', stopAt?: number): number {
    const cost = new Float64Array(this.width);
    cost[j] = direction === 'min' ? 1 : -1;
    const reached = stopAt === undefined ? -Infinity : direction === 'min' ? stopAt : -stopAt;
    const unbounded = this.run(cost, this.usable, reached, j);
    if (unbounded) return direction === 'max' ? Infinity : -Infinity;
    return this.value(j);
  }

  /** Simplex iterations on `cost` over the first `columns` columns; true when unbounded. */
  private run(cost: Float64Array, columns: number, reached: number, watched?: number): boolean {
    const rhs = this.width - 1;
    const reduced = Float64Array.from(cost);
    this.rows.forEach((row, i) => {
      const c = cost[this.basis[i]!]!;
      if (c !== 0) for (let k = 0; k < this.width; k++) reduced[k]! -= c * row[k]!;
    });
    const objective = () => (watched === undefined ? 0 : cost[watched]! * this.value(watched));
    let degenerate = 0;
    for (;;) {
      if (watched !== undefined && objective() <= reached + EPS) return false;
      const bland = degenerate >= DEGENERATE_RUN;
      let enter = -1;
      for (let k = 0; k < columns; k++) {
        if (reduced[k]! < -EPS && (enter < 0 || (!bland && reduced[k]! < reduced[enter]!))) {
          enter = k;
          if (bland) break;
        }
      }
      if (enter < 0) return false;
      let leave = -1;
      let ratio = Infinity;
      this.rows.forEach((row, i) => {
        if (row[enter]! <= EPS) return;
        const r = Math.max(0, row[rhs]!) / row[enter]!;
        if (r < ratio - EPS || (Math.abs(r - ratio) <= EPS && this.basis[i]! < this.basis[leave]!)) [ratio, leave] = [r, i];
      });
      if (leave < 0) return true;
      degenerate = ratio <= EPS ? degenerate + 1 : 0;
      this.pivot(leave, enter);
      const f = reduced[enter]!;
      const row = this.rows[leave]!;
      for (let k = 0; k < this.width; k++) reduced[k]! -= f * row[k]!;
      this.record();
    }
  }

  private pivot(r: number, c: number): void {
    const row = this.rows[r]!;
    const p = row[c]!;
    for (let k = 0; k < this.width; k++) row[k]! /= p;
    this.rows.forEach((other, i) => {
      const f = other[c]!;
      if (i === r || f === 0) return;
      for (let k = 0; k < this.width; k++) other[k]! -= f * row[k]!;
    });
    this.basis[r] = c;
  }

  /** Notes the values of the current vertex as witnesses (non-basic variables are 0). */
  private record(): void {
    const n = this.seenMin.length;
    const at = new Float64Array(n);
    this.basis.forEach((col, i) => {
      if (col < n) at[col] = this.rows[i]![this.width - 1]!;
    });
    for (let j = 0; j < n; j++) {
      if (at[j]! < this.seenMin[j]!) this.seenMin[j] = at[j]!;
      if (at[j]! > this.seenMax[j]!) this.seenMax[j] = at[j]!;
    }
  }
}
