import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '@/domain/view-state';
import { DEFAULT_MAP_OPTIONS, parseMapOptions, rendererFor, withMapOptions, type MapOptions } from './map-options';

describe('map options in the URL', () => {
  it.each<[Record<string, string>, MapOptions]>([
    [{}, DEFAULT_MAP_OPTIONS],
    [
      { mm: 'achievement', mc: 'jenks' },
      { mode: 'achievement', method: 'jenks' },
    ],
    [{ mm: 'status' }, { mode: 'status', method: 'quantile' }],
    [{ mm: 'bogus', mc: '<script>' }, DEFAULT_MAP_OPTIONS],
  ])('%j → %j', (extra, expected) => {
    expect(parseMapOptions(extra)).toEqual(expected);
  });

  it.each<MapOptions>([
    { mode: 'value', method: 'quantile' },
    { mode: 'achievement', method: 'equal' },
    { mode: 'status', method: 'jenks' },
  ])('round-trips %j through a link, keeping other parameters', (options) => {
    const state = parseViewState('/u/058', '?v=map&tg=year');
    const href = serializeViewState({ ...state, extra: withMapOptions(state.extra, options) });
    const [path, query] = href.split('?');
    const back = parseViewState(path!, `?${query ?? ''}`);
    expect(parseMapOptions(back.extra)).toEqual(options);
    expect(back.extra.tg).toBe('year');
  });

  it('leaves defaults out of the link', () => {
    expect(withMapOptions({ mm: 'status' }, DEFAULT_MAP_OPTIONS)).toEqual({});
  });
});

describe('the renderer', () => {
  it.each<[Record<string, string>, number, string]>([
    [{}, 40, 'svg'],
    [{}, 1332, 'canvas'],
    [{ mr: 'canvas' }, 10, 'canvas'],
    [{ mr: 'svg' }, 10_000, 'svg'],
    [{ mr: 'webgl' }, 10, 'svg'],
  ])('%j with %d polygons → %s', (extra, n, expected) => {
    expect(rendererFor(extra, n)).toBe(expected);
  });
});
