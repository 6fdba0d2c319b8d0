import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-documents';
import { folderSource, memorySource } from './source';
import { checkApi } from './check-api';
import { COMPILED_API_DIR } from '../../mocks/api-documents';
import type { RuleCode } from './problems';

/** Phường Huyền Tụng and its 14 residential groups, with every document they have. */
const WARD = '01846';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function wardDocuments(): Map<string, Json> {
  const docs = new Map<string, Json>();
  const add = (path: string) => docs.set(path, structuredClone(apiDocument(path)) as Json);
  add('v1/meta.json');
  add('v1/catalogue.json');
  const ward = apiDocument(`v1/units/${WARD}.json`) as { children: { code: string }[] };
  for (const code of [WARD, ...ward.children.map((c) => c.code)]) {
    for (const folder of ['units', 'boundaries', 'notes']) add(`v1/${folder}/${code}.json`);
  }
  return docs;
}

const unit = (docs: Map<string, Json>, code = WARD) => docs.get(`v1/units/${code}.json`)!;
const series = (docs: Map<string, Json>, indicator: string, code = WARD) => unit(docs, code).figures[code].series[indicator];
const rateIndex = () => (apiDocument('v1/catalogue.json') as { indicators: { code: string }[] }).indicators.findIndex((i) => i.code === 'P8.F.3');

/** Mutations of real compiled documents: each must be found, in the right document and place. */
const MUTATIONS: [string, (docs: Map<string, Json>) => void, string, string, RuleCode][] = [
  ['an impossible calendar date', (d) => (d.get('v1/meta.json')!.dataDate = '2024-02-31'), 'v1/meta.json', '$.dataDate', 'contract'],
  ['a timestamp that is not one', (d) => (d.get('v1/meta.json')!.generatedAt = 'yesterday'), 'v1/meta.json', '$.generatedAt', 'contract'],
  ['a negative count', (d) => (series(d, 'P8.1.3').values[5] = -3), `v1/units/${WARD}.json`, `$.figures["${WARD}"].series["P8.1.3"].values[5]`, 'contract'],
  [
    'a fractional count',
    (d) => (series(d, 'P8.1.3').values[5] = 2.5),
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.1.3"].values[5]`,
    'fractionalCount',
  ],
  [
    'a values array a quarter short',
    (d) => {
      series(d, 'P8.1.3').values.pop();
      series(d, 'P8.1.3').reported.pop();
    },
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.1.3"].values`,
    'arrayLength',
  ],
  [
    'more reports received than expected',
    (d) => (series(d, 'P8.1.3').reported[2] = 15),
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.1.3"].reported[2]`,
    'contract',
  ],
  [
    'a series under an unknown indicator code',
    (d) => (unit(d).figures[WARD].series['P8.9.9'] = series(d, 'P8.1.3')),
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.9.9"]`,
    'unknownIndicator',
  ],
  [
    'a rate without its numerator',
    (d) => delete d.get('v1/catalogue.json')!.indicators[rateIndex()].numerator,
    'v1/catalogue.json',
    `$.indicators[${rateIndex()}].numerator`,
    'contract',
  ],
  [
    'a longitude of 999',
    (d) => (d.get(`v1/boundaries/${WARD}.json`)!.features[0].geometry.coordinates[0][0][0] = 999),
    `v1/boundaries/${WARD}.json`,
    '$.features[0].geometry.coordinates[0][0][0]',
    'contract',
  ],
  [
    'a latitude of 95',
    (d) => (d.get(`v1/boundaries/${WARD}.json`)!.outline.geometry.coordinates[0][1][1] = 95),
    `v1/boundaries/${WARD}.json`,
    '$.outline.geometry.coordinates[0][1][1]',
    'contract',
  ],
  [
    'a rate numerator above its denominator',
    (d) => (series(d, 'P8.F.2').values[0] = (series(d, 'P8.F.1').values[0] ?? 0) + 1000),
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.F.2"].values[0]`,
    'rateAboveOne',
  ],
  [
    'a total that is not the sum of the children',
    (d) => (series(d, 'P8.1.3').values[6] += 1),
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.1.3"].values[6]`,
    'totalMismatch',
  ],
  ['a child without its document', (d) => d.delete(`v1/units/${WARD}.14.json`), `v1/units/${WARD}.json`, '$.children[13].code', 'childMissing'],
  [
    'a sensitive count below the commune level',
    (d) => (unit(d, `${WARD}.14`).figures[`${WARD}.14`].series['P8.O.1'] = series(d, 'P8.1.4', `${WARD}.14`)),
    `v1/units/${WARD}.14.json`,
    `$.figures["${WARD}.14"].series["P8.O.1"]`,
    'sensitiveBelowFloor',
  ],
  [
    'a small sensitive count published',
    (d) => (series(d, 'P8.2.2').totals[0].value = 3),
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.2.2"].totals[0].value`,
    'smallCount',
  ],
  [
    'paired rate sides a quarter short',
    (d) => {
      const s = series(d, 'P8.C.1');
      unit(d).figures[WARD].rates = { 'P8.C.2': { numerator: s.values.slice(1), denominator: s.values, reported: s.reported, expected: s.expected } };
    },
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].rates["P8.C.2"].numerator`,
    'arrayLength',
  ],
  [
    'a hidden year the phase total and the other years pin down',
    (d) => {
      // The phase total 7 with every other year 0: the hidden year can only be 7.
      const totals = series(d, 'P8.O.1').totals as Json[];
      totals.forEach((t, i) => {
        delete t.breakdown;
        t.value = t.key === '2021-2025' ? 7 : i === 0 ? 'suppressed' : 0;
      });
    },
    `v1/units/${WARD}.json`,
    `$.figures["${WARD}"].series["P8.O.1"].totals`,
    'narrowInterval',
  ],
];

describe('the API conformance checker', () => {
  it('finds nothing wrong in the compiled ward, its groups and their documents', async () => {
    const report = await checkApi(memorySource(wardDocuments()), { root: WARD });
    expect(report.problems).toEqual([]);
    expect(report.units).toBe(15);
    expect(report.documents).toBe(2 + 15 * 3);
  });

  it.each(MUTATIONS)('finds %s', async (_name, mutate, document, path, rule) => {
    const docs = wardDocuments();
    mutate(docs);
    const report = await checkApi(memorySource(docs), { root: WARD });
    expect(report.problems).toContainEqual(expect.objectContaining({ document, path, rule }));
    for (const p of report.problems) {
      expect(p.vi).not.toMatch(/\{\w+\}/);
      expect(p.en).not.toMatch(/\{\w+\}/);
    }
  });

  it('says what is wrong in Vietnamese and in English', async () => {
    const docs = wardDocuments();
    series(docs, 'P8.1.3').values[6] += 1;
    const problem = (await checkApi(memorySource(docs), { root: WARD })).problems.find((p) => p.rule === 'totalMismatch');
    expect(problem).toMatchObject({ vi: expect.stringContaining('tổng các đơn vị con'), en: expect.stringContaining('children add up to') });
  });

  it('passes the whole compiled demo API, every unit and optional document', { timeout: 180_000 }, async () => {
    const report = await checkApi(folderSource(COMPILED_API_DIR));
    expect(report.problems).toEqual([]);
    expect(report.units).toBeGreaterThan(1400);
  });
});
