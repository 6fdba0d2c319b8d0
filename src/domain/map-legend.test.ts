import { describe, expect, it } from 'vitest';
import type { Cell } from './aggregate';
import type { Indicator } from './indicators';
import { buildMapModel, fillKey, fillPaint, type MapModelInput, type MapUnitInput } from './map-legend';
import { BAND_COLOURS, sequentialColours } from './palettes';
import { indicator as build } from '../../tests/builders/indicator';
import { PHASE_2021_2025 } from '../../tests/builders/phases';

const indicator = (over: Partial<Indicator> = {}) =>
  build('EV', 'flow', { name: { vi: 'Sự kiện', en: 'Events' }, unitOfMeasure: { vi: 'sự kiện', en: 'events' }, reportKind: 'commune', ...over });
const AXIS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'];
const unit = (code: string, values: Cell[] | 'withheld' | 'absent', target?: number): MapUnitInput => ({
  code,
  name: `Xã ${code}`,
  figures: {
    series: Array.isArray(values) ? { EV: { values, reported: values.map((v) => (v === null ? 0 : 1)), expected: 1 } } : {},
    withheld: values === 'withheld' ? ['EV'] : [],
    targets: target === undefined ? {} : { EV: { '2023': target, [PHASE_2021_2025.code]: target } },
    baselines: {},
  },
});
const model = (units: MapUnitInput[], over: Partial<MapModelInput> = {}) =>
  buildMapModel({
    units,
    indicator: indicator(),
    indicators: [indicator()],
    axis: AXIS,
    phases: [PHASE_2021_2025],
    period: { kind: 'year', year: 2023 },
    mode: 'value',
    method: 'equal',
    classes: 4,
    ...over,
  });

const UNITS = [
  unit('A', [1, 1, 1, 1], 8), // 4, 50 %
  unit('B', [2, 2, 2, 2], 8), // 8, 100 %
  unit('C', [4, 4, 4, 4], 8), // 16, 200 %
  unit('D', [null, null, null, null], 8), // not reported
  unit('E', [1, 'suppressed', 1, 1]), // "x"
  unit('F', 'withheld'),
  unit('G', [3, 3, 3, 3]), // 12, no target
  unit('H', 'absent'), // indicator not reported at this level
];

describe('the map model', () => {
  it('classifies values, and gives cells without a number their reason, never a class', () => {
    const m = model(UNITS);
    expect(m.breaks).toEqual([4, 7, 10, 13, 16]);
    const fills = Object.fromEntries(m.entries.map((e) => [e.code, fillKey(e.fill)]));
    expect(fills).toEqual({
      A: 'class-0',
      B: 'class-1',
      C: 'class-3',
      D: 'special-notReported',
      E: 'special-suppressed',
      F: 'special-withheld',
      G: 'class-2',
      H: 'special-notApplicable',
    });
    expect(m.entries.find((e) => e.code === 'E')!.value).toBe('suppressed');
  });

  it('reads achievement as a ratio of actual to target, uncapped, and marks units without a target', () => {
    const m = model(UNITS, { mode: 'achievement', method: 'quantile', classes: 3 });
    expect(m.measure).toBe('ratio');
    expect(m.entries.find((e) => e.code === 'C')!.ratio).toBe(2);
    expect(m.breaks).toEqual([0.5, 0.5, 1, 2]);
    expect(fillKey(m.entries.find((e) => e.code === 'G')!.fill)).toBe('special-noTarget');
  });

  it('colours progress status by band', () => {
    const m = model([unit('A', [10, 10, 10, 10], 10), unit('B', [null, null, null, null], 10), unit('C', [1, 1, 1, 1])], {
      mode: 'status',
      period: { kind: 'phase', phase: PHASE_2021_2025 },
    });
    const a = m.entries.find((e) => e.code === 'A')!;
    expect(a.band).toBe('met');
    expect(fillPaint(a.fill)).toBe(BAND_COLOURS.met);
    expect(fillKey(m.entries.find((e) => e.code === 'C')!.fill)).toBe('special-noTarget');
    expect(m.legend.filter((l) => l.fill.kind === 'status').map((l) => l.key)).toEqual([
      'status-met',
      'status-on_track',
      'status-accelerate',
      'status-slow',
      'status-decline',
    ]);
  });

  it.each(['value', 'achievement', 'status'] as const)('%s: the legend explains every fill on the map, and counts add up', (mode) => {
    const m = model(UNITS, { mode });
    const legendKeys = new Set(m.legend.map((l) => l.key));
    for (const e of m.entries) expect(legendKeys.has(fillKey(e.fill))).toBe(true);
    expect(m.legend.reduce((s, l) => s + l.count, 0)).toBe(UNITS.length);
    expect(new Set(m.legend.map((l) => fillPaint(l.fill))).size).toBe(m.legend.length);
  });

  it('uses one light-to-dark colour per class and patterns for the rest', () => {
    const m = model(UNITS);
    expect(m.legend.filter((l) => l.range).map((l) => fillPaint(l.fill))).toEqual(sequentialColours(4));
    expect(fillPaint(m.entries.find((e) => e.code === 'D')!.fill)).toBe('url(#map-pattern-notReported)');
    expect(m.legend[0]!.range).toEqual({ from: 4, to: 7, first: true });
  });

  it('has no classes when nothing has a number', () => {
    const m = model([unit('D', [null, null, null, null]), unit('F', 'withheld')]);
    expect(m.breaks).toEqual([]);
    expect(m.legend.map((l) => l.key)).toEqual(['special-notReported', 'special-withheld']);
  });
});
