/**
 * The interval audit over a whole API (docs/suppression.md): reading the mark "x" as any count
 * ≥ 0 and using every published total, no hidden cell of a sensitive indicator may be narrowed to
 * an interval less than the threshold wide. One problem per hidden cell that can be.
 */
import { apiPaths, type Meta } from '../../src/api/contract';
import { publishedValue } from '../../src/domain/suppression';
import { intervalViolations, type Interval } from '../../src/domain/suppression-intervals';
import { apiProblem, jsonPath, type ApiProblem } from './problems';
import { readerTable, type ReaderUnit } from './reader-table';

const bound = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '∞');

/** The unknown cells of `code` a reader can narrow below `meta.suppression.threshold`, with their intervals. */
export function narrowHiddenCells(units: ReadonlyMap<string, ReaderUnit>, meta: Pick<Meta, 'phases' | 'suppression'>, code: string): Map<string, Interval> {
  const { cells, relations } = readerTable(units, meta.phases, code);
  const unknown = new Set(relations.flatMap((r) => [r.total, ...r.parts]).filter((id) => !cells.has(id) || cells.get(id) === 'suppressed'));
  // Unknown are the cells marked "x" and those a relation uses that nothing publishes (a village's count under its commune's).
  return intervalViolations({ unknown, known: (id) => publishedValue(cells.get(id)) ?? 0 }, relations, meta.suppression.threshold);
}

export function intervalProblems(
  units: ReadonlyMap<string, ReaderUnit>,
  meta: Pick<Meta, 'phases' | 'suppression'>,
  sensitive: readonly string[],
): ApiProblem[] {
  const problems: ApiProblem[] = [];
  for (const code of sensitive) {
    for (const [id, { lo, hi }] of narrowHiddenCells(units, meta, code)) {
      const [unit = '', key = ''] = id.split('|');
      const path = key.startsWith('b') ? ['figures', unit, 'hiddenBaselines', code] : ['figures', unit, 'series', code, 'totals'];
      problems.push(
        apiProblem(apiPaths.unit(unit), jsonPath(path), 'narrowInterval', {
          cell: id,
          code,
          lo: bound(lo),
          hi: bound(hi),
          threshold: meta.suppression.threshold,
        }),
      );
    }
  }
  return problems;
}
