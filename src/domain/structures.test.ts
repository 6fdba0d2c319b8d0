import { describe, expect, it } from 'vitest';
import { dayBefore, reorganisationFrom, structureChain } from './structures';

const base = { structure: '', rootUnit: '06', name: 'Tỉnh Bắc Kạn' };
const after = { structure: '2025-07', rootUnit: '19~2025-07', name: 'Tỉnh Thái Nguyên – địa bàn tỉnh Bắc Kạn cũ' };
const later = { structure: '2030-01', rootUnit: '19~2030-01', name: 'Tỉnh Thái Nguyên' };

describe('the structures of a dataset', () => {
  it.each([
    ['2025-07-01', '2025-06-30'],
    ['2024-03-01', '2024-02-29'],
    ['2026-01-01', '2025-12-31'],
  ])('the day before %s is %s', (iso, expected) => {
    expect(dayBefore(iso)).toBe(expected);
  });

  it('has no chain to switch along without a reorganisation, or with one that has only a crosswalk', () => {
    expect(structureChain([])).toEqual([]);
    expect(structureChain([{ code: '2025-07', date: '2025-07-01', before: base, after: null }])).toEqual([]);
  });

  it('runs from the base structure through each reorganisation with data, with the days each was in force', () => {
    const reorganisations = [
      { code: '2025-07', date: '2025-07-01', before: base, after },
      { code: '2030-01', date: '2030-01-01', before: after, after: later },
    ];
    expect(structureChain(reorganisations)).toEqual([
      { ...base, from: null, until: '2025-06-30' },
      { ...after, from: '2025-07-01', until: '2029-12-31' },
      { ...later, from: '2030-01-01', until: null },
    ]);
    expect(reorganisationFrom(reorganisations, '')?.code).toBe('2025-07');
    expect(reorganisationFrom(reorganisations, '2025-07')?.code).toBe('2030-01');
    expect(reorganisationFrom(reorganisations, '2030-01')).toBeUndefined();
  });
});
