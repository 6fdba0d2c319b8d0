import { describe, expect, it } from 'vitest';
import { indexUnits, type Unit } from '../../src/domain/units';
import type { NoteRecord } from './dataset';
import { notesByUnit } from './notes-by-unit';

const unit = (code: string, level: 1 | 2 | 3 | 4, parentCode: string | null) => ({ code, name: `Đơn vị ${code}`, level, parentCode }) as unknown as Unit;
// Province P; district D with wards W1 (group G1) and W2; district E.
const index = indexUnits([unit('P', 1, null), unit('D', 2, 'P'), unit('W1', 3, 'D'), unit('G1', 4, 'W1'), unit('W2', 3, 'D'), unit('E', 2, 'P')]);
const note = (id: string, patch: Partial<NoteRecord>): NoteRecord => ({
  id,
  unit: 'D',
  type: 'difficulty',
  date: '2023-05-01',
  periodFrom: '2022-01',
  periodTo: '2023-05',
  author: 'x',
  title: id,
  body: '',
  ...patch,
});

const NOTES: NoteRecord[] = [
  note('conclusion', { type: 'conclusion', date: '2023-05-15' }),
  note('inspection', { type: 'inspection', date: '2023-05-11', inspection: { body: 'Ban Dân vận', head: 'A', members: [], unitsInspected: ['D', 'G1'] } }),
  note('difficulty-w2', { unit: 'W2', date: '2023-04-01' }),
  note('other-conclusion', { type: 'conclusion', date: '2023-06-01', periodFrom: '2024-01', periodTo: '2024-06' }),
  note('inspection-e', {
    unit: 'E',
    type: 'inspection',
    date: '2023-05-20',
    inspection: { body: 'Ban Dân vận', head: 'B', members: [], unitsInspected: ['E'] },
  }),
];
const ids = (code: string) => (notesByUnit(NOTES, index).get(code) ?? []).map((n) => n.id);

describe('which notes each unit carries', () => {
  it.each([
    ['P', ['difficulty-w2', 'inspection', 'conclusion', 'inspection-e', 'other-conclusion']],
    ['D', ['difficulty-w2', 'inspection', 'conclusion', 'other-conclusion']],
    // Visited: the group and its ward get the inspection and the conclusion that closed it, nothing else of the district.
    ['G1', ['inspection', 'conclusion']],
    ['W1', ['inspection', 'conclusion']],
    ['W2', ['difficulty-w2']],
    ['E', ['inspection-e']],
  ])('%s: %j, in date order', (code, expected) => {
    expect(ids(code)).toEqual(expected);
  });

  it('names the unit each note is about', () => {
    expect(
      notesByUnit(NOTES, index)
        .get('G1')!
        .map((n) => n.unitName),
    ).toEqual(['Đơn vị D', 'Đơn vị D']);
  });

  it('names the units an inspection visited, so lists show names rather than codes', () => {
    const inspection = notesByUnit(NOTES, index)
      .get('G1')!
      .find((n) => n.id === 'inspection');
    expect(inspection?.unitNames).toEqual({ D: 'Đơn vị D', G1: 'Đơn vị G1' });
    expect(notesByUnit(NOTES, index).get('W2')![0]?.unitNames).toBeUndefined();
  });
});
