import { describe, expect, it } from 'vitest';
import type { Cell, Series } from './aggregate';
import type { Indicator } from './indicators';
import { quartersBetween } from './periods';
import { assessIndicator, type AssessContext, type Assessment, type UnitFigures } from './progress-assess';
import { indicator as build } from '../../tests/builders/indicator';
import { PHASE_2021_2025, PHASE_2022_2025 } from '../../tests/builders/phases';

const indicator = (code: string, kind: Indicator['kind'], extra: Partial<Indicator> = {}) => build(code, kind, { reportKind: 'commune', ...extra });

const EVENTS = indicator('EV', 'flow');
const TEAMS = indicator('TM', 'stock');
const CHILD_MARRIAGE = indicator('CM', 'flow', { area: 'OUT', direction: 'lower', sensitive: true, reportKind: 'village', target: { reading: 'level' } });
const catalogue = new Map([EVENTS, TEAMS, CHILD_MARRIAGE].map((i) => [i.code, i]));
const AXIS = quartersBetween('2022Q1', '2025Q2'); // 14 quarters, data date 30/06/2025
// Most cases: a phase declared from 01/01/2022, so 3.5 of its 4 years have run by 30/06/2025.
const ctx: AssessContext = { axis: AXIS, catalogue, phase: PHASE_2022_2025 };

/** A series where every quarter is fully reported unless it is null. */
const series = (values: Cell[], expected = 10): Series => ({ values, reported: values.map((v) => (v === null ? 0 : expected)), expected });

function unit(parts: Partial<UnitFigures> & { series: UnitFigures['series'] }): UnitFigures {
  return { withheld: [], targets: {}, baselines: {}, ...parts };
}

const quarters = (perQuarter: number, n = 14): Cell[] => Array.from({ length: n }, () => perQuarter);
const assessed = (a: Assessment) => {
  if (a.kind !== 'assessed') throw new Error(`expected an assessed status, got ${a.kind}`);
  return a;
};

describe('elapsed time counts from the phase start the dataset declares', () => {
  // 24 events a quarter reported 2022Q1–2025Q2 (V = 336), target T for the phase; B = 0.
  // R = (V / elapsed years) ÷ (T / total years), computed by hand below.
  it.each<[string, AssessContext['phase'], number, { elapsed: number; total: number; baseDate: string; ratio: number; band: string }]>([
    [
      'declared from 01/01/2022: 3.5 of 4 years',
      PHASE_2022_2025,
      400,
      { elapsed: 3.5, total: 4, baseDate: '2022-01-01', ratio: 336 / 3.5 / (400 / 4), band: 'on_track' },
    ], // 96 / 100 = 0.96
    [
      'declared from 01/01/2021, data from 2022: 4.5 of 5 years, 2021 unreported',
      PHASE_2021_2025,
      400,
      { elapsed: 4.5, total: 5, baseDate: '2021-01-01', ratio: 336 / 4.5 / (400 / 5), band: 'accelerate' },
    ], // 74.67 / 80 = 0.9333
    [
      'declared from 01/01/2024: only its 6 quarters count (V = 144), 1.5 of 2 years',
      { code: '2024-2025', start: '2024-01-01', end: '2025-12-31' },
      200,
      { elapsed: 1.5, total: 2, baseDate: '2024-01-01', ratio: 144 / 1.5 / (200 / 2), band: 'on_track' },
    ], // 96 / 100 = 0.96
    [
      'a phase ending 30/06/2025: the whole of it has run',
      { code: '2021-2025H1', start: '2021-01-01', end: '2025-06-30' },
      400,
      { elapsed: 4.5, total: 4.5, baseDate: '2021-01-01', ratio: 336 / 4.5 / (400 / 4.5), band: 'accelerate' },
    ], // 0.84
  ])('%s', (_name, phase, target, expected) => {
    const a = assessed(assessIndicator(EVENTS, unit({ series: { EV: series(quarters(24)) }, targets: { EV: { [phase!.code]: target } } }), { ...ctx, phase }));
    expect(a).toMatchObject({ elapsedYears: expected.elapsed, totalYears: expected.total, baseDate: expected.baseDate, targetDate: phase!.end });
    expect(a.measured.ratio).toBeCloseTo(expected.ratio, 10);
    expect(a.measured.band).toBe(expected.band);
  });

  it('targets of another phase are not this phase’s: no target, never a borrowed comparison', () => {
    const figures = unit({ series: { EV: series(quarters(24)) }, targets: { EV: { '2021-2025': 400, '2025': 100 } } });
    expect(assessIndicator(EVENTS, figures, { ...ctx, phase: { code: '2026-2030', start: '2026-01-01', end: '2030-12-31' } }).kind).toBe('no_target');
    expect(assessIndicator(EVENTS, figures, { ...ctx, phase: undefined }).kind).toBe('no_target');
  });
});

describe('pace assessment from a unit’s published figures', () => {
  it('counts a flow from 01/01/2022 to the data date against a target due 31/12/2025', () => {
    // 25 events a quarter for 14 quarters = 350; target 400 for 16 quarters.
    const a = assessed(assessIndicator(EVENTS, unit({ series: { EV: series(quarters(25)) }, targets: { EV: { '2022-2025': 400 } } }), ctx));
    expect(a).toMatchObject({
      method: 'pace',
      base: 0,
      value: 350,
      target: 400,
      baseDate: '2022-01-01',
      valueDate: '2025-06-30',
      targetDate: '2025-12-31',
      elapsedYears: 3.5,
      totalYears: 4,
      cumulative: true,
      baseGiven: false,
    });
    expect(a.measured.ratio).toBeCloseTo(1, 10); // (350/3.5) / (400/4)
    expect(a.measured.band).toBe('on_track');
    expect(a.achievement).toBeCloseTo(0.875, 10);
    expect(a.completeness).toEqual({ reported: 140, expected: 140 });
  });

  it('target already met: 14 × 40 = 560 against 400', () => {
    const a = assessed(assessIndicator(EVENTS, unit({ series: { EV: series(quarters(40)) }, targets: { EV: { '2022-2025': 400 } } }), ctx));
    expect(a.measured.band).toBe('met');
    expect(a.achievement).toBeCloseTo(1.4, 10); // uncapped
  });

  it('a quarter nobody reported is missing, not zero: the figure is marked incomplete', () => {
    const values = quarters(25);
    values[5] = null;
    const a = assessed(assessIndicator(EVENTS, unit({ series: { EV: series(values) }, targets: { EV: { '2022-2025': 400 } } }), ctx));
    expect(a.value).toBe(325);
    expect(a.completeness).toEqual({ reported: 130, expected: 140 });
  });

  it('the latest quarters not yet reported end the clock at the last reported quarter', () => {
    const values = quarters(25);
    values[13] = null;
    const a = assessed(assessIndicator(EVENTS, unit({ series: { EV: series(values) }, targets: { EV: { '2022-2025': 400 } } }), ctx));
    expect(a).toMatchObject({ value: 325, valueDate: '2025-03-31', elapsedYears: 3.25 });
  });

  it('a stock takes its latest level; base 0 unless a baseline is given', () => {
    const levels: Cell[] = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26];
    const a = assessed(assessIndicator(TEAMS, unit({ series: { TM: series(levels) }, targets: { TM: { '2022-2025': 40 } } }), ctx));
    expect(a).toMatchObject({ base: 0, value: 26, cumulative: false, completeness: { reported: 10, expected: 10 } });
    expect(a.measured.ratio).toBeCloseTo(26 / 3.5 / (40 / 4), 10);
    const withBase = assessed(
      assessIndicator(TEAMS, unit({ series: { TM: series(levels) }, targets: { TM: { '2022-2025': 40 } }, baselines: { TM: { '2021': 30 } } }), ctx),
    );
    expect(withBase).toMatchObject({ base: 30, baseGiven: true });
    expect(withBase.measured.band).toBe('decline'); // 30 → 26 while 40 is needed
  });

  it.each<[string, Partial<UnitFigures> & { series: UnitFigures['series'] }, Assessment['kind']]>([
    ['no phase target', { series: { EV: series(quarters(25)) }, targets: { EV: { '2024': 100 } } }, 'no_target'],
    ['nothing reported yet: too few points', { series: { EV: series(quarters(0).map(() => null)) }, targets: { EV: { '2022-2025': 400 } } }, 'insufficient'],
    [
      'a suppressed quarter cannot be assessed',
      { series: { EV: series([...quarters(25, 13), 'suppressed']) }, targets: { EV: { '2022-2025': 400 } } },
      'suppressed',
    ],
    ['withheld at this level', { series: { EV: series(quarters(25)) }, targets: { EV: { '2022-2025': 400 } }, withheld: ['EV'] }, 'withheld'],
    ['no series at this level', { series: {}, targets: { EV: { '2022-2025': 400 } } }, 'not_applicable'],
  ])('%s', (_, figures, kind) => {
    expect(assessIndicator(EVENTS, unit(figures), ctx).kind).toBe(kind);
  });
});

describe('growth assessment of outcome indicators', () => {
  // Province child marriage: 76 in 2022, 73 in 2023, 70 in 2024, half of 2025 so far.
  const yearly = (...years: number[][]): Cell[] => years.flat();
  const cm: Cell[] = yearly([28, 16, 12, 20], [29, 14, 9, 21], [21, 17, 10, 22], [28, 5]);

  it('compares yearly counts from the 2021 baseline with the 2025 ceiling; the part-year 2025 is not a point', () => {
    const a = assessed(
      assessIndicator(CHILD_MARRIAGE, unit({ series: { CM: series(cm) }, targets: { CM: { '2022-2025': 68 } }, baselines: { CM: { '2021': 79 } } }), ctx),
    );
    expect(a).toMatchObject({
      method: 'growth',
      base: 79,
      value: 70,
      target: 68,
      baseYear: 2021,
      valueYear: 2024,
      targetYear: 2025,
      direction: 'lower',
      baseGiven: true,
    });
    expect(a.measured.ratio).toBeCloseTo(1.074051, 5);
    expect(a.measured.band).toBe('on_track');
    expect(a.completeness).toEqual({ reported: 40, expected: 40 });
  });

  it('a year with an unreported quarter is not a data point: the latest complete year is used', () => {
    const gap = [...cm];
    gap[9] = null; // 2024Q2
    const a = assessed(
      assessIndicator(CHILD_MARRIAGE, unit({ series: { CM: series(gap) }, targets: { CM: { '2022-2025': 68 } }, baselines: { CM: { '2021': 79 } } }), ctx),
    );
    expect(a).toMatchObject({ value: 73, valueYear: 2023 });
  });

  it('a suppressed count in the latest year cannot be assessed', () => {
    const small = [...cm];
    small[10] = 'suppressed';
    expect(
      assessIndicator(CHILD_MARRIAGE, unit({ series: { CM: series(small) }, targets: { CM: { '2022-2025': 68 } }, baselines: { CM: { '2021': 79 } } }), ctx)
        .kind,
    ).toBe('suppressed');
  });

  it('fewer than 2 data points: no baseline and one complete year', () => {
    const shortCtx = { ...ctx, axis: quartersBetween('2024Q1', '2025Q2') };
    const a = assessIndicator(CHILD_MARRIAGE, unit({ series: { CM: series(cm.slice(8)) }, targets: { CM: { '2022-2025': 68 } } }), shortCtx);
    expect(a).toEqual({ kind: 'insufficient', points: 1 });
  });

  it('without a baseline the first complete year is the base', () => {
    const a = assessed(assessIndicator(CHILD_MARRIAGE, unit({ series: { CM: series(cm) }, targets: { CM: { '2022-2025': 68 } } }), ctx));
    expect(a).toMatchObject({ base: 76, baseYear: 2022, value: 70, valueYear: 2024, baseGiven: false });
  });

  it('zero base and zero ceiling with no cases: met, zeros replaced by 0.001', () => {
    const a = assessed(
      assessIndicator(
        CHILD_MARRIAGE,
        unit({ series: { CM: series(quarters(0)) }, targets: { CM: { '2022-2025': 0 } }, baselines: { CM: { '2021': 0 } } }),
        ctx,
      ),
    );
    expect(a.measured).toMatchObject({ band: 'met', substituted: ['base', 'value', 'target'] });
  });

  it('a baseline without a numeric target uses the configured yearly rate (−2 %)', () => {
    const withRate = { ...CHILD_MARRIAGE, target: { reading: 'level' as const, yearlyRate: -0.02 } };
    const a = assessed(assessIndicator(withRate, unit({ series: { CM: series(cm) }, baselines: { CM: { '2021': 79 } } }), ctx));
    if (a.method !== 'growth') throw new Error('expected the growth method');
    expect(a.requiredRate).toBe(-0.02);
    expect(a.target).toBeCloseTo(72.867, 3);
    expect(a.measured.targetImplied).toBe(true);
  });

  it('no target and no yearly rate: no status', () => {
    expect(assessIndicator(CHILD_MARRIAGE, unit({ series: { CM: series(cm) }, baselines: { CM: { '2021': 79 } } }), ctx).kind).toBe('no_target');
  });
});

describe('sensitive indicators published only by year (grain "year")', () => {
  const hidden = (totals: [string, number, number, Cell][]): UnitFigures['series'][string] => ({
    grain: 'year',
    values: Array.from({ length: 14 }, () => 'suppressed' as const),
    reported: Array.from({ length: 14 }, () => 10),
    expected: 10,
    totals: totals.map(([key, from, to, value]) => ({ key, from, to, value })),
  });
  const years = (y2022: Cell, y2023: Cell, y2024: Cell): [string, number, number, Cell][] => [
    ['2022', 0, 3, y2022],
    ['2023', 4, 7, y2023],
    ['2024', 8, 11, y2024],
    ['2025', 12, 13, 33],
    ['2022-2025', 0, 13, 252],
  ];

  it('reads the yearly totals: 79 (2021) → 70 (2024)', () => {
    const a = assessed(
      assessIndicator(
        CHILD_MARRIAGE,
        unit({ series: { CM: hidden(years(76, 73, 70)) }, targets: { CM: { '2022-2025': 68 } }, baselines: { CM: { '2021': 79 } } }),
        ctx,
      ),
    );
    expect(a).toMatchObject({ method: 'growth', base: 79, value: 70, valueYear: 2024 });
  });

  it('a hidden latest year cannot be assessed', () => {
    const a = assessIndicator(
      CHILD_MARRIAGE,
      unit({ series: { CM: hidden(years(76, 73, 'suppressed')) }, targets: { CM: { '2022-2025': 68 } }, baselines: { CM: { '2021': 79 } } }),
      ctx,
    );
    expect(a.kind).toBe('suppressed');
  });

  it('a hidden target or a hidden baseline cannot be assessed either (never "no target")', () => {
    const series = { CM: hidden(years(76, 73, 70)) };
    expect(assessIndicator(CHILD_MARRIAGE, unit({ series, baselines: { CM: { '2021': 79 } }, hiddenTargets: { CM: ['2022-2025', '2024'] } }), ctx).kind).toBe(
      'suppressed',
    );
    expect(assessIndicator(CHILD_MARRIAGE, unit({ series, targets: { CM: { '2022-2025': 68 } }, hiddenBaselines: { CM: ['2021'] } }), ctx).kind).toBe(
      'suppressed',
    );
  });

  it('a sensitive output counted over the phase uses the published phase total', () => {
    const cases = indicator('CS', 'flow', { sensitive: true });
    const a = assessed(
      assessIndicator(cases, unit({ series: { CS: hidden(years(76, 73, 70)) }, targets: { CS: { '2022-2025': 280 } } }), {
        ...ctx,
        catalogue: new Map([['CS', cases]]),
      }),
    );
    expect(a).toMatchObject({ method: 'pace', value: 252, target: 280 });
  });
});
