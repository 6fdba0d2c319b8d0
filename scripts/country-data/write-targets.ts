/** Annual and phase targets (province level and commune level and the national root) and 2021 baselines. */
import { BufferedFile } from './buffered-file';
import { VALUE_SPECS, type CatalogueIndicator } from './catalogue';
import type { CountryUnits, GenUnit } from './country-units';
import type { Random } from './random';

/** Annual targets of phase I (the phase target is their sum, or the last year's for a stock). */
const YEARS = ['2021', '2022', '2023', '2024', '2025'];
/** The one phase of the synthetic dataset: its targets are keyed by its code. */
export const PHASE = { code: '2021-2025', name: { vi: 'Giai đoạn 2021 - 2025', en: 'Phase 2021–2025' }, start: '2021-01-01', end: '2025-12-31' };
const BASELINE_INDICATORS = ['P8.O.1', 'P8.O.3', 'P8.O.4'];

/** Expected value per reporting unit and quarter, from the value specs (gates multiply). */
function expectedPerQuarter(code: string): number {
  const spec = VALUE_SPECS[code];
  if (!spec) return 0;
  const gate = spec.gate ? (VALUE_SPECS[spec.gate]?.p ?? 1) : 1;
  return spec.p * gate * ((spec.min + spec.max) / 2);
}

type Targets = Map<string, number[]>;

function communeTargets(commune: GenUnit, villages: number, indicators: CatalogueIndicator[], rng: Random): Targets {
  const out: Targets = new Map();
  for (const ind of indicators) {
    const reporters = ind.reportKind === 'village' ? villages : 1;
    const perYear = expectedPerQuarter(ind.code) * reporters * (ind.kind === 'stock' ? 1 : 4) * (ind.budget ? 0.1 : 1);
    const years = YEARS.map((_, y) => Math.max(1, Math.round(perYear * (0.8 + 0.1 * y) * (0.8 + 0.5 * rng.next()))));
    const phase = ind.kind === 'stock' ? years[years.length - 1]! : years.reduce((a, b) => a + b, 0);
    out.set(ind.code, [...years, phase]);
  }
  return out;
}

function addInto(into: Targets, from: Targets): void {
  for (const [code, values] of from) {
    const sum = into.get(code) ?? values.map(() => 0);
    into.set(
      code,
      sum.map((s, i) => s + (values[i] ?? 0)),
    );
  }
}

function writeUnitTargets(file: BufferedFile, code: string, targets: Targets): void {
  for (const [ind, values] of targets) {
    values.forEach((v, i) => file.line(`${code},${ind},${YEARS[i] ?? PHASE.code},${v}`));
  }
}

export function writeTargets(path: string, units: CountryUnits, indicators: CatalogueIndicator[], rng: Random): void {
  const targeted = indicators.filter((i) => i.kind !== 'rate' && !i.sensitive && VALUE_SPECS[i.code]);
  const villagesPer = new Map<string, number>();
  for (const v of units.villages) villagesPer.set(v.parent!, (villagesPer.get(v.parent!) ?? 0) + 1);
  const file = new BufferedFile(path, 'unit,indicator,period,value');
  const national: Targets = new Map();
  const provincial = new Map(units.provinces.map((p) => [p.code, new Map() as Targets]));
  for (const commune of units.communes) {
    const targets = communeTargets(commune, villagesPer.get(commune.code) ?? 0, targeted, rng);
    writeUnitTargets(file, commune.code, targets);
    addInto(provincial.get(commune.parent!)!, targets);
  }
  for (const [code, targets] of provincial) {
    writeUnitTargets(file, code, targets);
    addInto(national, targets);
  }
  writeUnitTargets(file, units.root.code, national);
  file.close();
}

export function writeBaselines(path: string, units: CountryUnits, rng: Random): void {
  const file = new BufferedFile(path, 'unit,indicator,year,value');
  const provincial = new Map<string, number[]>();
  const national = BASELINE_INDICATORS.map(() => 0);
  for (const commune of units.communes) {
    const values = BASELINE_INDICATORS.map((code) => (code === 'P8.O.3' ? rng.int(0, 1) : rng.int(0, 3)));
    values.forEach((v, i) => file.line(`${commune.code},${BASELINE_INDICATORS[i]},2021,${v}`));
    const sum = provincial.get(commune.parent!) ?? BASELINE_INDICATORS.map(() => 0);
    provincial.set(
      commune.parent!,
      sum.map((s, i) => s + values[i]!),
    );
  }
  for (const [code, values] of provincial) {
    values.forEach((v, i) => {
      file.line(`${code},${BASELINE_INDICATORS[i]},2021,${v}`);
      national[i]! += v;
    });
  }
  national.forEach((v, i) => file.line(`${units.root.code},${BASELINE_INDICATORS[i]},2021,${v}`));
  file.close();
}
