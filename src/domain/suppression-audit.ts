/**
 * Attacks on a suppressed table, used to check the suppression (at compile time and in tests).
 * - peelAttack: what a reader gets by repeated subtraction along the published totals.
 * - linearlyDetermined: every hidden cell that any linear combination of the relations pins
 *   down exactly (stronger: it also finds cells that need several relations at once).
 */
import type { Cell } from './aggregate';

/** A published linear relation between cells of a table: total = Σ parts. */
export interface Relation {
  total: string;
  parts: readonly string[];
}

/**
 * Repeatedly solves any relation with exactly one unknown cell; and, counts being non-negative,
 * sets to 0 the unknown parts of a total that leaves nothing for them. Cells absent from
 * `published` or published as "suppressed" are unknown; null counts as 0. Returns the unknown
 * cells it recovered, with their values.
 */
export function peelAttack(published: ReadonlyMap<string, Cell>, relations: readonly Relation[]): Map<string, number> {
  const known = new Map<string, number>();
  for (const [id, cell] of published) if (cell !== 'suppressed') known.set(id, cell ?? 0);
  const recovered = new Map<string, number>();
  const learn = (id: string, v: number) => {
    known.set(id, v);
    recovered.set(id, v);
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of relations) {
      const unknownParts = parts.filter((p) => !known.has(p));
      const partSum = parts.reduce((s, p) => s + (known.get(p) ?? 0), 0);
      const totalKnown = known.has(total);
      if (!totalKnown && unknownParts.length === 0) {
        learn(total, partSum);
        changed = true;
      } else if (totalKnown && unknownParts.length === 1) {
        learn(unknownParts[0]!, known.get(total)! - partSum);
        changed = true;
      } else if (totalKnown && unknownParts.length > 1 && known.get(total)! - partSum === 0) {
        for (const p of unknownParts) learn(p, 0);
        changed = true;
      }
    }
  }
  return recovered;
}

// Two primes below 2^26.5, so that a product of residues stays an exact double.
const PRIMES = [67108859, 67108661] as const;

const mulmod = (a: number, b: number, p: number) => (a * b) % p;

function invmod(a: number, p: number): number {
  let [r0, r1, s0, s1] = [a, p, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % p) + p) % p;
}

/** Columns of `rows` (coefficients mod p) whose unit vector lies in the row space. */
function determinedColumns(rows: number[][], cols: number, p: number): number[] {
  const m = rows.map((r) => r.map((v) => ((v % p) + p) % p));
  const pivotRowOf = new Map<number, number>();
  let next = 0;
  for (let c = 0; c < cols && next < m.length; c++) {
    const pr = m.findIndex((row, i) => i >= next && row[c] !== 0);
    if (pr < 0) continue;
    [m[next], m[pr]] = [m[pr]!, m[next]!];
    const pivot = m[next]!;
    const inv = invmod(pivot[c]!, p);
    for (let k = 0; k < cols; k++) pivot[k] = mulmod(pivot[k]!, inv, p);
    for (let i = 0; i < m.length; i++) {
      const row = m[i]!;
      const f = row[c]!;
      if (i === next || f === 0) continue;
      for (let k = 0; k < cols; k++) if (pivot[k] !== 0) row[k] = (row[k]! - mulmod(f, pivot[k]!, p) + p) % p;
    }
    pivotRowOf.set(c, next++);
  }
  const free = Array.from({ length: cols }, (_, c) => c).filter((c) => !pivotRowOf.has(c));
  return [...pivotRowOf].filter(([, r]) => free.every((f) => m[r]![f] === 0)).map(([c]) => c);
}

/**
 * The relations that touch hidden cells, grouped by connected group of hidden cells (two hidden
 * cells are connected when a relation holds both). Relations of different groups share no
 * unknown, so each group can be audited on its own.
 */
export function hiddenGroups(hidden: ReadonlySet<string>, relations: readonly Relation[]): Relation[][] {
  const hiddenIn = (r: Relation) => [r.total, ...r.parts].filter((id) => hidden.has(id));
  const touching = relations.filter((r) => hiddenIn(r).length > 0);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const id of hidden) parent.set(id, id);
  for (const r of touching) {
    const ids = hiddenIn(r);
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0]!));
  }
  const groups = new Map<string, Relation[]>();
  for (const r of touching) {
    const root = find(hiddenIn(r)[0]!);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return [...groups.values()];
}

/**
 * Hidden cells whose value follows from the published cells through some linear combination of
 * the relations (exact rank test, done per connected group of hidden cells, modulo two primes;
 * a cell counts as determined when either says so).
 */
export function linearlyDetermined(hidden: ReadonlySet<string>, relations: readonly Relation[]): Set<string> {
  const hiddenIn = (r: Relation) => [r.total, ...r.parts].filter((id) => hidden.has(id));
  const out = new Set<string>();
  for (const rels of hiddenGroups(hidden, relations)) {
    const cols = [...new Set(rels.flatMap(hiddenIn))];
    const colOf = new Map(cols.map((id, i) => [id, i]));
    const rows = rels.map((r) => {
      const row = new Array<number>(cols.length).fill(0);
      if (hidden.has(r.total)) row[colOf.get(r.total)!]! += 1;
      for (const part of r.parts) if (hidden.has(part)) row[colOf.get(part)!]! -= 1;
      return row;
    });
    for (const p of PRIMES) for (const c of determinedColumns(rows, cols.length, p)) out.add(cols[c]!);
  }
  return out;
}
