import { describe, expect, it } from 'vitest';
import { drillTo, parseViewState, serializeViewState, type ViewState } from './view-state';

const base: ViewState = { unit: '06', indicator: null, period: { kind: 'phase' }, view: 'overview', lang: 'vi', extra: {} };

describe('URL view state', () => {
  it.each<[string, ViewState]>([
    ['/u/06', base],
    [
      '/u/01846.07?i=P8.1.5&p=2023Q1&v=charts',
      { ...base, unit: '01846.07', indicator: 'P8.1.5', period: { kind: 'quarter', year: 2023, quarter: 1 }, view: 'charts' },
    ],
    [
      '/u/058?p=2022-01_2023-05&v=report&lang=en',
      { ...base, unit: '058', lang: 'en', view: 'report', period: { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } } },
    ],
    ['/u/06?v=present&s=5', { ...base, view: 'present', extra: { s: '5' } }],
    ['/u/19?p=phase-2021-2025', { ...base, unit: '19', period: { kind: 'phase', code: '2021-2025' } }],
  ])('%s round-trips', (url, state) => {
    const [path, query = ''] = url.split('?');
    expect(parseViewState(path!, query)).toEqual(state);
    expect(serializeViewState(state)).toBe(url);
  });

  it.each([
    ['/u/%E0%A4%A', 'a broken escape'],
    ['/u/<script>', 'markup in the code'],
    ['/unknown', 'another path'],
  ])('falls back to no unit for %s (%s)', (path) => {
    expect(parseViewState(path, '').unit).toBeNull();
  });

  it('ignores unknown views, periods and languages', () => {
    expect(parseViewState('/u/06', 'v=evil&p=2023Q9&lang=fr')).toEqual(base);
  });

  it('drops parameters no view declares, keeping the declared ones', () => {
    expect(parseViewState('/u/06', 'v=map&mm=status&utm_source=zalo&sv=2&slide=5').extra).toEqual({ mm: 'status' });
  });

  it('opens a link that carries the current format version, and one with a broken version, as version 1', () => {
    expect(parseViewState('/u/06', 'uv=1&v=map&mm=status')).toEqual({ ...base, view: 'map', extra: { mm: 'status' } });
    expect(parseViewState('/u/06', 'uv=banana&v=map')).toEqual({ ...base, view: 'map' });
  });

  it('drilling keeps view options but drops what belongs to the unit left behind', () => {
    const state: ViewState = { ...base, view: 'map', extra: { mm: 'achievement', mc: 'jenks', q: 'huyen', s: '4' } };
    expect(drillTo(state, '058')).toBe('/u/058?v=map&mc=jenks&mm=achievement');
  });

  it('drilling drops the lagging list level and length and the presenter window', () => {
    const state: ViewState = { ...base, view: 'progress', extra: { lv: '3', all: '1', area: 'ND2', presenter: '1', deck: 'x', th: 'dark' } };
    expect(drillTo(state, '058')).toBe('/u/058?v=progress&area=ND2&th=dark');
  });

  it('drilling keeps indicator, period, view and language', () => {
    const state: ViewState = { ...base, indicator: 'P8.1.4', view: 'table', lang: 'en', period: { kind: 'year', year: 2023 } };
    expect(drillTo(state, '058')).toBe('/u/058?i=P8.1.4&p=2023&v=table&lang=en');
  });
});
