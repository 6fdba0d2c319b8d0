/** The boundaries documents of the API: for each unit, its children's outlines and its own, simplified together. */
import { apiPaths, type BoundaryFeature, type Boundaries } from '../../src/api/contract';
import type { Unit } from '../../src/domain/units';
import { interiorPoint, type MultiPolygon } from './planar';
import { localProjection, projectMultiPolygon } from './projection';
import { buildUnitShapes, type OfficialShapes } from './schematic';
import { simplifyTogether } from './simplify';

/** Official boundaries of one level, as stored by the import. */
export interface OfficialLevel {
  level: number;
  /** Where they came from (file name and import date), shown on the map. */
  source: string;
  shapes: ReadonlyMap<string, MultiPolygon>;
}

export const SCHEMATIC_SOURCE = 'schematic';

const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** The label point of a shape (pole of inaccessibility, computed in km) and its distance to the nearest edge. */
export function labelOf(shape: MultiPolygon): { at: [number, number]; radiusKm: number } {
  const [lon0, lat0] = shape[0]![0]![0]!;
  const proj = localProjection(lon0, lat0);
  const { point, radius } = interiorPoint(projectMultiPolygon(shape, proj.forward), 8);
  const [lon, lat] = proj.inverse(point);
  return { at: [round(lon, 5), round(lat, 5)], radiusKm: round(Math.max(0, radius), 3) };
}

function toFeature(unit: Unit, shape: MultiPolygon, withLabel: boolean): BoundaryFeature {
  const properties = { code: unit.code, name: unit.name, ...(withLabel ? { label: labelOf(shape) } : {}) };
  return shape.length === 1
    ? { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: shape[0]! } }
    : { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: shape } };
}

/**
 * The documents one at a time, as [path, document], so that a writer can store each and let it go
 * (a country has 100,000 of them). `seedLevel`: the depth whose centres seed schematic cells (the
 * commune kind), see buildUnitShapes.
 */
export function* buildBoundaryDocuments(units: readonly Unit[], seedLevel: number, official: readonly OfficialLevel[] = []): Generator<[string, Boundaries]> {
  const officialShapes: OfficialShapes = new Map(official.map((o) => [o.level, o.shapes]));
  const sourceOf = new Map(official.map((o) => [o.level, o.source]));
  const shapes = buildUnitShapes(units, seedLevel, officialShapes);
  const children = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.parentCode === null) continue;
    const siblings = children.get(u.parentCode);
    if (siblings) siblings.push(u);
    else children.set(u.parentCode, [u]);
  }
  for (const unit of units) {
    const kids = (children.get(unit.code) ?? []).filter((c) => (shapes.get(c.code)?.shape.length ?? 0) > 0);
    const own = shapes.get(unit.code);
    const input = new Map<string, MultiPolygon>(kids.map((c) => [c.code, shapes.get(c.code)!.shape]));
    if (own && own.shape.length) input.set(unit.code, own.shape);
    const simplified = simplifyTogether(input);
    const drawn = kids.length ? kids : own ? [unit] : [];
    const official = drawn.length > 0 && drawn.every((u) => shapes.get(u.code)?.official);
    const outline = simplified.get(unit.code);
    const doc: Boundaries = {
      unit: unit.code,
      schematic: !official,
      source: official ? (sourceOf.get(drawn[0]!.level) ?? '') : SCHEMATIC_SOURCE,
      outline: outline && outline.length ? toFeature(unit, outline, kids.length === 0) : null,
      features: kids.flatMap((c) => {
        const shape = simplified.get(c.code);
        return shape && shape.length ? [toFeature(c, shape, true)] : [];
      }),
    };
    yield [apiPaths.boundaries(unit.code), doc];
  }
}
