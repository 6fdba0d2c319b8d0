import { describe, expect, it } from 'vitest';
import type { Cell } from './aggregate';
import { availableDimensions, buildBreakdown, type BreakdownCells, type BreakdownInput, type FiguresWithBreakdown } from './chart-breakdown';
import { catalogueOf, indicator } from '../../tests/builders/chart-figures';
import type { Dimension, IndicatorKind } from './indicators';

const AXIS = ['2023Q1', '2023Q2', '2023Q3'];
const dim = (code: string, categories: string[]): Dimension => ({
  code,
  name: { vi: code, en: code },
  categories: categories.map((c) => ({ code: c, name: { vi: c, en: c } })),
});
const SEX = dim('sex', ['female', 'male']);
/** An independent Vietnamese order for the expectations (not the app's collator). */
const vi = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });
const ROLE = dim('participant_role', ['party_secretary', 'members', 'residents']);

function figures(values: Cell[], breakdown?: BreakdownCells, code = 'X'): FiguresWithBreakdown {
  return { series: { [code]: { values, reported: values.map((v) => (v === null ? 0 : 1)), expected: 1, breakdown } }, withheld: [], targets: {} };
}

function build(kind: IndicatorKind, unitFigures: FiguresWithBreakdown, extra: Partial<BreakdownInput> = {}) {
  const ind = indicator('X', kind);
  return buildBreakdown({
    compareText: vi,
    indicator: ind,
    catalogue: catalogueOf(ind),
    dimensions: [SEX, ROLE],
    dimension: 'participant_role',
    unit: { code: 'u', name: 'Tổ Khuổi Pái' },
    children: [],
    figures: { u: unitFigures },
    axis: AXIS,
    period: { kind: 'range', from: { year: 2023, month: 1 }, to: { year: 2023, month: 6 } },
    sort: 'value',
    ...extra,
  });
}

describe('disaggregation by one dimension', () => {
  it('states how much of the total a partial breakdown covers (the conference: 55 of 67 by role)', () => {
    const result = build(
      'person_times',
      figures([55, 12, 9], {
        participant_role: { party_secretary: [1, null, null], members: [27, null, null], residents: [27, null, null] },
        sex: { female: [34, 7, 5], male: [21, 5, 4] },
      }),
    );
    expect(result.dimension).toBe('participant_role');
    expect(result.partial).toBe(true);
    expect(result.rows[0]).toMatchObject({ total: 67, known: 55, remainder: 12, status: 'ok', values: { party_secretary: 1, members: 27, residents: 27 } });
    expect(result.rows[0]!.coverage).toBeCloseTo(55 / 67);
  });

  it('covers the whole total when every report has the breakdown', () => {
    const result = build('flow', figures([55, 12, 9], { sex: { female: [34, 7, 5], male: [21, 5, 4] } }), { dimension: 'sex' });
    expect(result.partial).toBe(false);
    expect(result.rows[0]).toMatchObject({ total: 67, known: 67, remainder: 0, coverage: 1, values: { female: 41, male: 26 } });
  });

  it('takes the period-end breakdown of a stock', () => {
    const result = build('stock', figures([10, 12, 14], { sex: { female: [6, 7, 9], male: [4, 5, 5] } }), { dimension: 'sex' });
    expect(result.rows[0]).toMatchObject({ total: 12, values: { female: 7, male: 5 }, remainder: 0 });
  });

  it('keeps "x" categories as they are and does not guess the remainder', () => {
    const result = build('flow', figures([20, 0, 0], { sex: { female: ['suppressed', 0, 0], male: [17, 0, 0] } }), { dimension: 'sex' });
    expect(result.rows[0]).toMatchObject({ values: { female: 'suppressed', male: 17 }, known: 17, remainder: null, coverage: null, hasSuppressed: true });
  });

  it('falls back to the first available dimension for an unknown one', () => {
    const result = build('flow', figures([1, 1, 1], { sex: { female: [1, 1, 1], male: [0, 0, 0] } }), { dimension: 'ethnicity' });
    expect(result.dimension).toBe('sex');
  });

  it('lists only the dimensions the series has, in catalogue order', () => {
    const s = figures([1, 1, 1], { participant_role: {}, sex: {} }).series.X;
    expect(availableDimensions(s, [SEX, ROLE]).map((d) => d.code)).toEqual(['sex', 'participant_role']);
    expect(availableDimensions(undefined, [SEX, ROLE])).toEqual([]);
  });

  it('says when the indicator has no breakdown', () => {
    expect(build('flow', figures([1, 2, 3])).availability).toBe('no_dimension');
  });

  it('children: not reported, no breakdown and sorting by size, the unit first', () => {
    const result = build('flow', figures([30, 0, 0], { sex: { female: [20, 0, 0], male: [10, 0, 0] } }), {
      dimension: 'sex',
      children: [
        { code: 'a', name: 'Thôn A' },
        { code: 'b', name: 'Thôn B' },
        { code: 'c', name: 'Thôn C' },
      ],
      figures: {
        u: figures([30, 0, 0], { sex: { female: [20, 0, 0], male: [10, 0, 0] } }),
        a: figures([null, null, null]),
        b: figures([8, 0, 0]),
        c: figures([22, 0, 0], { sex: { female: [20, 0, 0], male: [2, 0, 0] } }),
      },
    });
    expect(result.rows.map((r) => [r.name, r.status, r.remainder])).toEqual([
      ['Tổ Khuổi Pái', 'ok', 0],
      ['Thôn C', 'ok', 0],
      ['Thôn B', 'no_breakdown', 8],
      ['Thôn A', 'not_reported', null],
    ]);
    expect(result.partial).toBe(true);
  });

  it('is "no data" when nobody reported in the period', () => {
    expect(
      build('flow', figures([null, null, null], { sex: { female: [null, null, null], male: [null, null, null] } }), { dimension: 'sex' }).availability,
    ).toBe('no_data');
  });
});
