/**
 * Links between the structures of a dataset, for the unit documents: an old unit points to the
 * units of the next structure that hold its area (a commune and its villages to the new commune it
 * became part of, a district to the new communes across it, the root to the new root), and a new
 * unit to the old ones it was made of.
 */
import { unitId } from '../../src/domain/unit-id';
import { indexUnits, type Unit } from '../../src/domain/units';
import type { Dataset } from './dataset';
import type { ReorganisationStep } from './parse-structures';

export interface UnitLink {
  code: string;
  name: string;
}

export interface Succession {
  /** The day the reorganisation took effect. */
  date: string;
  units: UnitLink[];
}

export interface StructureLinks {
  /** Old unit id → where its area went. */
  into: Map<string, Succession>;
  /** New unit id → what it was made of. */
  from: Map<string, Succession>;
}

const link = (u: Unit): UnitLink => ({ code: u.code, name: u.name });

function addInto(links: StructureLinks, code: string, date: string, unit: UnitLink): void {
  const entry = links.into.get(code) ?? { date, units: [] };
  if (!entry.units.some((u) => u.code === unit.code)) entry.units.push(unit);
  links.into.set(code, entry);
}

function linkStep(step: ReorganisationStep & { after: Dataset }, before: StructureLinks, after: StructureLinks): void {
  const { date } = step.decl;
  const old = indexUnits(step.before.units);
  const next = new Map(step.after.units.map((u) => [u.code, u]));
  const oldId = (code: string) => unitId(code, step.before.structure ?? '');
  const newRoot = next.get(step.after.meta.rootUnit)!;
  addInto(before, old.root.code, date, link(newRoot));
  after.from.set(newRoot.code, { date, units: [link(old.root)] });
  for (const n of step.units) {
    const unit = next.get(unitId(n.code, step.decl.code));
    if (!unit) continue;
    const olds = n.from.map((code) => old.byCode.get(oldId(code))!);
    after.from.set(unit.code, { date, units: olds.map(link) });
    for (const commune of olds) {
      for (
        let a = commune.parentCode ? old.byCode.get(commune.parentCode) : undefined;
        a && a !== old.root;
        a = a.parentCode ? old.byCode.get(a.parentCode) : undefined
      )
        addInto(before, a.code, date, link(unit));
      const below = [commune];
      for (let u = below.pop(); u; u = below.pop()) {
        addInto(before, u.code, date, link(unit));
        below.push(...(old.children.get(u.code) ?? []));
      }
    }
  }
}

/** The links of every structure of the dataset, keyed by its structure key. */
export function successionLinks(base: Dataset): Map<string, StructureLinks> {
  const out = new Map<string, StructureLinks>();
  const of = (ds: Dataset) => {
    const key = ds.structure ?? '';
    if (!out.has(key)) out.set(key, { into: new Map(), from: new Map() });
    return out.get(key)!;
  };
  of(base);
  for (const step of base.steps ?? []) if (step.after) linkStep({ ...step, after: step.after }, of(step.before), of(step.after));
  return out;
}
