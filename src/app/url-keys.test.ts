import { describe, expect, it } from 'vitest';
import { URL_KEYS, type UrlKeyOwner } from '@/domain/url-keys';
import { DECK_PARAM, PRESENTER_PARAM, SLIDE_PARAM, THEME_PARAM } from '@/domain/deck-url';
import { TABLE_PARAMS } from '@/domain/table-view-state';
import { NOTE_PERIOD_PARAM, NOTE_TYPE_PARAM } from '@/features/notes/notes-panel';
import { parseChartOptions } from '@/domain/chart-options';
import { parseMapOptions, rendererFor } from '@/features/map/map-options';
import { parseLaggingOptions } from '@/domain/lagging';

/** Each parser, given only the keys of its owner, must read what it is given: a key it reads but the registry does not declare would be dropped from every link. */
const readsOnlyDeclared = (owner: UrlKeyOwner, read: (extra: Record<string, string>) => unknown): string[] => {
  const seen = new Set<string>();
  const spy = new Proxy<Record<string, string>>({}, { get: (_t, key) => (typeof key === 'string' && seen.add(key), undefined) });
  read(spy);
  return [...seen].filter((key) => URL_KEYS[key]?.owner !== owner);
};

describe('the URL key registry', () => {
  it.each<[string, UrlKeyOwner, readonly string[]]>([
    ['the units table', 'table', TABLE_PARAMS],
    ['the presentation', 'present', [DECK_PARAM, SLIDE_PARAM, THEME_PARAM, PRESENTER_PARAM]],
    ['the notes', 'notes', [NOTE_TYPE_PARAM, NOTE_PERIOD_PARAM]],
  ])('declares every key of %s with its owner', (_name, owner, keys) => {
    for (const key of keys) expect(URL_KEYS[key]?.owner, key).toBe(owner);
  });

  it.each<[string, UrlKeyOwner, (extra: Record<string, string>) => unknown]>([
    ['the chart options', 'charts', parseChartOptions],
    ['the map options', 'map', (e) => [parseMapOptions(e), rendererFor(e, 10)]],
    ['the lagging list', 'progress', (e) => parseLaggingOptions(e, 1, 4, ['ND1'])],
  ])('declares every key %s read, under their owner', (_name, owner, read) => {
    expect(readsOnlyDeclared(owner, read)).toEqual([]);
  });
});
