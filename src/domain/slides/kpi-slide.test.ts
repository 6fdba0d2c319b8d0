import { describe, expect, it } from 'vitest';
import { indicator } from '../../../tests/builders/indicator';
import { words } from '../../../tests/builders/slide-words';
import type { Cell } from '../aggregate';
import type { KpiCard } from '../kpi';
import type { PeriodSelection } from '../periods';
import type { Comparison } from '../target-comparison';
import { kpiSlideModel } from './kpi-slide';

const people = indicator('P1', 'person_times', { name: { vi: 'Người được tuyên truyền', en: 'People reached' }, unitOfMeasure: { vi: 'người', en: 'people' } });
const rate = indicator('R1', 'rate', { name: { vi: 'Tỷ lệ hộ', en: 'Share of households' }, decimals: 1 });

const card = (ind: KpiCard['indicator'], value: Cell, comparison: Comparison | null, ratio: number | null = null, met: boolean | null = null): KpiCard => ({
  indicator: ind,
  status: 'ok',
  figure: { value, reported: 4, expected: 4 },
  target: comparison?.kind === 'compared' ? comparison.target : null,
  achievement: ratio === null ? null : { ratio, met, direction: 'higher' },
  comparison,
  previous: null,
  change: null,
});
const compared = (target: number, year: number | null = null, actual: Cell = null): Comparison => ({
  kind: 'compared',
  target,
  year,
  actual,
  scope: { kind: 'year', year: 2024 },
  achievement: { ratio: null, met: null, direction: 'higher' },
});
const unpublished = (status: 'withheld' | 'not_applicable', withheldReason?: 'period'): KpiCard => ({
  ...card(people, null, null),
  status,
  withheldReason,
  figure: null,
});

const year: PeriodSelection = { kind: 'year', year: 2024 };
const quarter: PeriodSelection = { kind: 'quarter', year: 2024, quarter: 2 };

describe('key-figures slide', () => {
  it('says there are no figures when the page has no indicator', () => {
    expect(kpiSlideModel([], year, words)).toEqual({ unavailable: 'state.empty' });
  });

  it.each<[string, KpiCard, [string, string, string, string], boolean | null]>([
    [
      'a figure met: value with its unit, the target, the achievement and its verdict',
      card(people, 1234, compared(1000), 1.234, true),
      ['Người được tuyên truyền', '1234 people', 'target 1000', '123.4% present.kpi.met'],
      true,
    ],
    [
      'a rate behind, compared through one year’s count',
      card(rate, 45.2, compared(50, 2024, 45.2), 0.904, false),
      ['Tỷ lệ hộ', '45.2%', 'target 50 — counted 2024: 45.2', '90.4% present.kpi.behind'],
      false,
    ],
    [
      'a figure not reported, no target',
      card(people, null, { kind: 'none', reason: 'no_target' }),
      ['Người được tuyên truyền', 'not reported', 'target none', ''],
      null,
    ],
    ['a hidden figure and a hidden target', card(people, 'suppressed', { kind: 'hidden' }), ['Người được tuyên truyền', 'x', 'target hidden', ''], null],
    ['withheld below the commune level', unpublished('withheld'), ['Người được tuyên truyền', 'value.withheld', '', ''], null],
    ['published only by year', unpublished('withheld', 'period'), ['Người được tuyên truyền', 'suppression.byYearOnly', '', ''], null],
    ['not reported at this level', unpublished('not_applicable'), ['Người được tuyên truyền', 'value.notApplicable', '', ''], null],
  ])('%s', (_, kpi, cells, met) => {
    const model = kpiSlideModel([kpi], year, words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.rows).toEqual([{ key: kpi.indicator.code, cells, met }]);
    expect(model.exported).toEqual({
      kind: 'table',
      header: ['present.kpi.indicator', 'present.kpi.value', 'present.kpi.target', 'present.kpi.ratio'],
      numeric: [false, true, true, true],
      rows: [cells],
      note: undefined,
    });
  });

  it.each<[string, PeriodSelection, string | undefined]>([
    ['a year: compared with its target, no footnote', year, undefined],
    ['a quarter: no target applies, the footnote says so', quarter, 'present.kpi.noTargetPeriod'],
  ])('%s', (_, period, note) => {
    const model = kpiSlideModel([card(people, 5, null)], period, words);
    if (model.unavailable !== null) throw new Error(model.unavailable);
    expect(model.note).toBe(note);
    expect(model.caption).toBe(`present.kpi.caption(period=period ${period.kind} 2024)`);
    expect(model.exported).toMatchObject({ note });
  });
});
