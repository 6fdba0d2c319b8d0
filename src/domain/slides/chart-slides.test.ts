import { describe, expect, it } from 'vitest';
import { indicator } from '../../../tests/builders/indicator';
import { words } from '../../../tests/builders/slide-words';
import type { AchievementRow, AchievementSeries } from '../chart-achievement';
import type { BreakdownRow, BreakdownSeries } from '../chart-breakdown';
import type { TrendPoint, TrendSeries } from '../chart-trend';
import type { MapEntry, MapModel } from '../map-legend';
import { achievementSlideModel, breakdownSlideModel, trendSlideModel } from './chart-slides';
import { mapSlideModel, type ShapeSource } from './map-slide';

const people = indicator('P8.1.5', 'person_times', { unitOfMeasure: { vi: 'người', en: 'people' } });

const row = (code: string, extra: Partial<AchievementRow>): AchievementRow => ({
  code,
  name: `Xã ${code}`,
  value: null,
  comparedYear: null,
  bar: null,
  target: null,
  ratio: null,
  status: 'not_reported',
  reported: 4,
  expected: 4,
  complete: true,
  ...extra,
});
const counts = (met: number, behind: number, noTarget: number) => ({ met, behind, no_target: noTarget, not_reported: 0, suppressed: 0 });
const achievement = (rows: AchievementRow[], c = counts(0, 0, 0), availability: AchievementSeries['availability'] = 'ok'): AchievementSeries => ({
  availability,
  rows,
  targetPeriod: true,
  counts: c,
});

describe('achievement slide', () => {
  it.each<[string, AchievementSeries, string]>([
    ['no children', achievement([], undefined, 'no_children'), 'empty no_children'],
    ['a sensitive indicator', achievement([], undefined, 'withheld'), 'empty withheld'],
  ])('%s: a message in place of the bars', (_, series, message) => {
    expect(achievementSlideModel(series, people, words)).toEqual({ unavailable: message });
  });

  it('writes value and achievement, stars units with missing reports, and keys the legend to what is drawn', () => {
    const model = achievementSlideModel(
      achievement(
        [
          row('A', { value: 37, bar: 37, target: 30, ratio: 37 / 30, status: 'met' }),
          row('B', { value: 7, bar: 7, target: 9, ratio: 7 / 9, status: 'behind', complete: false, reported: 3 }),
          row('C', { value: 'suppressed', status: 'suppressed' }),
          row('D', {}),
        ],
        counts(1, 1, 0),
      ),
      people,
      words,
    );
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.rows.map((r) => [r.label, r.value, r.valueText, r.target, r.tone])).toEqual([
      ['Xã A', 37, '37 (123.3%)', 30, 'met'],
      ['Xã B', 7, '7 (77.8%) *', 9, 'behind'],
      ['Xã C', null, 'x', null, 'missing'],
      ['Xã D', null, 'not reported', null, 'missing'],
    ]);
    expect(model.legend.map((l) => l.label)).toEqual(['present.bars.met', 'present.bars.behind', 'present.bars.target']);
    expect(model.note).toBe('present.bars.incomplete');
    expect(model.exported).toEqual({
      kind: 'bars',
      decimals: 0,
      categories: ['Xã A', 'Xã B *', 'Xã C (x)', 'Xã D (not reported)'],
      series: [
        { name: 'present.trend.value', values: [37, 7, null, null], colour: '#0072B2' },
        { name: 'present.bars.target', values: [30, 9, null, null], colour: '#1B1F24' },
      ],
      note: 'present.bars.incomplete',
    });
  });

  it('has no target series, legend entry or footnote when nothing has a target and every report is in', () => {
    const model = achievementSlideModel(achievement([row('A', { value: 3, bar: 3, status: 'no_target' })], counts(0, 0, 1)), people, words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.legend.map((l) => l.label)).toEqual(['present.bars.plain']);
    expect(model.note).toBeUndefined();
    expect(model.exported).toMatchObject({ categories: ['Xã A'], series: [{ name: 'present.trend.value', values: [3] }] });
  });
});

const point = (key: string, value: TrendPoint['value'], extra: Partial<TrendPoint> = {}): TrendPoint => ({
  key,
  period: { kind: 'year', year: Number(key) } as TrendPoint['period'],
  partial: false,
  selected: true,
  value,
  reported: 4,
  expected: 4,
  target: null,
  compare: {},
  reaggregated: false,
  plot: { unit: typeof value === 'number' ? value : null, target: extra.target ?? null },
  ...extra,
});
const trend = (points: TrendPoint[], targetLine: TrendSeries['targetLine'] = 'shown'): TrendSeries => ({
  availability: 'ok',
  mode: 'absolute',
  baseKey: null,
  points,
  targetLine,
  compared: [],
});

describe('trend slide', () => {
  it('says there are no figures when the unit has none', () => {
    expect(trendSlideModel(null, people, '2024-06-30', words)).toEqual({ unavailable: 'empty none' });
  });

  it.each<[string, TrendSeries, string[], (number | null)[], string[]]>([
    [
      'years of the period only, the unfinished one starred, a hidden one named',
      trend([point('2022', 9, { selected: false }), point('2023', 5, { target: 6 }), point('2024', 'suppressed', { partial: true, target: 6 })]),
      ['2023', '2024*'],
      [6, 6],
      ['present.trend.partial(date=date 2024-06-30)', 'present.trend.hidden(items=2024: x)'],
    ],
    ['no target line when the targets are not shown', trend([point('2023', 5, { target: 6 })], 'annual_only'), ['2023'], [null], []],
  ])('%s', (_, series, labels, targets, notes) => {
    const model = trendSlideModel(series, people, '2024-06-30', words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.points.map((p) => p.label)).toEqual(labels);
    expect(model.points.map((p) => p.target)).toEqual(targets);
    expect(model.notes).toEqual(notes);
    expect(model.legend.map((l) => l.label)).toEqual(
      targets.some((t) => t !== null) ? ['present.trend.value', 'present.trend.target'] : ['present.trend.value'],
    );
    expect(model.exported).toMatchObject({ kind: 'line', categories: labels, note: notes.join(' ') || undefined });
  });
});

const own = (values: BreakdownRow['values'], total: number, known: number, remainder: number | null): BreakdownRow => ({
  code: 'X',
  name: 'Xã X',
  isUnit: true,
  total,
  values,
  known,
  remainder,
  coverage: known / total,
  hasSuppressed: false,
  status: 'ok',
});
const sexes: BreakdownSeries['categories'] = [
  { code: 'female', name: { vi: 'Nữ', en: 'Female' } },
  { code: 'male', name: { vi: 'Nam', en: 'Male' } },
];
const breakdown = (rows: BreakdownRow[], dimension: string | null = 'sex'): BreakdownSeries => ({
  availability: 'ok',
  dimension,
  categories: sexes,
  rows,
  partial: false,
});

describe('breakdown slide', () => {
  it.each<[string, BreakdownSeries, string]>([
    ['another dimension than the slide asks for', breakdown([own({ female: 1 }, 1, 1, 0)], 'ethnicity'), 'charts.empty.noDimension'],
    ['no row for the unit', breakdown([]), 'charts.empty.noDimension'],
    ['not reported at this level', { ...breakdown([]), availability: 'not_applicable' }, 'empty not_applicable'],
  ])('%s: a message in place of the bars', (_, series, message) => {
    expect(breakdownSlideModel(series, 'sex', people, words)).toEqual({ unavailable: message });
  });

  it.each<[string, BreakdownRow, string[], string | null]>([
    ['every person in a group', own({ female: 3, male: 2 }, 5, 5, 0), ['Nữ 3', 'Nam 2'], null],
    [
      'part of the total without a group',
      own({ female: 3, male: 2 }, 6, 5, 1),
      ['Nữ 3', 'Nam 2', 'present.breakdown.remainder 1'],
      'present.breakdown.coverage(covered=5, total=6)',
    ],
    ['a hidden group', own({ female: 'suppressed', male: 2 }, 6, 2, null), ['Nữ x', 'Nam 2'], null],
  ])('%s', (_, unitRow, bars, coverage) => {
    const model = breakdownSlideModel(breakdown([unitRow]), 'sex', people, words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.rows.map((r) => `${r.label} ${r.valueText}`)).toEqual(bars);
    expect(model.total).toBe(`present.breakdown.total(total=${unitRow.total} people)`);
    expect(model.coverage).toBe(coverage);
    expect(model.exported).toMatchObject({ kind: 'bars', note: [model.total, coverage].filter(Boolean).join(' ') });
  });
});

type Square = ShapeSource<{ type: 'Polygon'; coordinates: number[][][] }>['features'][number];
const square = (code: string, name: string, labelled = true): Square => ({
  properties: { code, name, ...(labelled ? { label: { at: [105.8, 22.1] } } : {}) },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [105, 22],
        [106, 22],
        [106, 23],
        [105, 22],
      ],
    ],
  },
});
const boundaries = (schematic: boolean, features: Square[]) => ({ schematic, features });
const entry = (code: string, fill: MapEntry['fill']): MapEntry => ({
  code,
  name: code,
  value: null,
  target: null,
  ratio: null,
  met: null,
  comparedYear: null,
  reported: 0,
  expected: 0,
  band: null,
  fill,
});

describe('map slide', () => {
  const none: MapModel = { entries: [], legend: [], breaks: [], measure: 'value' };
  it.each<[boolean, string]>([
    [true, 'map.noBoundaries'],
    [false, 'map.noChildren'],
  ])('with children %s and nothing to colour: %s', (hasChildren, message) => {
    expect(mapSlideModel(none, boundaries(false, []), hasChildren, 'T', people, words)).toEqual({ unavailable: message });
  });

  it('paints each shape, labels it with its short name, counts the legend and notes what the reader must know', () => {
    const colour = { kind: 'class', index: 0, colour: '#123456' } as const;
    const notReported = { kind: 'special', special: 'notReported' } as const;
    const model = mapSlideModel(
      {
        entries: [entry('A', colour), entry('B', notReported)],
        legend: [
          { key: 'class-0', fill: colour, count: 1, range: { from: 1, to: 4, first: true } },
          { key: 'special-notReported', fill: notReported, count: 1 },
        ],
        breaks: [1, 4],
        measure: 'value',
      },
      boundaries(true, [square('A', 'Xã Bằng Thành'), square('B', 'Thôn 3'), square('C', 'Phường Đức Xuân', false)]),
      true,
      'Bản đồ: P8.1.5',
      { ...people, direction: 'lower' },
      words,
    );
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.shapes.map((s) => [s.code, s.paint, s.label?.text ?? null])).toEqual([
      ['A', { kind: 'colour', colour: '#123456' }, 'Bằng Thành'],
      ['B', { kind: 'pattern', special: 'notReported' }, 'Thôn 3'],
      ['C', { kind: 'pattern', special: 'notApplicable' }, null],
    ]);
    expect(model.legend.map((l) => [l.label, l.count])).toEqual([
      ['1–4', 'map.legendCount(count=1)'],
      ['special notReported', 'map.legendCount(count=1)'],
    ]);
    const note = 'map.lowerIsBetter present.map.schematic';
    expect(model.note).toBe(note);
    expect(model.exported).toEqual({
      kind: 'image',
      note,
      legend: ['1–4 map.legendCount(count=1)', 'special notReported map.legendCount(count=1)'],
      alt: 'present.map.alt(title=Bản đồ: P8.1.5, legend=1–4 map.legendCount(count=1); special notReported map.legendCount(count=1))',
    });
  });
});
