/**
 * Phase-I figures under the administrative structure of 1/7/2025: which new communes and wards hold
 * part of a unit of the old structure, and their figures for one indicator and period.
 */
import type { Indicator } from './indicators';
import { selectionIndices, type PeriodSelection } from './periods';
import { indicatorCells, type IndicatorCells, type UnitFigures } from './table-rows';

/** The date the communes and wards of the new structure took effect. */
export const REORGANISED_ON = '2025-07-01';

export interface OldCommune {
  code: string;
  name: string;
  districtCode: string;
}

export interface NewUnit {
  code: string;
  name: string;
  from: readonly OldCommune[];
}

/** Where a unit of the old structure sits: its code and the codes of its ancestors and itself. */
export interface OldPlace {
  code: string;
  path: readonly string[];
}

export interface StructureRow {
  code: string;
  name: string;
  /** The old communes it was made of, those inside the place first. */
  from: readonly OldCommune[];
  /** Some of its old communes lie outside the place (a new commune across old district borders). */
  crossesBoundary: boolean;
  cells: IndicatorCells;
}

const inPlace = (place: OldPlace, scope: string) => (old: OldCommune) =>
  place.code === scope || old.code === place.code || old.districtCode === place.code || place.path.includes(old.code);

/** The new units holding part of `place`: all of them for the reorganised root, one for a commune or village. */
export function newUnitsFor(units: readonly NewUnit[], place: OldPlace, scope: string): NewUnit[] {
  const inside = inPlace(place, scope);
  return units.filter((u) => u.from.some(inside));
}

export interface StructureRowsInput {
  units: readonly NewUnit[];
  figures: Readonly<Record<string, UnitFigures | undefined>>;
  scope: string;
  place: OldPlace;
  indicator: Indicator;
  catalogue: readonly Indicator[];
  axis: readonly string[];
  period: PeriodSelection;
  compareText: (a: string, b: string) => number;
}

export function buildStructureRows(input: StructureRowsInput): StructureRow[] {
  const byCode = new Map(input.catalogue.map((i) => [i.code, i]));
  const indices = selectionIndices(input.period, input.axis);
  const inside = inPlace(input.place, input.scope);
  return newUnitsFor(input.units, input.place, input.scope)
    .map((u) => ({
      code: u.code,
      name: u.name,
      from: [...u.from.filter(inside), ...u.from.filter((o) => !inside(o))],
      crossesBoundary: !u.from.every(inside),
      cells: indicatorCells(input.indicator, input.figures[u.code], byCode, input.axis, input.period, indices),
    }))
    .sort((a, b) => input.compareText(a.name, b.name));
}
