import { describe, expect, it } from 'vitest';
import { aggregateOverTime, sumSeries } from './aggregate';
import { carriedLeafSeries, carryCells, carrySources } from './carry-forward';
import { seriesCompleteness } from './completeness';

describe('a stock carrying its last report forward', () => {
  it.each([
    // reports, limit, expected values, reported, carried
    [[3, null, null, null], 2, [3, 3, 3, null], [1, 0, 0, 0], [0, 1, 1, 0]],
    [[3, null, 5, null], 2, [3, 3, 5, 5], [1, 0, 1, 0], [0, 1, 0, 1]],
    [[null, null, 4, null], 1, [null, null, 4, 4], [0, 0, 1, 0], [0, 0, 0, 1]],
    [[2, null, null], 0, [2, null, null], [1, 0, 0], [0, 0, 0]],
    [[0, null, null], 2, [0, 0, 0], [1, 0, 0], [0, 1, 1]],
  ])('%j with at most %i quarters gives %j', (reports, limit, values, reported, carried) => {
    const s = carriedLeafSeries(reports, limit);
    expect(s.values).toEqual(values);
    expect(s.reported).toEqual(reported);
    expect(s.carried).toEqual(carried);
    expect(s.expected).toBe(1);
  });

  it('says where each value comes from, and moves a breakdown with its total', () => {
    const sources = carrySources([7, null, null, 4, null], 2);
    expect(sources).toEqual([0, 0, 0, 3, 3]);
    expect(carryCells([5, null, null, 1, null], sources, null)).toEqual([5, 5, 5, 1, 1]);
  });

  it('adds carried values into the parent and counts them apart from reports', () => {
    // Village A reports 3 teams in Q1 and nothing after; village B reports 2 and 4; village C never.
    const a = carriedLeafSeries([3, null, null], 2);
    const b = carriedLeafSeries([2, 4, null], 2);
    const c = carriedLeafSeries([null, null, null], 2);
    const parent = sumSeries([a, b, c], 3);
    expect(parent.values).toEqual([5, 7, 7]);
    expect(parent.reported).toEqual([2, 1, 0]);
    expect(parent.carried).toEqual([0, 1, 2]);
    expect(parent.expected).toBe(3);
    // The stock at the end of Q1–Q3: the Q3 value, 0 reports and 2 carried out of 3 expected.
    expect(aggregateOverTime('stock', parent, [0, 1, 2])).toEqual({ value: 7, reported: 0, expected: 3, carried: 2 });
  });

  it('leaves a series without carry-forward as it was: no carried count', () => {
    expect(sumSeries([{ values: [1], reported: [1], expected: 1 }], 1)).toEqual({ values: [1], reported: [1], expected: 1 });
  });

  it('gives the progress view the carried count of the period’s last quarter beside its reports', () => {
    const parent = sumSeries([carriedLeafSeries([3, null, null], 2), carriedLeafSeries([2, 4, null], 2)], 3);
    expect(seriesCompleteness(parent, [0, 1, 2], false)).toEqual({ reported: 0, expected: 2, carried: 2 });
    expect(seriesCompleteness(parent, [0, 1], false)).toEqual({ reported: 1, expected: 2, carried: 1 });
  });
});
