/**
 * The shapes of every unit, official where a complete official level was imported, otherwise
 * schematic: Voronoi cells of the commune centres inside a smooth hull (or inside the official
 * shapes above them), districts and the province as unions of their communes, villages as cells
 * inside their commune. Children tile their parent exactly by construction.
 */
import type { Unit } from '../../src/domain/units';
import { ROOT_LEVEL } from '../../src/domain/levels';
import { smoothHull } from './hull';
import { interiorPoint, multiPolygonArea, pointInMultiPolygon, type MultiPolygon, type Pair } from './planar';
import { localProjection, projectMultiPolygon } from './projection';
import { connectGroups, emptiestPoint, sunflower, unionAll } from './seeds';
import { placeInside, relaxSeeds, separateSeeds, voronoiCells } from './tessellate';

/** level → unit code → shape in [lon, lat]. */
export type OfficialShapes = ReadonlyMap<number, ReadonlyMap<string, MultiPolygon>>;

export interface UnitShape {
  /** [lon, lat] coordinates. */
  shape: MultiPolygon;
  official: boolean;
}

export interface SchematicOptions {
  /** Radius of the discs of the hull around the commune centres, km. */
  hullRadiusKm?: number;
  /** Seeds closer than this are pushed apart, km. */
  minSeedDistanceKm?: number;
  /** Lloyd relaxation rounds for village seeds. */
  villageRelaxation?: number;
}

/** Without any centre the shapes still come out, around this point. */
const FALLBACK_CENTRE: Pair = [105.8, 22.15];

/**
 * `seedLevel` is the depth whose centres seed the cells (the commune kind of level): the levels
 * above it are unions of their children, the levels below it cells inside their parent.
 */
export function buildUnitShapes(
  units: readonly Unit[],
  seedLevel: number,
  official: OfficialShapes = new Map(),
  options: SchematicOptions = {},
): Map<string, UnitShape> {
  const { hullRadiusKm = 7, minSeedDistanceKm = 0.4, villageRelaxation = 2 } = options;
  const atLevel = (level: number) => units.filter((u) => u.level === level);
  const deepest = units.reduce((d, u) => Math.max(d, u.level), 0);
  const childrenOf = new Map<string, Unit[]>();
  for (const u of units) if (u.parentCode !== null) childrenOf.set(u.parentCode, [...(childrenOf.get(u.parentCode) ?? []), u]);
  const complete = (level: number) => {
    const shapes = official.get(level);
    const list = atLevel(level);
    return shapes !== undefined && list.length > 0 && list.every((u) => shapes.has(u.code)) ? shapes : undefined;
  };
  const communes = atLevel(seedLevel);
  const located = communes.filter((c) => c.lat !== null && c.lon !== null);
  const [lon0, lat0] = located.length
    ? [located.reduce((s, c) => s + c.lon!, 0) / located.length, located.reduce((s, c) => s + c.lat!, 0) / located.length]
    : FALLBACK_CENTRE;
  const proj = localProjection(lon0, lat0);
  const toKm = (mp: MultiPolygon) => projectMultiPolygon(mp, proj.forward);
  const km = new Map<string, MultiPolygon>();
  const result = new Map<string, UnitShape>();
  const officialKm = (level: number) => {
    const shapes = complete(level);
    if (!shapes) return undefined;
    for (const [code, shape] of shapes) {
      km.set(code, toKm(shape));
      result.set(code, { shape, official: true });
    }
    return shapes;
  };

  const aboveOfficial = new Map<number, boolean>();
  for (let level = ROOT_LEVEL; level < seedLevel; level++) aboveOfficial.set(level, officialKm(level) !== undefined);
  if (!officialKm(seedLevel)) {
    const fixedSeeds = new Map<string, Pair>();
    for (const c of located) fixedSeeds.set(c.code, proj.forward([c.lon!, c.lat!]));
    if (fixedSeeds.size === 0) sunflower(communes.length, [0, 0], Math.sqrt(communes.length) * 4).forEach((p, i) => fixedSeeds.set(communes[i]!.code, p));
    const parentLevel = seedLevel - 1;
    if (parentLevel > ROOT_LEVEL && aboveOfficial.get(parentLevel)) {
      for (const parent of atLevel(parentLevel)) communeCellsWithin(childrenOf.get(parent.code) ?? [], km.get(parent.code)!, fixedSeeds, minSeedDistanceKm, km);
    } else {
      const region = aboveOfficial.get(ROOT_LEVEL) ? (km.get(atLevel(ROOT_LEVEL)[0]?.code ?? '') ?? []) : smoothHull([...fixedSeeds.values()], hullRadiusKm);
      communeCellsAcross(communes, region, fixedSeeds, minSeedDistanceKm, km);
    }
  }
  // Unions upwards where no official shape exists, then each deeper level inside its parents.
  for (let level = seedLevel - 1; level >= ROOT_LEVEL; level--) {
    for (const u of atLevel(level)) if (!km.has(u.code)) km.set(u.code, unionAll((childrenOf.get(u.code) ?? []).map((c) => km.get(c.code) ?? [])));
  }
  for (let level = seedLevel + 1; level <= deepest; level++) {
    if (officialKm(level)) continue;
    for (const parent of atLevel(level - 1))
      cellsInside(childrenOf.get(parent.code) ?? [], km.get(parent.code), proj.forward, minSeedDistanceKm, villageRelaxation, km);
  }
  for (const u of units) {
    if (result.has(u.code)) continue;
    result.set(u.code, { shape: projectMultiPolygon(km.get(u.code) ?? [], proj.inverse), official: false });
  }
  return result;
}

/** Villages (or any units below the seed level) as cells inside their parent's shape. */
function cellsInside(
  kids: readonly Unit[],
  region: MultiPolygon | undefined,
  forward: (p: Pair) => Pair,
  minSeedDistanceKm: number,
  relaxation: number,
  out: Map<string, MultiPolygon>,
): void {
  if (!region || region.length === 0 || kids.length === 0) return;
  let inner: { point: Pair } | undefined;
  const innerPoint = () => (inner ??= interiorPoint(region));
  const spread = kids.some((v) => v.lat === null || v.lon === null)
    ? sunflower(kids.length, innerPoint().point, Math.sqrt(multiPolygonArea(region) / Math.PI) * 0.6)
    : [];
  let seeds = kids.map((v, i) => {
    const seed = v.lat !== null && v.lon !== null ? forward([v.lon, v.lat]) : spread[i]!;
    return pointInMultiPolygon(seed, region) ? seed : placeInside(seed, region, innerPoint());
  });
  seeds = relaxSeeds(separateSeeds(seeds, minSeedDistanceKm / 2), region, relaxation);
  voronoiCells(seeds, region).forEach((cell, i) => out.set(kids[i]!.code, cell));
}

/** Communes of one district inside its (official) shape: rough centres are pulled inside it. */
function communeCellsWithin(
  communes: readonly Unit[],
  region: MultiPolygon,
  seeds: ReadonlyMap<string, Pair>,
  minDistance: number,
  out: Map<string, MultiPolygon>,
): void {
  const inner = interiorPoint(region);
  const known = communes.flatMap((c) => (seeds.has(c.code) ? [placeInside(seeds.get(c.code)!, region, inner)] : []));
  const placed: Pair[] = [];
  for (const c of communes) {
    const seed = seeds.get(c.code);
    placed.push(seed ? placeInside(seed, region, inner) : emptiestPoint(region, [...known, ...placed]));
  }
  voronoiCells(separateSeeds(placed, minDistance), region).forEach((cell, i) => out.set(communes[i]!.code, cell));
}

/**
 * All communes across one region (the hull or the official province). A commune without a centre
 * goes to the emptiest spot of its district; districts are then kept in one piece.
 */
function communeCellsAcross(
  communes: readonly Unit[],
  region: MultiPolygon,
  fixed: ReadonlyMap<string, Pair>,
  minDistance: number,
  out: Map<string, MultiPolygon>,
): void {
  const withSeed = communes.filter((c) => fixed.has(c.code));
  const firstCells = new Map(
    voronoiCells(
      withSeed.map((c) => fixed.get(c.code)!),
      region,
    ).map((cell, i) => [withSeed[i]!.code, cell]),
  );
  const seeds = new Map(fixed);
  for (const c of communes) {
    if (seeds.has(c.code)) continue;
    const districtArea = unionAll(communes.filter((o) => o.parentCode === c.parentCode).map((o) => firstCells.get(o.code) ?? []));
    seeds.set(c.code, emptiestPoint(districtArea.length ? districtArea : region, [...seeds.values()]));
  }
  const ordered = separateSeeds(
    communes.map((c) => placeInside(seeds.get(c.code)!, region)),
    minDistance,
  );
  const connected = connectGroups(
    ordered,
    communes.map((c) => c.parentCode ?? ''),
    region,
  );
  voronoiCells(connected, region).forEach((cell, i) => out.set(communes[i]!.code, cell));
}
