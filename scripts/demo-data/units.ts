/** The unit tree: province, districts and communes from the official list, plus generated villages. */

import { levelKind, type LevelKind } from '../../src/domain/levels';
import { DEMO_LEVELS } from './meta';
import { CITY, districtProfile } from './profiles';
import { rngFor } from './prng';
import { compareStrings } from './util';

export type AreaClass = 'I' | 'II' | 'III';

export interface SourceUnit {
  code: string;
  name: string;
  type: string;
  level: number;
  parentCode: string;
  lat: string;
  lon: string;
}

export interface Unit {
  code: string;
  name: string;
  type: string;
  /** Depth (1 = province); the rules go by `kind`. */
  level: number;
  kind: LevelKind;
  parentCode: string;
  lat: string;
  lon: string;
  areaClass: AreaClass | null;
  disadvantaged: boolean | null;
  /** District code for districts and the units below them, '' for the province. */
  district: string;
  /** Commune code for communes and villages, '' above. */
  commune: string;
}

export const AREA_CLASS_COUNTS: Readonly<Record<AreaClass, number>> = { I: 34, II: 7, III: 67 };
export const DISADVANTAGED_VILLAGES = 648;
export const SEED_COMMUNE = '01846';
export const SEED_VILLAGE_NAME = 'Tổ Khuổi Pái';
/** Weights for 8..15 villages per commune. */
const VILLAGE_COUNT_WEIGHTS = [4, 6, 8, 11, 13, 14, 14, 12];

export function normaliseUnitName(name: string): string {
  return name.replace(/^Thành Phố /, 'Thành phố ');
}

export function isUrban(commune: Pick<Unit, 'type' | 'district'>): boolean {
  return commune.type === 'Phường' || commune.type === 'Thị trấn' || commune.district === CITY;
}

/** The name and type of village `n` (1-based) of `count` in a commune. */
export function villageNameAndType(communeCode: string, communeType: string, n: number, count: number): { name: string; type: string } {
  const groups = communeType === 'Phường' || communeType === 'Thị trấn';
  if (communeCode === SEED_COMMUNE && n === count) return { name: SEED_VILLAGE_NAME, type: 'Tổ dân phố' };
  return groups ? { name: `Tổ ${n}`, type: 'Tổ dân phố' } : { name: `Thôn ${n}`, type: 'Thôn' };
}

export function villageCode(communeCode: string, n: number): string {
  return `${communeCode}.${String(n).padStart(2, '0')}`;
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * 110.574;
  const dLon = (lon2 - lon1) * 111.32 * Math.cos((lat1 * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLon * dLon);
}

/** Area classes: city, wards and townships are I; the rest ranked by remoteness, distance to the district town and chance. */
export function assignAreaClasses(seed: string, communes: readonly Unit[]): Map<string, AreaClass> {
  const out = new Map<string, AreaClass>();
  const towns = new Map<string, { lat: number; lon: number }>();
  for (const c of communes) {
    if ((c.type === 'Thị trấn' || c.type === 'Phường') && c.lat !== '' && !towns.has(c.district)) {
      towns.set(c.district, { lat: Number(c.lat), lon: Number(c.lon) });
    }
  }
  const scored: { code: string; score: number }[] = [];
  for (const c of communes) {
    if (isUrban(c)) {
      out.set(c.code, 'I');
      continue;
    }
    const rng = rngFor(seed, 'area-class', c.code);
    const town = towns.get(c.district);
    const km = town && c.lat !== '' ? distanceKm(town.lat, town.lon, Number(c.lat), Number(c.lon)) : 12;
    const score = districtProfile(c.district).remoteness + 0.02 * Math.min(km, 25) + 0.35 * rng.next();
    scored.push({ code: c.code, score });
  }
  scored.sort((a, b) => a.score - b.score || compareStrings(a.code, b.code));
  const forcedI = communes.length - scored.length;
  const needI = AREA_CLASS_COUNTS.I - forcedI;
  scored.forEach((s, i) => {
    out.set(s.code, i < needI ? 'I' : i < needI + AREA_CLASS_COUNTS.II ? 'II' : 'III');
  });
  return out;
}

function offsetPoint(seed: string, code: string, lat: string, lon: string): { lat: string; lon: string } {
  if (lat === '' || lon === '') return { lat: '', lon: '' };
  const rng = rngFor(seed, 'village-point', code);
  const bearing = rng.float(0, 2 * Math.PI);
  const km = rng.float(1.5, 3);
  const la = Number(lat);
  const lo = Number(lon);
  const newLat = la + (km * Math.cos(bearing)) / 110.574;
  const newLon = lo + (km * Math.sin(bearing)) / (111.32 * Math.cos((la * Math.PI) / 180));
  return { lat: newLat.toFixed(5), lon: newLon.toFixed(5) };
}

export function generateVillages(seed: string, commune: Unit): Unit[] {
  const rng = rngFor(seed, 'village-count', commune.code);
  const count = 8 + rng.weighted(VILLAGE_COUNT_WEIGHTS);
  const out: Unit[] = [];
  for (let n = 1; n <= count; n += 1) {
    const code = villageCode(commune.code, n);
    const { name, type } = villageNameAndType(commune.code, commune.type, n, count);
    out.push({
      code,
      name,
      type,
      level: commune.level + 1,
      kind: 'village',
      parentCode: commune.code,
      ...offsetPoint(seed, code, commune.lat, commune.lon),
      areaClass: null,
      disadvantaged: false,
      district: commune.district,
      commune: commune.code,
    });
  }
  return out;
}

/** Marks exactly `total` villages ĐBKK by weighted sampling without replacement; none in the city, wards or townships. */
export function assignDisadvantaged(seed: string, villages: Unit[], communes: ReadonlyMap<string, Unit>, total: number): void {
  const classWeight: Record<AreaClass, number> = { I: 0.05, II: 0.3, III: 1 };
  const keyed: { village: Unit; key: number }[] = [];
  for (const v of villages) {
    const commune = communes.get(v.commune);
    if (!commune || isUrban(commune)) continue;
    const communeFactor = 0.55 + 0.9 * rngFor(seed, 'dbkk-commune', commune.code).next();
    const w = classWeight[commune.areaClass ?? 'I'] * communeFactor * (1 + 1.2 * districtProfile(v.district).remoteness);
    const u = rngFor(seed, 'dbkk', v.code).next();
    keyed.push({ village: v, key: Math.log(Math.max(u, 1e-12)) / w });
  }
  keyed.sort((a, b) => b.key - a.key || compareStrings(a.village.code, b.village.code));
  keyed.forEach((k, i) => {
    k.village.disadvantaged = i < total;
  });
}

export function buildUnits(seed: string, source: readonly SourceUnit[]): Unit[] {
  const base: Unit[] = source.map((s) => {
    const kind = levelKind(DEMO_LEVELS, s.level);
    if (!kind) throw new Error(`unit ${s.code}: level ${s.level} is not declared`);
    return {
      code: s.code,
      name: normaliseUnitName(s.name),
      type: s.type,
      level: s.level,
      kind,
      parentCode: s.parentCode,
      lat: s.lat,
      lon: s.lon,
      areaClass: null,
      disadvantaged: null,
      district: kind === 'district' ? s.code : kind === 'commune' ? s.parentCode : '',
      commune: kind === 'commune' ? s.code : '',
    };
  });
  const communes = base.filter((u) => u.kind === 'commune');
  const classes = assignAreaClasses(seed, communes);
  for (const c of communes) c.areaClass = classes.get(c.code) ?? null;
  const villages = communes.flatMap((c) => generateVillages(seed, c));
  assignDisadvantaged(seed, villages, new Map(communes.map((c) => [c.code, c])), DISADVANTAGED_VILLAGES);
  return [...base, ...villages].sort((a, b) => a.level - b.level || compareStrings(a.code, b.code));
}

export function seedVillage(units: readonly Unit[]): Unit {
  const v = units.find((u) => u.commune === SEED_COMMUNE && u.kind === 'village' && u.name === SEED_VILLAGE_NAME);
  if (!v) throw new Error('seed village missing');
  return v;
}
