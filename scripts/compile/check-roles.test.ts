import { describe, expect, it } from 'vitest';
import { catalogueSchema } from '../../src/api/contract';
import { buildApi } from './build-api';
import { DatasetError } from './dataset-error';
import { parseDataset } from './parse-dataset';
import { tinyDataset } from './tiny-dataset';

type Files = Record<string, string>;
type Entry = Record<string, unknown>;

/** The tiny dataset with its catalogue changed by `change` (indicators by code). */
function withCatalogue(change: (byCode: Map<string, Entry>) => void, areas?: unknown): Files {
  const files = tinyDataset();
  const list = JSON.parse(files['indicators.json']!) as Entry[];
  change(new Map(list.map((i) => [i.code as string, i])));
  files['indicators.json'] = JSON.stringify(list);
  if (areas !== undefined) files['areas.json'] = JSON.stringify(areas);
  return files;
}

function firstProblem(files: Files) {
  try {
    parseDataset(files);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).problems[0]!;
  }
  throw new Error('the compile accepted the dataset');
}

describe('indicator roles in the catalogue', () => {
  it('publishes the content areas and each indicator’s roles; a target reading left out is the kind’s', () => {
    const files = withCatalogue((c) => {
      c.get('EV')!.keyIndicator = true;
      c.get('EV')!.textBreakdown = 'sex';
      c.get('EV')!.wording = { vi: 'tổ chức {value} lần', en: 'held {value} times' };
      c.get('CM')!.target = { reading: 'level', yearlyRate: -0.02 };
    });
    const catalogue = catalogueSchema.parse(buildApi(parseDataset(files), { generatedAt: '2023-10-01' }).get('v1/catalogue.json'));
    expect(catalogue.areas).toEqual([{ code: 'ND1', name: { vi: 'Nội dung 1', en: 'Area 1' } }]);
    const byCode = new Map(catalogue.indicators.map((i) => [i.code, i]));
    expect(byCode.get('EV')).toMatchObject({
      keyIndicator: true,
      textBreakdown: 'sex',
      wording: { vi: 'tổ chức {value} lần' },
      target: { reading: 'cumulative' },
    });
    expect(byCode.get('TM')!.target).toEqual({ reading: 'level' });
    expect(byCode.get('PT')!.target).toEqual({ reading: 'cumulative' });
    expect(byCode.get('RT')!.target).toEqual({ reading: 'level' });
    expect(byCode.get('CM')!.target).toEqual({ reading: 'level', yearlyRate: -0.02 });
    expect(byCode.get('TM')!.carryForward).toBeUndefined();
    // No budget roles in this catalogue: nothing about a budget is published.
    expect(catalogue.indicators.some((i) => i.budget !== undefined)).toBe(false);
  });

  it.each<[string, Files, string, number | null, string, RegExp]>([
    [
      'no areas.json',
      (() => {
        const f = tinyDataset();
        delete f['areas.json'];
        return f;
      })(),
      'areas.json',
      null,
      '',
      /thiếu tệp/,
    ],
    [
      'an area used but not declared',
      withCatalogue((c) => (c.get('TM')!.area = 'ND9')),
      'indicators.json',
      2,
      'area',
      /"ND9" không có trong areas.json \(có: ND1\)/,
    ],
    [
      'an area declared twice',
      withCatalogue(() => {}, [
        { code: 'ND1', name: { vi: 'a', en: 'a' } },
        { code: 'ND1', name: { vi: 'b', en: 'b' } },
      ]),
      'areas.json',
      2,
      'code',
      /bị trùng/,
    ],
    [
      'a text breakdown the indicator does not have',
      withCatalogue((c) => (c.get('TM')!.textBreakdown = 'sex')),
      'indicators.json',
      2,
      'textBreakdown',
      /không nằm trong disaggregations/,
    ],
    [
      'a budget role used twice',
      withCatalogue((c) => ((c.get('EV')!.budget = 'allocated'), (c.get('PT')!.budget = 'allocated'))),
      'indicators.json',
      3,
      'budget',
      /đã dùng ở dòng 1/,
    ],
    [
      'a disbursement rate that is not a rate',
      withCatalogue((c) => ((c.get('EV')!.budget = 'allocated'), (c.get('PT')!.budget = 'disbursed'), (c.get('TM')!.budget = 'rate'))),
      'indicators.json',
      2,
      'budget',
      /phải là chỉ tiêu loại "rate"/,
    ],
    ['a disbursement rate without its pair', withCatalogue((c) => (c.get('RT')!.budget = 'rate')), 'indicators.json', 6, 'budget', /thiếu cặp kinh phí/],
    [
      'wording without the value',
      withCatalogue((c) => (c.get('EV')!.wording = { vi: 'tổ chức lần', en: 'held {value}' })),
      'indicators.json',
      1,
      'wording.vi',
      /\{value\}/,
    ],
    [
      'an annual-rate target without its rate',
      withCatalogue((c) => (c.get('CM')!.target = { reading: 'annual_rate' })),
      'indicators.json',
      7,
      'target.yearlyRate',
      /yearlyRate/,
    ],
    [
      'carry-forward on a flow',
      withCatalogue((c) => (c.get('EV')!.carryForward = 2)),
      'indicators.json',
      1,
      'carryForward',
      /chỉ chỉ tiêu loại "stock".*EV là loại "flow"/,
    ],
    ['a negative carry-forward', withCatalogue((c) => (c.get('TM')!.carryForward = -1)), 'indicators.json', 2, 'carryForward', /./],
    ['a fractional carry-forward', withCatalogue((c) => (c.get('TM')!.carryForward = 1.5)), 'indicators.json', 2, 'carryForward', /./],
    ['an unknown target reading', withCatalogue((c) => (c.get('CM')!.target = { reading: 'average' })), 'indicators.json', 7, 'target.reading', /./],
  ])('%s stops the compile with file, row and field', (_name, files, file, row, field, message) => {
    const problem = firstProblem(files);
    expect({ file: problem.file, row: problem.row, field: problem.field ?? '' }).toEqual({ file, row, field });
    expect(problem.message).toMatch(message);
  });
});
