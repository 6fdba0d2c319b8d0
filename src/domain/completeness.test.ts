import { describe, expect, it } from 'vitest';
import { sumSeries, leafSeries, type Series } from './aggregate';
import {
  completenessLevel,
  completenessRatio,
  formCompleteness,
  incompleteQuarters,
  isIncomplete,
  rollUp,
  seriesCompleteness,
  type Completeness,
} from './completeness';
import type { Indicator } from './indicators';
import type { ReportKind } from './levels';
import { indicator as build } from '../../tests/builders/indicator';

const ind = (code: string, reportKind: ReportKind, kind: Indicator['kind'] = 'flow') => build(code, kind, { reportKind });

describe('completeness roll-up', () => {
  it.each<[string, Completeness[], Completeness, boolean]>([
    [
      'all villages reported',
      [
        { reported: 3, expected: 3 },
        { reported: 5, expected: 5 },
      ],
      { reported: 8, expected: 8 },
      false,
    ],
    [
      'one commune missing two village reports',
      [
        { reported: 1, expected: 3 },
        { reported: 5, expected: 5 },
      ],
      { reported: 6, expected: 8 },
      true,
    ],
    [
      'a commune with no report at all still counts as expected',
      [
        { reported: 0, expected: 4 },
        { reported: 5, expected: 5 },
      ],
      { reported: 5, expected: 9 },
      true,
    ],
    ['nothing below', [], { reported: 0, expected: 0 }, false],
  ])('%s', (_, parts, total, incomplete) => {
    expect(rollUp(parts)).toEqual(total);
    expect(isIncomplete(rollUp(parts))).toBe(incomplete);
  });

  it('rolling leaf series up gives the parent the sum of the children’s counts, and missing stays missing', () => {
    const a = leafSeries([2, null, 3]);
    const b = leafSeries([null, null, 1]);
    const parent = sumSeries([a, b], 3);
    expect(parent.values).toEqual([2, null, 4]); // nobody reported in quarter 2: not zero
    expect(seriesCompleteness(parent, [0, 1, 2], true)).toEqual(rollUp([seriesCompleteness(a, [0, 1, 2], true), seriesCompleteness(b, [0, 1, 2], true)]));
    expect(seriesCompleteness(parent, [0, 1, 2], true)).toEqual({ reported: 3, expected: 6 });
  });

  it('a stock counts the reports behind its last quarter only', () => {
    const s: Series = { values: [5, 6, 7], reported: [10, 9, 8], expected: 10 };
    expect(seriesCompleteness(s, [0, 1, 2], false)).toEqual({ reported: 8, expected: 10 });
    expect(seriesCompleteness(s, [0, 1, 2], true)).toEqual({ reported: 27, expected: 30 });
    expect(incompleteQuarters(s, [0, 1, 2])).toEqual([1, 2]);
  });

  it('ratio is null when nothing is expected', () => {
    expect(completenessRatio({ reported: 0, expected: 0 })).toBeNull();
    expect(completenessRatio({ reported: 94, expected: 108 })).toBeCloseTo(0.8704, 4);
  });
});

describe('completeness of a report form', () => {
  const village = [ind('V1', 'village'), ind('V2', 'village'), ind('R', 'village', 'rate')];
  const commune = [ind('C1', 'commune')];
  const series: Record<string, Series> = {
    V1: { values: [1, 1], reported: [12, 10], expected: 13 },
    V2: { values: [1, 1], reported: [11, 11], expected: 13 },
    C1: { values: [1, 1], reported: [1, 0], expected: 1 },
  };
  it('counts, per quarter, the most leaves that entered any one figure of the form', () => {
    expect(formCompleteness(series, [...village, ...commune], 'village', [0, 1])).toEqual({ reported: 23, expected: 26 });
    expect(formCompleteness(series, [...village, ...commune], 'commune', [0, 1])).toEqual({ reported: 1, expected: 2 });
  });
  it('is null when the unit has no series of that form', () => {
    expect(formCompleteness({}, village, 'village', [0])).toBeNull();
  });
});

describe('completeness across a reorganisation', () => {
  // Formed in quarter 2: before it, 5 old units were to report; from it, its own 3.
  const formed = { reported: [5, 4, 3, 2], expected: 3, history: { before: 2, expected: 5 } };
  it.each([
    ['before it: the old units', [0, 1], true, { reported: 9, expected: 10 }],
    ['across it: each quarter with its own units', [1, 2], true, { reported: 7, expected: 8 }],
    ['after it: its own units', [2, 3], true, { reported: 5, expected: 6 }],
    ['a stock at a quarter before it', [0, 1], false, { reported: 4, expected: 5 }],
  ])('%s', (_name, indices, additive, expected) => {
    expect(seriesCompleteness(formed, indices, additive)).toEqual(expected);
  });

  it('counts a quarter before it as incomplete against the old units', () => {
    expect(incompleteQuarters(formed, [0, 1, 2, 3])).toEqual([1, 3]);
  });
});

describe('completeness levels', () => {
  it.each<[number, number, string | null]>([
    [104, 104, 'complete'],
    [105, 104, 'complete'], // never more than complete
    [99, 104, 'nearly_complete'], // 95.19 %
    [95, 100, 'nearly_complete'], // exactly 95 %
    [94, 100, 'partial'], // 94 %
    [1184, 1332, 'partial'], // 88.9 %: the province's teams in 2025Q2
    [50, 100, 'partial'], // exactly half
    [49, 100, 'very_partial'],
    [0, 12, 'very_partial'],
    [0, 0, null], // nothing expected: no level
  ])('%i of %i reports → %s', (reported, expected, level) => {
    expect(completenessLevel({ reported, expected })).toBe(level);
  });
});
