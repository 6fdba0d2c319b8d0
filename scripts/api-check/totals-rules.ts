/**
 * A unit's figures against its children's (both in its document): for every indicator that adds
 * up over units, each quarter's value, breakdown, report count and carried count is the sum of the children's,
 * wherever no cell is hidden. A missing report adds nothing; only all-missing gives null. A unit
 * formed by a reorganisation has, before it, its old units' sums, which its new children need not carry.
 */
import type { Cell } from '../../src/domain/aggregate';
import { sumCells } from '../../src/domain/aggregate';
import { addsUpAt } from '../../src/domain/history';
import type { SeriesData, UnitDocument } from '../../src/api/contract';
import type { CheckContext } from './figures-rules';
import { apiProblem, jsonPath, type ApiProblem } from './problems';

/** The compile rounds each published value to 3 decimals: children's rounding may add up. */
const close = (a: number, b: number, terms: number) => Math.abs(a - b) <= 0.0005 * (terms + 1) + 1e-9;

function sameTotal(parent: Cell, children: readonly Cell[]): Cell | true {
  if (parent === 'suppressed' || children.includes('suppressed')) return true;
  const sum = sumCells(children);
  if (parent === null || sum === null || sum === 'suppressed') return parent === sum ? true : sum;
  return close(parent, sum, children.length) ? true : sum;
}

const show = (cell: Cell) => (cell === null ? 'null' : String(cell));

export function totalsProblems(ctx: CheckContext, document: string, doc: UnitDocument): ApiProblem[] {
  const problems: ApiProblem[] = [];
  if (doc.children.length === 0) return problems;
  const own = doc.figures[doc.unit.code];
  for (const [code, parent] of Object.entries(own?.series ?? {})) {
    const ind = ctx.indicators.get(code);
    if (!ind || ind.kind === 'rate') continue;
    const kids = doc.children.map((c) => doc.figures[c.code]?.series[code]);
    // Reported by this unit itself (children below the report level), or only partly published below.
    if (kids.some((k) => k === undefined)) continue;
    const children = kids as SeriesData[];
    const base = ['figures', doc.unit.code, 'series', code];
    const mismatch = (path: PropertyKey[], field: string, found: Cell, expected: Cell) =>
      problems.push(apiProblem(document, jsonPath([...base, ...path]), 'totalMismatch', { code, field, found: show(found), expected: show(expected) }));

    const expected = children.reduce((n, c) => n + c.expected, 0);
    if (parent.expected !== expected) mismatch(['expected'], 'expected', parent.expected, expected);
    parent.values.forEach((value, q) => {
      if (!addsUpAt(parent, children, q)) return;
      const sum = sameTotal(
        value,
        children.map((c) => c.values[q] ?? null),
      );
      if (sum !== true) mismatch(['values', q], `values[${q}]`, value, sum);
      const reported = children.reduce((n, c) => n + (c.reported[q] ?? 0), 0);
      if (parent.reported[q] !== reported) mismatch(['reported', q], `reported[${q}]`, parent.reported[q] ?? null, reported);
      const carried = children.reduce((n, c) => n + (c.carried?.[q] ?? 0), 0);
      if ((parent.carried?.[q] ?? 0) !== carried) mismatch(['carried', q], `carried[${q}]`, parent.carried?.[q] ?? 0, carried);
    });
    (parent.totals ?? []).forEach((total, i) => {
      const same = children.map((c) => c.totals?.find((t) => t.key === total.key)?.value);
      if (same.some((v) => v === undefined)) return;
      const sum = sameTotal(total.value, same as Cell[]);
      if (sum !== true) mismatch(['totals', i, 'value'], `totals[${total.key}]`, total.value, sum);
    });
    // Sensitive indicators publish fewer breakdowns at lower levels, so theirs do not add up by design.
    if (ind.sensitive) continue;
    for (const [dim, cats] of Object.entries(parent.breakdown ?? {})) {
      for (const [cat, cells] of Object.entries(cats)) {
        cells.forEach((value, q) => {
          const sum = sameTotal(
            value,
            children.map((c) => c.breakdown?.[dim]?.[cat]?.[q] ?? null),
          );
          if (sum !== true) mismatch(['breakdown', dim, cat, q], `breakdown.${dim}.${cat}[${q}]`, value, sum);
        });
      }
    }
  }
  return problems;
}
