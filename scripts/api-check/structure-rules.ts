/**
 * The document of figures under a later structure: every new unit has figures, every former unit
 * it names exists, and sensitive indicators are never re-aggregated by new unit.
 */
import type { Structure } from '../../src/api/contract';
import { figuresProblems, type CheckContext } from './figures-rules';
import { apiProblem, jsonPath, type ApiProblem } from './problems';

export function structureProblems(ctx: CheckContext, document: string, structure: Structure, units: ReadonlySet<string>): ApiProblem[] {
  const problems: ApiProblem[] = [];
  const report = (path: PropertyKey[], rule: Parameters<typeof apiProblem>[2], params: Record<string, string | number>) =>
    problems.push(apiProblem(document, jsonPath(path), rule, params));
  if (!units.has(structure.scope)) report(['scope'], 'structureUnknownUnit', { code: structure.scope });
  structure.units.forEach((unit, i) => {
    if (!structure.figures[unit.code]) report(['units', i, 'code'], 'structureFigures', { code: unit.code });
    unit.from.forEach((former, j) => {
      if (!units.has(former.code)) report(['units', i, 'from', j, 'code'], 'structureUnknownUnit', { code: former.code });
    });
  });
  for (const [code, figures] of Object.entries(structure.figures)) {
    for (const indicator of Object.keys(figures.series)) {
      if (ctx.indicators.get(indicator)?.sensitive) report(['figures', code, 'series', indicator], 'structureSensitive', { code: indicator });
    }
    // New units are communes: the level of the floor, so the sensitive rule above is the one that applies.
    problems.push(...figuresProblems(ctx, document, ['figures', code], figures, ctx.floorLevel));
  }
  return problems;
}
