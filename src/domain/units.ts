/** Administrative units: the hierarchy the dataset declares (levels.ts), root first. */
import { quarterEndDate, quarterOrdinal, quarterStartDate, type QuarterKey } from './periods';

export type AreaClass = 'I' | 'II' | 'III';

export interface Unit {
  code: string;
  name: string;
  /** E.g. "Xã", "Tổ dân phố" (unit-types.ts). */
  type: string;
  /** Depth in the hierarchy: 1 for the root. */
  level: number;
  parentCode: string | null;
  lat: number | null;
  lon: number | null;
  /** Communes only: area class KV I/II/III. */
  areaClass: AreaClass | null;
  /** Villages only: especially-disadvantaged (ĐBKK) village. */
  disadvantaged: boolean | null;
  /** ISO dates; validTo null while the unit exists. */
  validFrom: string | null;
  validTo: string | null;
}

export interface UnitIndex {
  byCode: ReadonlyMap<string, Unit>;
  children: ReadonlyMap<string, readonly Unit[]>;
  root: Unit;
}

export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byCode = new Map<string, Unit>();
  const children = new Map<string, Unit[]>();
  let root: Unit | undefined;
  for (const unit of units) {
    byCode.set(unit.code, unit);
    if (unit.parentCode === null) root = unit;
    else {
      const list = children.get(unit.parentCode) ?? [];
      list.push(unit);
      children.set(unit.parentCode, list);
    }
  }
  if (!root) throw new Error('No root unit (a unit without parent) in the list');
  return { byCode, children, root };
}

/** Codes from the root down to the unit itself. */
export function ancestryPath(index: UnitIndex, code: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let current = index.byCode.get(code);
  while (current) {
    if (seen.has(current.code)) throw new Error(`Cycle in unit hierarchy at ${current.code}`);
    seen.add(current.code);
    path.unshift(current.code);
    current = current.parentCode === null ? undefined : index.byCode.get(current.parentCode);
  }
  return path;
}

export function childrenOf(index: UnitIndex, code: string): readonly Unit[] {
  return index.children.get(code) ?? [];
}

/** All units at `level` in the subtree of `code` (the unit itself when it is at that level). */
export function descendantsAtLevel(index: UnitIndex, code: string, level: number): Unit[] {
  const start = index.byCode.get(code);
  if (!start) return [];
  if (start.level === level) return [start];
  if (start.level > level) return [];
  return childrenOf(index, code).flatMap((child) => descendantsAtLevel(index, child.code, level));
}

/** Did the unit exist on any day of the quarter? */
export function existsInQuarter(unit: Pick<Unit, 'validFrom' | 'validTo'>, quarter: QuarterKey): boolean {
  const ordinal = quarterOrdinal(quarter);
  return (unit.validFrom === null || unit.validFrom <= quarterEndDate(ordinal)) && (unit.validTo === null || unit.validTo >= quarterStartDate(ordinal));
}
