import { describe, expect, it } from 'vitest';
import { leafSeries } from './aggregate';
import type { Indicator } from './indicators';
import { buildStructureRows, newUnitsFor, type NewUnit, type StructureRowsInput } from './structure';
import type { UnitFigures } from './table-rows';
import { indicator as build } from '../../tests/builders/indicator';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const F = build('F', 'flow', { unitOfMeasure: { vi: 'x', en: 'x' }, reportKind: 'commune' });
const S: Indicator = { ...F, code: 'S', sensitive: true };

// Province P: district D1 (communes a, b, c), district D2 (communes d, e). New: X = a + b, Y = c + d (across districts), Z = e.
const old = (code: string, districtCode: string) => ({ code, name: `Xã ${code}`, districtCode });
const UNITS: NewUnit[] = [
  { code: 'Y', name: 'Xã Yên', from: [old('c', 'D1'), old('d', 'D2')] },
  { code: 'X', name: 'Phường Ân', from: [old('a', 'D1'), old('b', 'D1')] },
  { code: 'Z', name: 'Xã Đông', from: [old('e', 'D2')] },
];

describe('which new units hold part of an old unit', () => {
  it.each([
    ['the province', { code: 'P', path: ['P'] }, ['Y', 'X', 'Z']],
    ['district D1', { code: 'D1', path: ['P', 'D1'] }, ['Y', 'X']],
    ['district D2', { code: 'D2', path: ['P', 'D2'] }, ['Y', 'Z']],
    ['commune b', { code: 'b', path: ['P', 'D1', 'b'] }, ['X']],
    ['a village of commune d', { code: 'd.1', path: ['P', 'D2', 'd', 'd.1'] }, ['Y']],
    ['a unit outside the reorganisation', { code: 'Q', path: ['Q'] }, []],
  ])('%s', (_, place, codes) => {
    expect(newUnitsFor(UNITS, place, 'P').map((u) => u.code)).toEqual(codes);
  });
});

describe('rows of the new structure', () => {
  const figures: Record<string, UnitFigures> = {
    X: { series: { F: { ...leafSeries([3, 4]), expected: 2, reported: [2, 2] } }, targets: { F: { '2021-2025': 10 } }, withheld: ['S'] },
    Y: { series: { F: { ...leafSeries([1, null]), expected: 2, reported: [1, 0] } }, targets: {}, withheld: ['S'] },
  };
  const input = (patch: Partial<StructureRowsInput> = {}): StructureRowsInput => ({
    units: UNITS,
    figures,
    scope: 'P',
    place: { code: 'D1', path: ['P', 'D1'] },
    indicator: F,
    catalogue: [F, S],
    axis: ['2025Q1', '2025Q2'],
    period: { kind: 'phase', phase: PHASE_2021_2025 },
    compareText: (a, b) => collator.compare(a, b),
    ...patch,
  });

  it('gives value, target, achievement and reports, in Vietnamese order, flagging new units across the old border', () => {
    const rows = buildStructureRows(input());
    expect(rows.map((r) => r.name)).toEqual(['Phường Ân', 'Xã Yên']);
    expect(rows[0]).toMatchObject({ crossesBoundary: false, cells: { value: 7, target: 10, achievement: 0.7, met: false, reported: 4, expected: 4 } });
    expect(rows[1]).toMatchObject({ crossesBoundary: true, cells: { value: 1, target: 'none', reported: 1, expected: 4 } });
    // The old communes inside the place come first.
    expect(rows[1]!.from.map((o) => o.code)).toEqual(['c', 'd']);
    expect(
      buildStructureRows(input({ place: { code: 'D2', path: ['P', 'D2'] } }))
        .find((r) => r.code === 'Y')!
        .from.map((o) => o.code),
    ).toEqual(['d', 'c']);
  });

  it('says a sensitive indicator is withheld, and a new unit without figures is not reported', () => {
    expect(buildStructureRows(input({ indicator: S })).map((r) => r.cells.value)).toEqual(['withheld', 'withheld']);
    const z = buildStructureRows(input({ place: { code: 'D2', path: ['P', 'D2'] } })).find((r) => r.code === 'Z')!;
    expect(z.cells.value).toBe('not_reported');
  });
});
