import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-documents';
import { catalogueSchema, metaSchema, unitDocumentSchema, type UnitDocument } from '../../src/api/contract';
import { sumCells, type Cell } from '../../src/domain/aggregate';

const doc = (id: string): UnitDocument => unitDocumentSchema.parse(apiDocument(`v1/units/${encodeURIComponent(id)}.json`));
const own = (id: string) => doc(id).figures[id]!;
/** Sums are rounded to 0.001 in the API. */
const expectCell = (actual: Cell | undefined, expected: Cell, label: string) => {
  if (typeof expected === 'number') expect(actual, label).toBeCloseTo(expected, 3);
  else expect(actual, label).toBe(expected);
};

describe('the demo across 1/7/2025', () => {
  const before = metaSchema.parse(apiDocument('v1/meta.json'));
  const after = metaSchema.parse(apiDocument('v1/meta~2025-07.json'));
  const catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));

  it('holds Bắc Kạn to 2025Q2 and the part of Thái Nguyên that was Bắc Kạn from 2022Q1 to 2026Q3, three levels deep', () => {
    expect([before.rootUnit, before.quarters[0], before.quarters.at(-1), before.levels.length]).toEqual(['06', '2022Q1', '2025Q2', 4]);
    expect([after.rootUnit, after.quarters[0], after.quarters.at(-1), after.levels.map((l) => l.kind)]).toEqual([
      '19~2025-07',
      '2022Q1',
      '2026Q3',
      ['province', 'commune', 'village'],
    ]);
    const root = doc('19~2025-07');
    expect(root.unit.name).toBe('Tỉnh Thái Nguyên – địa bàn tỉnh Bắc Kạn cũ');
    expect(root.children).toHaveLength(37);
  });

  // Hand-checked from data/reports.csv (villages of old 01834, 01840, 01846) and data/2025-07/reports.csv (villages of new 01840).
  it.each([
    ['P8.1.4', '2022Q4', 0, 43],
    ['P8.1.4', '2024Q2', 5, 43],
    ['P8.1.4', '2025Q2', 7, 42],
    ['P8.1.4', '2025Q3', 1, 42],
    ['P8.1.4', '2026Q3', 7, 41],
    ['P8.F.1', '2025Q1', 122.4, 3],
    ['P8.F.1', '2025Q4', 58.1, 1],
  ])('new Phường Đức Xuân: %s in %s is %s from %i reports', (code, quarter, value, reported) => {
    const series = own('01840~2025-07').series[code]!;
    const q = after.quarters.indexOf(quarter);
    expect(series.values[q]).toBe(value);
    expect(series.reported[q]).toBe(reported);
  });

  it('gives every new commune and ward, before 1/7/2025, the sum of the old communes it was made of, and from then on its own reports', () => {
    const split = after.quarters.indexOf('2025Q3');
    const sensitive = new Set(catalogue.indicators.filter((i) => i.sensitive).map((i) => i.code));
    let checked = 0;
    for (const child of doc('19~2025-07').children) {
      const unit = doc(child.code);
      const olds = unit.formedFrom!.units.map((o) => own(o.code));
      const villages = unit.children.map((v) => unit.figures[v.code]!);
      for (const [code, series] of Object.entries(own(child.code).series)) {
        if (sensitive.has(code)) continue;
        expect(series.history, `${child.name} ${code}`).toEqual({ before: split, expected: olds.reduce((n, o) => n + o.series[code]!.expected, 0) });
        for (let q = 0; q < split; q++)
          expectCell(series.values[q], sumCells(olds.map((o) => o.series[code]!.values[q]!)), `${child.name} ${code} ${after.quarters[q]}`);
        const mine = villages.flatMap((v) => v.series[code] ?? []);
        if (mine.length)
          for (let q = split; q < after.quarters.length; q++)
            expectCell(series.values[q], sumCells(mine.map((v) => v.values[q]!)), `${child.name} ${code} ${after.quarters[q]}`);
        checked++;
      }
      expect(own(child.code).historyWithheld?.sort()).toEqual([...sensitive].sort());
    }
    expect(checked).toBeGreaterThan(37 * 15);
  });

  it('keeps the old units as they were, each pointing to where its area went', () => {
    expect(doc('01846').reorganisedInto).toEqual({ date: '2025-07-01', units: [{ code: '01840~2025-07', name: 'Phường Đức Xuân' }] });
    expect(doc('06').reorganisedInto?.units).toEqual([{ code: '19~2025-07', name: 'Tỉnh Thái Nguyên – địa bàn tỉnh Bắc Kạn cũ' }]);
    expect(
      doc('058')
        .reorganisedInto?.units.map((u) => u.name)
        .sort(),
    ).toEqual(['Phường Bắc Kạn', 'Phường Đức Xuân', 'Xã Phong Quang']);
    expect(doc('06').figures['06']!.series['P8.1.4']!.history).toBeUndefined();
    expect(doc('01840').unit.name).toBe('Phường Đức Xuân');
    expect(doc('01840').unit.level).toBe(3);
  });
});
