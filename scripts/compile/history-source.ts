/**
 * What a structure formed by a reorganisation knows of the time before it: for each new unit made
 * of old ones (from the crosswalk), the old units' series summed and moved onto the new quarter
 * axis, and their targets and baselines summed where every one of them has one. Sensitive
 * indicators have no past here: adding old units with hidden small counts could reveal them.
 */
import { sumSeries, type Series } from '../../src/domain/aggregate';
import { onAxis } from '../../src/domain/history';
import type { Indicator } from '../../src/domain/indicators';
import type { Unit } from '../../src/domain/units';
import type { Dataset } from './dataset';
import type { StructureLinks } from './succession';

export interface HistorySource {
  /** Position of the first quarter of the new structure's own reports. */
  before: number;
  /** Does the unit have a past (was it made of old units)? */
  hasPast(unit: Unit): boolean;
  /** The old units' summed series on this structure's axis; undefined without a past or for a sensitive indicator. */
  past(ind: Indicator, unit: Unit): Series | undefined;
  /** The old units' summed targets (key → value) of an indicator, where every one of them has the key. */
  pastTargets(ind: Indicator, unit: Unit): Map<string, number> | undefined;
  pastBaselines(ind: Indicator, unit: Unit): Map<string, number> | undefined;
}

/** Position of the first quarter that starts on or after the reorganisation date. */
export function firstQuarterFrom(axis: readonly string[], date: string): number {
  const at = axis.findIndex((q) => `${q.slice(0, 4)}-${String(Number(q.slice(5)) * 3 - 2).padStart(2, '0')}-01` >= date);
  return at < 0 ? axis.length : at;
}

function summed(maps: readonly (ReadonlyMap<string, number> | undefined)[]): Map<string, number> | undefined {
  if (!maps.length || maps.some((m) => m === undefined)) return undefined;
  const keys = [...maps[0]!.keys()].filter((k) => maps.every((m) => m!.has(k)));
  return keys.length ? new Map(keys.map((k) => [k, maps.reduce((n, m) => n + m!.get(k)!, 0)])) : undefined;
}

export function historySource(input: {
  date: string;
  before: Dataset;
  after: Dataset;
  links: StructureLinks;
  seriesBefore: (ind: Indicator, unit: Unit) => Series | undefined;
}): HistorySource {
  const { before, after, links, seriesBefore } = input;
  const oldUnits = new Map(before.units.map((u) => [u.code, u]));
  const pastKeyed = (table: Dataset['targets'], ind: Indicator, unit: Unit) => {
    const parts = ind.sensitive ? undefined : links.from.get(unit.code)?.units;
    return parts && summed(parts.map((u) => table.get(u.code)?.get(ind.code)));
  };
  return {
    before: firstQuarterFrom(after.quarters, input.date),
    hasPast: (unit) => links.from.has(unit.code),
    past(ind, unit) {
      // The root's past is the sum of its communes': only the crosswalk's new units take the old ones'.
      const parts = ind.sensitive || unit.parentCode === null ? undefined : links.from.get(unit.code)?.units;
      if (!parts) return undefined;
      const series = parts.map((u) => seriesBefore(ind, oldUnits.get(u.code)!));
      if (series.some((s) => s === undefined)) return undefined;
      return onAxis(sumSeries(series as Series[], before.quarters.length), before.quarters, after.quarters);
    },
    pastTargets: (ind, unit) => pastKeyed(before.targets, ind, unit),
    pastBaselines: (ind, unit) => pastKeyed(before.baselines, ind, unit),
  };
}
