/**
 * Checks over the whole compiled demo API: every document honours the contract, and every
 * unit's figures add up from its children (ratio of sums for rates).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiDocument, COMPILED_API_DIR } from '../../mocks/api-documents';
import { apiPaths, boundariesSchema, catalogueSchema, metaSchema, notesSchema, unitDocumentSchema, type Meta, type UnitDocument } from '../../src/api/contract';
import type { Cell } from '../../src/domain/aggregate';
import { addsUpAt } from '../../src/domain/history';
import { computeFigure } from '../../src/domain/figures';
import type { Indicator } from '../../src/domain/indicators';
import { levelKind } from '../../src/domain/levels';
import { selectionIndices } from '../../src/domain/periods';
import { structureOf } from '../../src/domain/unit-id';

/** Sum of the numbers among cells, null when there is none: written here, independently of the compile's own sum. */
const plainSum = (cells: readonly Cell[]): number | null => {
  const numbers = cells.filter((c): c is number => typeof c === 'number');
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
};

const files = (folder: string) => readdirSync(join(COMPILED_API_DIR, 'v1', folder)).map((f) => `v1/${folder}/${f}`);
const catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
const meta = metaSchema.parse(apiDocument('v1/meta.json'));
/** Each structure's metadata: its levels say which kind a unit's level is. */
const metas = new Map<string, Meta>([
  ['', meta],
  ...meta.reorganisations.flatMap((r) => (r.after ? [[r.after.structure, metaSchema.parse(apiDocument(apiPaths.meta(r.after.structure)))] as const] : [])),
]);
const indicators = catalogue.indicators as Indicator[];
const byCode = new Map(indicators.map((i) => [i.code, i]));

describe('the compiled demo API', () => {
  it.each([
    ['units', unitDocumentSchema],
    ['boundaries', boundariesSchema],
    ['notes', notesSchema],
  ] as const)('every %s document parses with its schema', (folder, schema) => {
    const paths = files(folder);
    expect(paths.length).toBeGreaterThan(1400);
    const failures = paths.filter((p) => !schema.safeParse(apiDocument(p)).success);
    expect(failures).toEqual([]);
  });

  it('holds the seed case: Tổ Khuổi Pái in Phường Huyền Tụng, Thành phố Bắc Kạn, with one conference in 2022 – 5/2023', () => {
    const ward = unitDocumentSchema.parse(apiDocument('v1/units/01846.json'));
    const khuoiPai = ward.children.find((c) => c.name === 'Tổ Khuổi Pái');
    expect(khuoiPai?.path).toEqual(['06', '058', '01846', khuoiPai?.code]);
    const series = ward.figures[khuoiPai!.code]!.series;
    const range = selectionIndices({ kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } }, meta.quarters);
    expect(plainSum(range.map((i) => series['P8.1.4']!.values[i]!))).toBe(1);
  });

  it('adds up: each unit equals the sum of its children, for every additive indicator and quarter', () => {
    const mismatches: string[] = [];
    for (const path of files('units')) {
      const doc = apiDocument(path) as UnitDocument;
      if (doc.children.length === 0) continue;
      const own = doc.figures[doc.unit.code]!;
      for (const [code, series] of Object.entries(own.series)) {
        const indicator = byCode.get(code);
        // Reported at this level (nothing below), or sensitive (checked with the suppression rules).
        if (!indicator || levelKind(metas.get(structureOf(doc.unit.code))!.levels, doc.unit.level) === indicator.reportKind || indicator.sensitive) continue;
        const childSeries = doc.children.flatMap((c) => doc.figures[c.code]?.series[code] ?? []);
        series.values.forEach((value: Cell, q: number) => {
          if (!addsUpAt(series, childSeries, q)) return;
          const children = doc.children.map((c) => doc.figures[c.code]?.series[code]?.values[q] ?? null);
          const sum = plainSum(children);
          const close = typeof value === 'number' && typeof sum === 'number' ? Math.abs(value - sum) < 1e-6 : value === sum;
          if (!close) mismatches.push(`${doc.unit.code} ${code} ${meta.quarters[q]}: ${value} ≠ ${sum}`);
        });
        const reported = doc.children.reduce((n, c) => n + (doc.figures[c.code]?.series[code]?.reported[0] ?? 0), 0);
        if (addsUpAt(series, childSeries, 0) && reported !== series.reported[0])
          mismatches.push(`${doc.unit.code} ${code}: reported ${series.reported[0]} ≠ ${reported}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('computes rates as the ratio of sums at every level, not the average of the children’s rates', () => {
    const province = unitDocumentSchema.parse(apiDocument(`v1/units/${meta.rootUnit}.json`));
    const all = selectionIndices({ kind: 'phase', phase: meta.phases[0] }, meta.quarters);
    const rate = byCode.get('P8.F.3')!;
    const figure = computeFigure(rate, province.figures[meta.rootUnit]!, byCode, all);
    // Each child's phase totals of disbursed (P8.F.2) and allocated (P8.F.1), added up here from its quarters.
    const phaseTotal = (unit: string, code: string) => plainSum(all.map((q) => province.figures[unit]!.series[code]!.values[q]!)) as number;
    const childFigures = province.children.map((c) => ({ num: phaseTotal(c.code, 'P8.F.2'), den: phaseTotal(c.code, 'P8.F.1') }));
    const ratioOfSums = (100 * childFigures.reduce((s, c) => s + c.num, 0)) / childFigures.reduce((s, c) => s + c.den, 0);
    const averageOfRates = childFigures.reduce((s, c) => s + (100 * c.num) / c.den, 0) / childFigures.length;
    expect(figure.status === 'ok' && figure.figure.value).toBeCloseTo(ratioOfSums, 6);
    expect(Math.abs(ratioOfSums - averageOfRates)).toBeGreaterThan(0.1);
  });
});
