import { describe, expect, it } from 'vitest';
import { carryTableParams, defaultIndicators, parseTableView, withTableView } from './table-view-state';

const available = new Set(['P8.1.1', 'P8.1.4', 'P8.2.1', 'P8.C.2', 'P8.O.1']);
/** The catalogue's key indicators, in its order. */
const keys = ['P8.1.1', 'P8.1.4', 'P8.2.1'];

describe('table state in the URL', () => {
  it('defaults to the selected indicator plus key ones, sorted by name', () => {
    expect(parseTableView({}, 'P8.O.1', available, keys)).toEqual({
      indicators: ['P8.O.1', 'P8.1.1', 'P8.1.4'],
      custom: false,
      hidden: [],
      sort: { column: 'name', desc: false },
      query: '',
    });
    expect(defaultIndicators('P8.1.4', available, keys)).toEqual(['P8.1.4', 'P8.1.1', 'P8.2.1']);
    expect(defaultIndicators('nope', available, keys)).toEqual(['P8.1.1', 'P8.1.4', 'P8.2.1']);
  });

  it.each([
    ['listed columns, the selected one first', { cols: 'P8.2.1,P8.C.2' }, 'P8.1.4', ['P8.1.4', 'P8.2.1', 'P8.C.2']],
    ['unknown and repeated codes dropped', { cols: 'P8.2.1,,X.9,P8.2.1, P8.C.2 ' }, 'P8.1.4', ['P8.1.4', 'P8.2.1', 'P8.C.2']],
    ['the selected one not repeated', { cols: 'P8.2.1,P8.1.4' }, 'P8.1.4', ['P8.1.4', 'P8.2.1']],
    ['nothing valid: the defaults', { cols: 'X,Y' }, 'P8.1.4', ['P8.1.4', 'P8.1.1', 'P8.2.1']],
  ])('cols: %s', (_name, extra, selected, expected) => {
    expect(parseTableView(extra, selected, available, keys).indicators).toEqual(expected);
  });

  it.each([
    [{ hide: 'target,reports,bogus,target' }, ['target', 'reports']],
    [{ hide: '' }, []],
  ])('hide %j', (extra, expected) => {
    expect(parseTableView(extra, 'P8.1.1', available, keys).hidden).toEqual(expected);
  });

  it.each([
    ['a shown column', { sort: 'value:P8.1.1.desc' }, { column: 'value:P8.1.1', desc: true }],
    ['a column not shown falls back to name', { sort: 'value:P8.C.2.desc' }, { column: 'name', desc: false }],
    ['a hidden kind falls back to name', { sort: 'target:P8.1.1.asc', hide: 'target' }, { column: 'name', desc: false }],
    ['garbage falls back to name', { sort: '%%%' }, { column: 'name', desc: false }],
  ])('sort: %s', (_name, extra, expected) => {
    expect(parseTableView(extra, 'P8.1.1', available, keys).sort).toEqual(expected);
  });

  it('keeps the query short and free of control characters', () => {
    expect(parseTableView({ q: 'huyen\u0000 tung\n' }, 'P8.1.1', available, keys).query).toBe('huyen tung');
    expect(parseTableView({ q: 'x'.repeat(500) }, 'P8.1.1', available, keys).query).toHaveLength(100);
  });

  it('round-trips through the extra parameters and keeps other views’ parameters', () => {
    const extra = { slide: '3', cols: 'P8.2.1', hide: 'reports', sort: 'achievement:P8.2.1.asc', q: 'huyen tung' };
    const view = parseTableView(extra, 'P8.1.1', available, keys);
    const written = withTableView({ slide: '3' }, view);
    expect(written).toEqual({ slide: '3', cols: 'P8.1.1,P8.2.1', hide: 'reports', sort: 'achievement:P8.2.1.asc', q: 'huyen tung' });
    expect(parseTableView(written, 'P8.1.1', available, keys)).toEqual(view);
  });

  it('leaves defaults out of the URL', () => {
    expect(withTableView({ cols: 'P8.2.1', q: 'x' }, parseTableView({}, 'P8.1.1', available, keys))).toEqual({});
  });

  it('carries columns and sort, not the filter, across a drill link', () => {
    expect(carryTableParams('/u/058?v=table', { cols: 'P8.2.1', sort: 'name.desc', q: 'x', slide: '2' })).toBe('/u/058?v=table&cols=P8.2.1&sort=name.desc');
    expect(carryTableParams('/u/058', {})).toBe('/u/058');
  });
});
