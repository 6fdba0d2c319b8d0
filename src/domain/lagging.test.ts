import { describe, expect, it } from 'vitest';
import { documentsFor, laggingLevels, parseLaggingOptions, pullingDown, rankLagging, serializeLaggingOptions, type LaggingEntry } from './lagging';
import { measurePace } from './progress';
import type { Assessment } from './progress-assess';
import { overallScore, summarise, type IndicatorProgress } from './unit-progress';
import { indicator as build } from '../../tests/builders/indicator';

/** The content areas a catalogue declares. */
const AREAS = ['ND1', 'ND2', 'ND3', 'ND4', 'OUT', 'FIN'];

const ind = (code: string) => build(code, 'flow', { reportKind: 'commune' });

/** An assessed status with ratio R (pace 4-year phase, 2 years elapsed, target 100). */
function withRatio(code: string, ratio: number): IndicatorProgress {
  const value = ratio * 50;
  const measured = measurePace({ base: 0, value, target: 100, elapsed: 2, total: 4, direction: 'higher' });
  const assessment: Assessment = {
    kind: 'assessed',
    method: 'pace',
    direction: 'higher',
    base: 0,
    value,
    target: 100,
    baseGiven: false,
    achievement: value / 100,
    completeness: { reported: 1, expected: 1 },
    measured,
    baseDate: '2022-01-01',
    valueDate: '2023-12-31',
    targetDate: '2025-12-31',
    elapsedYears: 2,
    totalYears: 4,
    cumulative: true,
  };
  return { indicator: ind(code), assessment };
}
const other = (code: string, kind: 'no_target' | 'suppressed'): IndicatorProgress => ({ indicator: ind(code), assessment: { kind } });
const entry = (code: string, name: string, items: IndicatorProgress[]): LaggingEntry => ({ code, name, parentName: null, progress: summarise(items) });

describe('overall score of a unit', () => {
  it('is the mean over the assessed indicators only', () => {
    const items = [withRatio('a', 0.6), withRatio('b', 1.3), other('c', 'no_target'), other('d', 'suppressed')];
    const p = summarise(items);
    expect(p.score).toBeCloseTo(2.5, 10); // (0 + 5) / 2
    expect(p).toMatchObject({ withTarget: 3, assessed: 2 });
    expect(p.bands.on_track).toBe(1);
    expect(p.bands.accelerate).toBe(1);
  });
  it('is null when nothing could be assessed', () => {
    expect(overallScore([{ kind: 'no_target' }, { kind: 'suppressed' }])).toBeNull();
  });
});

describe('ranking lagging units', () => {
  const rows = rankLagging(
    [
      entry('1', 'Xã Bằng Thành', [withRatio('a', 1.2), withRatio('b', 1.0)]),
      entry('2', 'Xã Nhạn Môn', [withRatio('a', 0.2), withRatio('b', 0.7), withRatio('c', 1.1), withRatio('d', -0.5), withRatio('e', 0.5)]),
      entry('3', 'Xã Ân Tình', [other('a', 'no_target')]),
      entry('4', 'Xã Đồng Lạc', [withRatio('a', 1.2), withRatio('b', 1.0)]),
    ],
    (a, b) => a.localeCompare(b, 'vi'),
  );
  it('puts the worst score first, equal scores by Vietnamese name, unscored last', () => {
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['2', 1],
      ['1', 2],
      ['4', 3],
      ['3', null],
    ]);
  });
  it('names the three indicators that pull a unit down, lowest score first', () => {
    expect(rows[0]!.pulling.map((p) => p.indicator.code)).toEqual(['d', 'a', 'e']);
    expect(pullingDown(rows[1]!.progress)).toEqual([]);
  });
  it('orders indicators of equal score by code', () => {
    const items = ['P8.2.1', 'P8.10.1', 'P8.1.3', 'P8.1'].map((code) => withRatio(code, 0.2));
    expect(pullingDown(summarise(items), 4).map((p) => p.indicator.code)).toEqual(['P8.1', 'P8.1.3', 'P8.10.1', 'P8.2.1']);
  });
});

describe('lagging-list options in the URL', () => {
  it.each<[number, Record<string, string>, { level: number; area: string | null } | null]>([
    [1, {}, { level: 2, area: null }],
    [1, { lv: '3', area: 'ND1' }, { level: 3, area: 'ND1' }],
    [1, { lv: '4' }, { level: 2, area: null }], // villages of the province: too many documents
    [2, { lv: '4', area: 'FIN' }, { level: 4, area: 'FIN' }],
    [3, { lv: '2', area: 'XX' }, { level: 4, area: null }],
    [4, {}, null],
  ])('four levels: unit level %s, %j', (level, extra, expected) => {
    expect(parseLaggingOptions(extra, level, 4, AREAS)).toEqual(expected);
  });
  it.each<[number, Record<string, string>, { level: number; area: string | null } | null]>([
    [1, { lv: '3' }, { level: 3, area: null }],
    [2, { lv: '4' }, { level: 3, area: null }],
    [3, {}, null],
  ])('three levels: unit level %s, %j', (level, extra, expected) => {
    expect(parseLaggingOptions(extra, level, 3, AREAS)).toEqual(expected);
  });
  it('round-trips and leaves defaults and other parameters alone', () => {
    expect(serializeLaggingOptions({ level: 3, area: 'ND2' }, 1, 4, { x: '1', lv: '2' })).toEqual({ x: '1', lv: '3', area: 'ND2' });
    expect(serializeLaggingOptions({ level: 2, area: null }, 1, 4, { lv: '3', area: 'ND1' })).toEqual({});
    expect(parseLaggingOptions(serializeLaggingOptions({ level: 3, area: 'OUT' }, 1, 4), 1, 4, AREAS)).toEqual({ level: 3, area: 'OUT' });
  });
  it('loads one document per child for grandchildren, none for children', () => {
    expect(laggingLevels(1, 4)).toEqual([2, 3]);
    expect(laggingLevels(1, 2)).toEqual([2]);
    expect(documentsFor(1, ['058', '060'], 3)).toEqual(['058', '060']);
    expect(documentsFor(1, ['058', '060'], 2)).toEqual([]);
  });
});
