/**
 * Shortcomings read from the figures: indicators behind their target, years without
 * annual targets, incomplete reporting and slow or missing disbursement. Each finding becomes a
 * sentence in "Hạn chế, tồn tại" and one drafted request.
 */
import type { Cell } from '../aggregate';
import type { Indicator } from '../indicators';
import { isKindAtOrAbove, type LevelKind } from '../levels';
import type { PeriodSelection } from '../periods';
import { yearsWithoutTargets } from './period-scope';
import type { TargetScope } from '../target-comparison';
import { buildRows, type ReportRow, type UnitFigures } from './rows';

export type Finding =
  /** `value` is the figure compared: the period's, or the count of `year` for a yearly level. */
  | { kind: 'behind'; indicator: Indicator; value: number; target: number; scope: TargetScope; year: number | null; ratio: number | null }
  | { kind: 'missingTargets'; years: number[] }
  | { kind: 'incompleteReports'; reported: number; expected: number; units: { name: string; type: string }[] }
  | { kind: 'lowDisbursement'; allocated: number; disbursed: number; ratio: number }
  | { kind: 'noBudget' };

/** Below this share of the allocated budget, disbursement is called slow. */
export const LOW_DISBURSEMENT = 0.7;
/** Annual targets are assigned down to the commune kind of level; villages never have their own. */
export const DEEPEST_TARGET_KIND: LevelKind = 'commune';
/** Units named in the incomplete-reporting sentence, at most. */
export const MAX_NAMED_UNITS = 5;

export interface FindingInput {
  unit: { kind: LevelKind | undefined };
  rows: readonly ReportRow[];
  targets: UnitFigures['targets'];
  hiddenTargets?: UnitFigures['hiddenTargets'];
  children: readonly { name: string; type: string; figures: UnitFigures | undefined }[];
  indicators: readonly Indicator[];
  axis: readonly string[];
  period: PeriodSelection;
}

const numeric = (cell: Cell | undefined): cell is number => typeof cell === 'number';

/** The row whose reports are least complete (published, non-sensitive indicators only). */
function leastComplete(rows: readonly ReportRow[]): ReportRow | null {
  let worst: ReportRow | null = null;
  let worstShare = 1;
  for (const row of rows) {
    const f = row.figure;
    // Flows count quarterly reports ("lượt báo cáo quý"); stocks only the last quarter's.
    if (row.status !== 'ok' || !f || f.expected === 0 || row.indicator.sensitive || (row.indicator.kind !== 'flow' && row.indicator.kind !== 'person_times'))
      continue;
    const share = f.reported / f.expected;
    if (share < worstShare) {
      worst = row;
      worstShare = share;
    }
  }
  return worst;
}

export function findFindings(input: FindingInput): Finding[] {
  const { rows, unit, targets, period, axis } = input;
  const findings: Finding[] = [];

  if (unit.kind !== undefined && isKindAtOrAbove(unit.kind, DEEPEST_TARGET_KIND)) {
    const years = yearsWithoutTargets(targets, period, axis, input.hiddenTargets ?? {});
    if (years.length > 0) findings.push({ kind: 'missingTargets', years });
  }

  for (const row of rows) {
    const value = row.target?.actual;
    // Budget lines have their own finding (disbursement); "allocated below plan" is not the unit's shortcoming.
    if (row.achievement?.met !== false || !row.target || !numeric(value) || row.indicator.budget !== undefined) continue;
    findings.push({
      kind: 'behind',
      indicator: row.indicator,
      value,
      target: row.target.value,
      scope: row.target.scope,
      year: row.target.year,
      ratio: row.achievement.ratio,
    });
  }

  const worst = leastComplete(rows);
  if (worst?.figure) {
    const units = input.children
      .filter((child) => {
        if (!child.figures) return false;
        const [childRow] = buildRows([worst.indicator], child.figures, axis, period);
        const f = childRow?.figure;
        return childRow?.status === 'ok' && f !== null && f !== undefined && f.reported < f.expected;
      })
      .map((c) => ({ name: c.name, type: c.type }));
    findings.push({ kind: 'incompleteReports', reported: worst.figure.reported, expected: worst.figure.expected, units });
  }

  // Disbursement: the budget pair itself, so "nothing allocated" is told apart from "slow".
  const valueOf = (role: 'allocated' | 'disbursed') => rows.find((r) => r.indicator.budget === role && r.status === 'ok')?.figure?.value;
  const allocated = valueOf('allocated');
  const disbursed = valueOf('disbursed');
  if (allocated === 0) findings.push({ kind: 'noBudget' });
  else if (numeric(allocated) && numeric(disbursed) && disbursed / allocated < LOW_DISBURSEMENT) {
    findings.push({ kind: 'lowDisbursement', allocated, disbursed, ratio: disbursed / allocated });
  }
  return findings;
}
