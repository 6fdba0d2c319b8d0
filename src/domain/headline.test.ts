import { describe, expect, it } from 'vitest';
import { assembleHeadline, buildHeadline, childProgress, ownProgress, type HeadlineInput } from './headline';
import { A3, A4, A5, CHILDREN, ctx, each, INDICATORS, MIXED, unit } from '../../tests/builders/headline-figures';
import { summarise, type SummarySentence } from './headline-summary';
import { assessUnit } from './unit-progress';

const compareText = (a: string, b: string) => a.localeCompare(b, 'vi');

const codes = (changes: { indicator: { code: string }; from: string; to: string }[]) => changes.map((c) => `${c.indicator.code}:${c.from}→${c.to}`);
/** A sentence without its facts, values reduced to plain numbers and strings (hand-checked below). */
const plain = (s: SummarySentence) => [s.key, Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, v.kind === 'local' ? v.value.vi : v.value]))];

describe('the headline of a unit', () => {
  it('counts the indicators in each band exactly as the progress view’s assessment does', () => {
    const h = buildHeadline({ indicators: INDICATORS, unit: MIXED, children: CHILDREN, ctx, compareText });
    expect(h.progress.bands).toEqual({ met: 1, on_track: 2, accelerate: 0, slow: 2, decline: 0 });
    expect(h.progress).toEqual(assessUnit(INDICATORS, MIXED, ctx));
    expect(h.progress.withTarget).toBe(5);
    expect(h.asOf).toBe('2025Q2');
    expect(h.previousQuarter).toBe('2025Q1');
  });

  it('finds what changed band since the previous quarter, better and worse', () => {
    const h = buildHeadline({ indicators: INDICATORS, unit: MIXED, children: [], ctx, compareText });
    expect(codes(h.improved)).toEqual(['A4:accelerate→on_track']);
    expect(codes(h.worsened)).toEqual(['A5:on_track→slow']);
    expect(h.previous?.bands).toEqual({ met: 1, on_track: 2, accelerate: 1, slow: 1, decline: 0 });
  });

  it('names the worst child units first, with what pulls them down, and leaves out units with nothing below on track', () => {
    const h = buildHeadline({ indicators: INDICATORS, unit: MIXED, children: CHILDREN, ctx, compareText });
    expect(h.worst.map((r) => r.name)).toEqual(['Xã Bắc', 'Xã Đông']);
    expect(h.worst[0]?.progress.score).toBeCloseTo((2.857142857 - 0.833333333) / 2, 6);
    expect(h.worst[0]?.pulling.map((p) => p.indicator.code)).toEqual(['A3']);
    expect(h.worst[1]?.pulling.map((p) => p.indicator.code)).toEqual(['A1']);
  });

  it('has no earlier quarter to compare with when the axis has one quarter', () => {
    const h = buildHeadline({
      indicators: INDICATORS,
      unit: unit({ A1: each(25, 1) }, { A1: 400 }),
      children: [],
      ctx: { ...ctx, axis: ['2022Q1'] },
      compareText,
    });
    expect(h.previous).toBeNull();
    expect(h.previousQuarter).toBeNull();
  });
});

describe('the headline from its parts computed apart', () => {
  const cases: [string, HeadlineInput][] = [
    ['with child units', { indicators: INDICATORS, unit: MIXED, children: CHILDREN, ctx, compareText }],
    [
      'with a child unit without figures',
      { indicators: INDICATORS, unit: MIXED, children: [...CHILDREN, { code: 'X9', name: 'Xã Trống', figures: undefined }], ctx, compareText },
    ],
    ['without child units', { indicators: INDICATORS, unit: MIXED, children: [], ctx, compareText }],
    ['naming one lagging unit', { indicators: INDICATORS, unit: MIXED, children: CHILDREN, ctx, compareText, worstCount: 1 }],
    [
      'with one quarter',
      { indicators: INDICATORS, unit: unit({ A1: each(25, 1) }, { A1: 400 }), children: CHILDREN, ctx: { ...ctx, axis: ['2022Q1'] }, compareText },
    ],
  ];
  it.each(cases)('is the headline computed at once, %s', (_, input) => {
    const own = ownProgress(input.indicators, input.unit, input.ctx);
    const children = input.children.map((c) => childProgress(input.indicators, c, input.ctx));
    expect(assembleHeadline(input.ctx.axis, own, children, input.compareText, input.worstCount)).toEqual(buildHeadline(input));
  });

  it('leaves a child unit without figures out of the ranking', () => {
    expect(childProgress(INDICATORS, { code: 'X9', name: 'Xã Trống', figures: undefined }, ctx)).toBeNull();
    const h = assembleHeadline(ctx.axis, ownProgress(INDICATORS, MIXED, ctx), [null, ...CHILDREN.map((c) => childProgress(INDICATORS, c, ctx))], compareText);
    expect(h.worst.map((r) => r.name)).toEqual(['Xã Bắc', 'Xã Đông']);
  });
});

describe('the summary written from the headline', () => {
  const cases: { name: string; unit: ReturnType<typeof unit>; children?: typeof CHILDREN; sentences: unknown[] }[] = [
    {
      name: 'a mixed unit: 3 of 5 good, the weakest indicator, the worst child, one change each way',
      unit: MIXED,
      children: CHILDREN,
      sentences: [
        ['summary.bands', { assessed: 5, good: 3, weak: 2 }],
        ['summary.weakest', { name: A3.name.vi, band: 'slow' }],
        ['summary.worstChild', { name: 'Xã Bắc', weak: 1, assessed: 2, indicator: A3.name.vi }],
        ['summary.change', { quarter: '2025Q1', improved: 1, worsened: 1 }],
      ],
    },
    {
      name: 'no target anywhere: nothing can be assessed, and no change is claimed',
      unit: unit({ A1: each(25) }, {}),
      sentences: [['summary.noAssessment', { withTarget: 0 }]],
    },
    {
      name: 'everything met or on track, nothing changed',
      unit: unit({ A1: each(25), A2: each(40) }, { A1: 400, A2: 400 }),
      sentences: [
        ['summary.allGood', { assessed: 2, met: 1 }],
        ['summary.noChange', { quarter: '2025Q1' }],
      ],
    },
    {
      name: 'a quarter not reported: 325 of 400, R = (325 / 3.5) ÷ 100 = 0.929, needs acceleration, on 130/140 reports',
      unit: unit({ A1: [...each(25, 5), null, ...each(25, 8)] }, { A1: 400 }),
      sentences: [
        ['summary.bands', { assessed: 1, good: 0, weak: 1 }],
        ['summary.weakest', { name: 'Chỉ tiêu một', band: 'accelerate' }],
        ['summary.noChange', { quarter: '2025Q1' }],
        ['summary.incomplete', { count: 1 }],
      ],
    },
  ];
  it.each(cases)('$name', ({ unit: u, children, sentences }) => {
    const summary = summarise(buildHeadline({ indicators: INDICATORS, unit: u, children: children ?? [], ctx, compareText }));
    expect(summary.map(plain)).toEqual(sentences);
  });

  it('gives every sentence the numbers it was written from', () => {
    const [bands, weakest, child, change] = summarise(buildHeadline({ indicators: INDICATORS, unit: MIXED, children: CHILDREN, ctx, compareText }));
    expect(bands?.facts.map((f) => plain({ ...f, facts: [] }))).toEqual([
      ['summary.fact.withTarget', { withTarget: 5, assessed: 5 }],
      ['summary.fact.band', { band: 'met', count: 1 }],
      ['summary.fact.band', { band: 'on_track', count: 2 }],
      ['summary.fact.band', { band: 'accelerate', count: 0 }],
      ['summary.fact.band', { band: 'slow', count: 2 }],
      ['summary.fact.band', { band: 'decline', count: 0 }],
    ]);
    expect(weakest?.facts.map((f) => plain({ ...f, facts: [] }))).toEqual([
      ['summary.fact.value', { value: 140, target: 400 }],
      ['summary.fact.achievement', { achievement: 0.35 }],
      ['summary.fact.band', { band: 'slow', count: 1 }],
    ]);
    expect(child?.facts[1] && plain({ ...child.facts[1], facts: [] })).toEqual(['summary.fact.childBands', { good: 1, weak: 1, assessed: 2 }]);
    expect(change?.facts.map((f) => plain({ ...f, facts: [] }))).toEqual([
      ['summary.fact.changed', { name: A4.name.vi, from: 'accelerate', to: 'on_track' }],
      ['summary.fact.changed', { name: A5.name.vi, from: 'on_track', to: 'slow' }],
    ]);
  });

  it('is the same every time for the same figures', () => {
    const once = () => JSON.stringify(summarise(buildHeadline({ indicators: INDICATORS, unit: MIXED, children: CHILDREN, ctx, compareText })));
    expect(once()).toBe(once());
  });
});
