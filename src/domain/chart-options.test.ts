import { describe, expect, it } from 'vitest';
import { DEFAULT_CHART_OPTIONS, parseChartOptions, withChartOptions, type ChartOptions } from './chart-options';

describe('chart options in the URL', () => {
  it.each<[Record<string, string>, Partial<ChartOptions>]>([
    [{}, {}],
    [
      { cs: 'name', tg: 'year', cmp: 'parent.province', dim: 'sex', dl: 'grouped' },
      { sort: 'name', granularity: 'year', compare: ['parent', 'province'], dimension: 'sex', layout: 'grouped' },
    ],
    [{ cmp: 'province' }, { compare: ['province'] }],
    [{ cmp: 'province.parent.parent' }, { compare: ['parent', 'province'] }],
    [{ dim: 'participant_role' }, { dimension: 'participant_role' }],
  ])('parses %j', (extra, expected) => {
    expect(parseChartOptions(extra)).toEqual({ ...DEFAULT_CHART_OPTIONS, ...expected });
  });

  it.each<Record<string, string>>([
    { cs: 'size', tg: 'week', cmp: 'world', dim: '<img src=x>', dl: 'pie' },
    { tg: '', dim: 'A'.repeat(40), cmp: '.' },
    { dim: 'Sex' },
  ])('falls back to the defaults for broken values %j', (extra) => {
    expect(parseChartOptions(extra)).toEqual(DEFAULT_CHART_OPTIONS);
  });

  it('writes only non-default options and keeps other parameters', () => {
    expect(withChartOptions({ slide: '3', tg: 'half' }, { granularity: 'year', compare: ['province', 'parent'] })).toEqual({
      slide: '3',
      tg: 'year',
      cmp: 'parent.province',
    });
    expect(withChartOptions({ tg: 'year', dl: 'grouped' }, { granularity: 'quarter', layout: 'stacked' })).toEqual({});
  });

  it('round-trips every option', () => {
    const options: ChartOptions = { sort: 'name', granularity: 'half', compare: ['province'], dimension: 'age', layout: 'grouped' };
    expect(parseChartOptions(withChartOptions({}, options))).toEqual(options);
  });
});
