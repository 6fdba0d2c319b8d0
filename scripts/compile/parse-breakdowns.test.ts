import { describe, expect, it } from 'vitest';
import type { Dimension, Indicator } from '../../src/domain/indicators';
import type { DatasetProblem } from './dataset-error';
import { parseBreakdowns } from './parse-breakdowns';
import { QuarterColumns, UnitSeries } from './series-store';

const quarters = ['2023Q1', '2023Q2'];
const indicators = [{ code: 'EV', kind: 'flow', disaggregations: ['sex'] }] as unknown as Indicator[];
const dimensions = [{ code: 'sex', categories: [{ code: 'female' }, { code: 'male' }] }] as unknown as Dimension[];
/** Reported totals: A reported 3 then 0; B reported 2 in Q1 only. */
const totals = () => {
  const columns = new QuarterColumns(2, quarters.length, true);
  columns.set(0, 0, 3);
  columns.set(0, 1, 0);
  columns.set(1, 0, 2);
  return new Map([
    [
      'EV',
      new UnitSeries(
        new Map([
          ['A', 0],
          ['B', 1],
        ]),
        columns,
      ),
    ],
  ]);
};
const parse = (rows: string[]) => {
  const problems: DatasetProblem[] = [];
  const result = parseBreakdowns(
    ['unit,period,indicator,dimension,category,value', ...rows, ''].join('\n'),
    totals(),
    indicators,
    dimensions,
    quarters,
    problems,
  );
  return { result, problems };
};
const series = (r: ReturnType<typeof parse>['result'], unit: string, cat: string) => r?.get('EV')?.get('sex')?.series(cat, unit);

describe('parsing breakdowns', () => {
  it('fills unlisted categories and zero totals with 0, and leaves unreported quarters empty', () => {
    const { result, problems } = parse(['A,2023Q1,EV,sex,female,3', 'B,2023Q1,EV,sex,male,2']);
    expect(problems).toEqual([]);
    expect(series(result, 'A', 'female')).toEqual([3, 0]);
    expect(series(result, 'A', 'male')).toEqual([0, 0]);
    expect(series(result, 'B', 'female')).toEqual([0, null]);
  });

  it.each<[string, string[], Partial<DatasetProblem>[]]>([
    [
      'a duplicate row, with the line of the first',
      ['A,2023Q1,EV,sex,female,3', 'A,2023Q1,EV,sex,female,3'],
      [{ row: 3, field: 'category', message: 'dòng trùng (đã có ở dòng 2)' }],
    ],
    [
      'a duplicate of a row whose value was missing',
      ['A,2023Q1,EV,sex,female,', 'A,2023Q1,EV,sex,female,3'],
      [
        { row: 2, field: 'value' },
        { row: 3, message: 'dòng trùng (đã có ở dòng 2)' },
      ],
    ],
    [
      'categories that do not add up, at the first line of the group',
      ['B,2023Q1,EV,sex,female,1', 'B,2023Q1,EV,sex,male,2'],
      [{ row: 2, field: 'value', message: 'tổng các nhóm sex của EV tại B kỳ 2023Q1 là 3, khác tổng báo cáo 2' }],
    ],
    [
      'a malformed value',
      ['A,2023Q1,EV,sex,female,ba'],
      [{ row: 2, field: 'value', message: '"ba" không phải số hợp lệ (dùng dấu chấm thập phân, không dùng dấu phân cách hàng nghìn)' }],
    ],
  ])('locates %s', (_name, rows, expected) => {
    const { problems } = parse(rows);
    expect(problems).toMatchObject(expected);
    expect(problems).toHaveLength(expected.length);
  });

  it('reports problems in row order, then sums, whichever pass finds them', () => {
    const { problems } = parse(['B,2023Q1,EV,sex,female,1', 'X,2023Q1,EV,sex,female,1', 'B,2023Q1,EV,sex,female,1']);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'unit'],
      [4, 'category'],
      [2, 'value'],
    ]);
  });
});
