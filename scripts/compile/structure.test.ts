import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-documents';
import { catalogueSchema, structureSchema, unitDocumentSchema } from '../../src/api/contract';
import { sumCells } from '../../src/domain/aggregate';
import type { Unit } from '../../src/domain/units';
import { unit as aUnit } from '../../tests/builders/unit';
import type { DatasetProblem } from './dataset-error';
import { parseReorganisation } from './parse-reorganisation';

const unit = (code: string, name: string, level: 1 | 2 | 3 | 4, parentCode: string | null) => aUnit(code, { name, level, parentCode, type: 'xa' });
const UNITS = new Map(
  [
    unit('P', 'Tỉnh P', 1, null),
    unit('D', 'Huyện D', 2, 'P'),
    unit('00001', 'Xã Một', 3, 'D'),
    unit('00002', 'Xã Hai', 3, 'D'),
    unit('00003', 'Xã Ba', 3, 'D'),
    unit('00001.1', 'Thôn A', 4, '00001'),
  ].map((u) => [u.code, u]),
);
const HEADER = 'old_code,old_name,old_district_code,new_code,new_name';
const FILE = 'reorganisation-2025-07.csv';
const old = { units: UNITS, root: 'P', isCommune: (u: Unit) => ['00001', '00002', '00003'].includes(u.code) };
const parse = (text: string | undefined, problems: DatasetProblem[]) => parseReorganisation({ file: FILE, text, old }, problems);
const GOOD = [HEADER, '00001,Xã Một,D,00001,Xã Một Hai', '00002,Xã Hai,D,00001,Xã Một Hai', '00003,Xã Ba,D,00003,Xã Ba'].join('\n');

describe('a reorganisation crosswalk', () => {
  it('groups the old communes into the new ones, in file order', () => {
    const problems: DatasetProblem[] = [];
    expect(parse(GOOD, problems)).toEqual([
      { code: '00001', name: 'Xã Một Hai', from: ['00001', '00002'] },
      { code: '00003', name: 'Xã Ba', from: ['00003'] },
    ]);
    expect(problems).toEqual([]);
  });

  it('is optional', () => {
    expect(parse(undefined, [])).toBeUndefined();
  });

  it.each([
    ['an unknown old commune', `${GOOD}\n00009,Xã Chín,D,00003,Xã Ba`, 5, 'old_code', /không tồn tại "00009"/],
    ['a village in place of a commune', `${GOOD}\n00001.1,Thôn A,D,00003,Xã Ba`, 5, 'old_code', /không phải cấp xã/],
    ['an old name that differs from units.csv', GOOD.replace('00002,Xã Hai', '00002,Xã Hay'), 3, 'old_name', /"Xã Hay" khác tên trong units.csv \("Xã Hai"\)/],
    ['a commune listed twice', `${GOOD}\n00002,Xã Hai,D,00003,Xã Ba`, 5, 'old_code', /đã được sắp xếp ở dòng 3/],
    ['a new code that is not a unit code', GOOD.replace('D,00003,Xã Ba', 'D,3/4,Xã Ba'), 4, 'new_code', /không phải mã đơn vị hợp lệ/],
    ['two names for one new code', GOOD.replace('00002,Xã Hai,D,00001,Xã Một Hai', '00002,Xã Hai,D,00001,Xã Khác'), 3, 'new_name', /đã mang tên "Xã Một Hai"/],
    ['a commune left out', GOOD.split('\n').slice(0, 3).join('\n'), null, 'old_code', /chưa sắp xếp 1 xã: 00003 Xã Ba/],
  ])('reports %s with row and field', (_, text, row, field, message) => {
    const problems: DatasetProblem[] = [];
    parse(text, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'reorganisation-2025-07.csv', row, field });
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('the demo API under the structure of 1/7/2025', () => {
  const structure = structureSchema.parse(apiDocument('v1/structure-2025-07.json'));
  const catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
  const parsed = new Map<string, ReturnType<typeof unitDocumentSchema.parse>>();
  const oldFigures = (code: string) => {
    if (!parsed.has(code)) parsed.set(code, unitDocumentSchema.parse(apiDocument(`v1/units/${code}.json`)));
    return parsed.get(code)!.figures[code]!;
  };

  it('has the 37 communes and wards that Bắc Kạn’s 108 became, each old one in exactly one', () => {
    expect(structure.effectiveFrom).toBe('2025-07-01');
    expect(structure.units).toHaveLength(37);
    const olds = structure.units.flatMap((u) => u.from.map((o) => o.code));
    expect(olds).toHaveLength(108);
    expect(new Set(olds).size).toBe(108);
  });

  it('sums the old communes exactly, quarter by quarter, with their report counts', () => {
    let checked = 0;
    for (const u of structure.units) {
      const parts = u.from.map((o) => oldFigures(o.code));
      for (const [code, series] of Object.entries(structure.figures[u.code]!.series)) {
        const old = parts.map((p) => p.series[code]!);
        expect(series.values, `${u.name} ${code}`).toEqual(series.values.map((_, q) => sumCells(old.map((s) => s.values[q]!))));
        expect(series.reported).toEqual(series.reported.map((_, q) => old.reduce((n, s) => n + s.reported[q]!, 0)));
        expect(series.expected).toBe(old.reduce((n, s) => n + s.expected, 0));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(37 * 10);
  });

  it('publishes no sensitive indicator, and targets only where every old commune had one', () => {
    const sensitive = catalogue.indicators.filter((i) => i.sensitive).map((i) => i.code);
    for (const u of structure.units) {
      const f = structure.figures[u.code]!;
      expect(f.withheld.sort()).toEqual([...sensitive].sort());
      for (const code of sensitive) expect(f.series[code]).toBeUndefined();
      for (const [code, targets] of Object.entries(f.targets)) {
        for (const [key, value] of Object.entries(targets)) {
          const olds = u.from.map((o) => oldFigures(o.code).targets[code]?.[key]);
          expect(
            olds.every((t) => t !== undefined),
            `${u.name} ${code} ${key}`,
          ).toBe(true);
          expect(value).toBeCloseTo(
            olds.reduce((a, b) => a! + b!, 0)!,
            6,
          );
        }
      }
    }
  });
});
