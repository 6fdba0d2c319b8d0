/** Builds the whole demo data set in memory from the official unit list and the catalogue. */

import { codesReportedBy, parseCatalogue, type Catalogue } from './catalogue';
import { communeTruth, fillDisbursement } from './commune-truth';
import { buildDisaggregations, type DisaggregationRow } from './disaggregate';
import { csvRecords } from '../../src/domain/csv';
import { buildMask } from './missing';
import { allocateOutcomes, communeBaselines, OUTCOME_CODES, type OutcomeCode } from './outcomes';
import { quartersOfYear } from './periods';
import { districtProfile } from './profiles';
import { rngFor } from './prng';
import { applySeedCase, SEED_TEAM_SETUP, SEED_WINDOW } from './seed-case';
import { buildTargets, type TargetRow } from './targets';
import { buildTraits, type Traits } from './traits';
import { buildUnits, seedVillage, type SourceUnit, type Unit } from './units';
import { villageTruth, type RosterMember } from './village-truth';
import type { Row, Series } from './util';

export interface Inputs {
  unitsCsv: string;
  indicatorsJson: string;
  dimensionsJson: string;
}

export interface BaselineRow {
  unit: string;
  indicator: OutcomeCode;
  year: number;
  value: number;
}

export interface Dataset {
  catalogue: Catalogue;
  units: Unit[];
  seedVillage: Unit;
  reported: Map<string, Series>;
  disaggregations: DisaggregationRow[];
  targets: TargetRow[];
  baselines: BaselineRow[];
  traits: Map<string, Traits>;
}

/** Chance that a cell of a reported row is left empty, and the indicators where that may happen. */
const HOLE_CHANCE = 0.0015;
const HOLE_CODES = new Set(['P8.1.2', 'P8.1.3', 'P8.1.5', 'P8.2.5', 'P8.2.7', 'P8.O.3', 'P8.O.4', 'P8.2.2', 'P8.2.4', 'P8.3.4', 'P8.4.2']);
/** Above this estimated size the age breakdown of villages outside ĐBKK is dropped. */
const DISAGGREGATION_BUDGET_BYTES = 8_000_000;

export function readSourceUnits(csv: string): SourceUnit[] {
  return csvRecords(csv).map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    type: r.type ?? '',
    level: Number(r.level),
    parentCode: r.parent_code ?? '',
    lat: r.lat ?? '',
    lon: r.lon ?? '',
  }));
}

function checkKeys(rows: readonly Row[], expected: readonly string[], what: string): void {
  const keys = [...(rows[0]?.keys() ?? [])].sort().join();
  if (keys !== [...expected].sort().join()) throw new Error(`${what}: indicators ${keys} differ from the catalogue`);
}

function punchHoles(seed: string, code: string, series: Series, keep: readonly number[]): void {
  const rng = rngFor(seed, 'holes', code);
  series.forEach((row, q) => {
    if (!row || keep.includes(q)) return;
    for (const key of [...row.keys()]) if (HOLE_CODES.has(key) && rng.chance(HOLE_CHANCE)) row.delete(key);
  });
}

function sumByUnit(units: readonly Unit[], reported: ReadonlyMap<string, Series>, code: string, year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const u of units) {
    if (u.kind !== 'village') continue;
    const series = reported.get(u.code) ?? [];
    const v = quartersOfYear(year).reduce((acc, q) => acc + (series[q]?.get(code) ?? 0), 0);
    for (const key of ['06', u.district, u.commune]) out.set(key, (out.get(key) ?? 0) + v);
  }
  return out;
}

export function buildDataset(seed: string, inputs: Inputs): Dataset {
  const catalogue = parseCatalogue(inputs.indicatorsJson, inputs.dimensionsJson);
  const units = buildUnits(seed, readSourceUnits(inputs.unitsCsv));
  const seedUnit = seedVillage(units);
  const traits = buildTraits(seed, units);
  const communes = units.filter((u) => u.kind === 'commune');
  const villages = units.filter((u) => u.kind === 'village');
  const communeMap = new Map(communes.map((c) => [c.code, c]));
  const villagesOf = new Map<string, Unit[]>();
  for (const v of villages) villagesOf.set(v.commune, [...(villagesOf.get(v.commune) ?? []), v]);

  const truth = new Map<string, Row[]>();
  const rosters = new Map<string, RosterMember[]>();
  const clubFemaleShare = new Map<string, number>();
  const allocations = new Map<string, Map<number, number>>();
  for (const c of communes) {
    const t = communeTruth(seed, c, districtProfile(c.district), villagesOf.get(c.code) ?? []);
    truth.set(c.code, t.rows);
    allocations.set(c.code, t.annualAllocation);
    clubFemaleShare.set(c.code, t.clubFemaleShare);
  }
  for (const v of villages) {
    const isSeed = v.code === seedUnit.code;
    const t = villageTruth(seed, v, districtProfile(v.district), traits.get(v.code) as Traits, isSeed ? { forcedSetup: SEED_TEAM_SETUP } : {});
    if (isSeed) applySeedCase(t.rows);
    truth.set(v.code, t.rows);
    rosters.set(v.code, t.roster);
  }
  checkKeys(truth.get(communes[0]?.code ?? '') ?? [], codesReportedBy(catalogue, 'commune'), 'commune rows');
  checkKeys(truth.get(villages[0]?.code ?? '') ?? [], codesReportedBy(catalogue, 'village'), 'village rows');

  const frozen = new Map([[seedUnit.code, SEED_WINDOW]]);
  const mask = buildMask(seed, units, { forced: frozen });
  const reported = new Map<string, Series>();
  for (const [code, rows] of truth) {
    const flags = mask.get(code) ?? [];
    const series: Series = rows.map((row, q) => (flags[q] ? new Map(row) : null));
    punchHoles(seed, code, series, code === seedUnit.code ? SEED_WINDOW : []);
    reported.set(code, series);
  }
  allocateOutcomes(seed, { villages, communes: communeMap, traits, reported, frozen });
  for (const c of communes) fillDisbursement(seed, c.code, reported.get(c.code) ?? [], districtProfile(c.district).disbursementRate);

  const ordered = [...units].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const breakdownContext = {
    dimensions: catalogue.dimensions,
    disaggregations: new Map(catalogue.indicators.map((i) => [i.code, i.disaggregations])),
    units: ordered,
    reported,
    traits,
    rosters,
    clubFemaleShare,
    seedVillage: seedUnit.code,
  };
  let disaggregations = buildDisaggregations(seed, breakdownContext, catalogue.reported);
  if (estimateBytes(disaggregations) > DISAGGREGATION_BUDGET_BYTES) {
    disaggregations = buildDisaggregations(seed, { ...breakdownContext, dropAgeOutsideDbkk: true }, catalogue.reported);
  }

  const baselineByCommune = communeBaselines(seed, { villages, communes: communeMap, traits });
  const baselines: BaselineRow[] = [];
  const rollUp = (counts: ReadonlyMap<string, number>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const c of communes) {
      const v = counts.get(c.code) ?? 0;
      for (const key of ['06', c.district, c.code]) out.set(key, (out.get(key) ?? 0) + v);
    }
    return out;
  };
  const baselineTotals = new Map<OutcomeCode, Map<string, number>>();
  for (const code of OUTCOME_CODES) {
    const totals = rollUp(baselineByCommune.get(code) ?? new Map());
    baselineTotals.set(code, totals);
    for (const u of units) {
      if (u.kind !== 'village') baselines.push({ unit: u.code, indicator: code, year: 2021, value: totals.get(u.code) ?? 0 });
    }
  }

  const communeTotals = new Map<string, Row[]>();
  for (const c of communes) {
    const rows = (truth.get(c.code) ?? []).map((r) => new Map(r));
    for (const v of villagesOf.get(c.code) ?? []) {
      (truth.get(v.code) ?? []).forEach((r, q) => {
        const acc = rows[q];
        if (acc) for (const [k, val] of r) acc.set(k, (acc.get(k) ?? 0) + val);
      });
    }
    communeTotals.set(c.code, rows);
  }
  const targets = buildTargets(
    seed,
    {
      units,
      outputs: catalogue.outputs,
      communeTotals,
      allocations,
      childMarriage2021: baselineTotals.get('P8.O.1') ?? new Map(),
      childMarriage2022: sumByUnit(units, reported, 'P8.O.1', 2022),
      reportedActual: provinceActuals(catalogue, reported),
    },
    catalogue.indicators.map((i) => i.code),
  );
  return { catalogue, units, seedVillage: seedUnit, reported, disaggregations, targets, baselines, traits };
}

function provinceActuals(catalogue: Catalogue, reported: ReadonlyMap<string, Series>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, kind] of catalogue.outputs) {
    let total = 0;
    for (const series of reported.values()) {
      const rows = kind === 'stock' ? series.slice(-1) : series;
      for (const row of rows) total += row?.get(code) ?? 0;
    }
    out.set(code, total);
  }
  return out;
}

function estimateBytes(rows: readonly DisaggregationRow[]): number {
  let bytes = 0;
  for (const r of rows) bytes += r.unit.length + r.period.length + r.indicator.length + r.dimension.length + r.category.length + 8;
  return bytes;
}
