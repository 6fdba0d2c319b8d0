/**
 * The document of a structure's figures under the units a reorganisation made of it. Each new
 * commune or ward sums the published series of the old communes it was made of, and their targets
 * where every one of them has that target. Sensitive indicators are withheld: adding suppressed old
 * communes into new ones, next to the old structure's published figures, would let a reader
 * subtract a hidden count.
 */
import type { Figures, Structure } from '../../src/api/contract';
import { sumSeries, type Series } from '../../src/domain/aggregate';
import type { Indicator } from '../../src/domain/indicators';
import type { Unit } from '../../src/domain/units';
import type { Dataset } from './dataset';
import type { ReorganisationStep } from './parse-structures';

export interface StructureInput {
  ds: Dataset;
  step: ReorganisationStep;
  /** The old structure's unit for a code of the crosswalk. */
  unitOf: (code: string) => Unit;
  seriesOf: (ind: Indicator, unit: Unit) => Series | undefined;
}

function summedTargets(ds: Dataset, ind: Indicator, olds: readonly Unit[]): Record<string, number> | undefined {
  const each = olds.map((u) => ds.targets.get(u.code)?.get(ind.code));
  const keys = [...new Set(each.flatMap((t) => [...(t?.keys() ?? [])]))].filter((key) => each.every((t) => t?.has(key)));
  if (!keys.length) return undefined;
  return Object.fromEntries(keys.map((key) => [key, each.reduce((sum, t) => sum + t!.get(key)!, 0)]));
}

function figuresOf({ ds, seriesOf }: StructureInput, olds: readonly Unit[]): Figures {
  const figures: Figures = { series: {}, targets: {}, baselines: {}, withheld: [] };
  for (const ind of ds.indicators) {
    if (ind.sensitive) {
      figures.withheld.push(ind.code);
      continue;
    }
    if (ind.kind === 'rate') continue;
    const parts = olds.flatMap((u) => seriesOf(ind, u) ?? []);
    if (parts.length !== olds.length) continue;
    const s = sumSeries(parts, ds.quarters.length);
    figures.series[ind.code] = { values: [...s.values], reported: [...s.reported], ...(s.carried ? { carried: [...s.carried] } : {}), expected: s.expected };
    const targets = summedTargets(ds, ind, olds);
    if (targets) figures.targets[ind.code] = targets;
  }
  return figures;
}

export function buildStructure(input: StructureInput): Structure {
  const units = input.step.units.map((n) => ({ ...n, olds: n.from.map(input.unitOf) }));
  return {
    effectiveFrom: input.step.decl.date,
    scope: input.ds.meta.rootUnit,
    units: units.map(({ code, name, olds }) => ({ code, name, from: olds.map((u) => ({ code: u.code, name: u.name, districtCode: u.parentCode ?? '' })) })),
    figures: Object.fromEntries(units.map(({ code, olds }) => [code, figuresOf(input, olds)])),
  };
}
