import { describe, expect, it } from 'vitest';
import { buildDeck, type SlideSpec } from './deck';
import { encodeDeck, encodeSlide, parseDeck, parsePresentParams, parseSlide, sameDeck, slideIds, withPresentParams } from './deck-url';
import { parseViewState, serializeViewState } from './view-state';

describe('slides as URL tokens', () => {
  it.each<[SlideSpec, string]>([
    [{ kind: 'title' }, 't'],
    [{ kind: 'kpis' }, 'k'],
    [{ kind: 'kpis', page: 1 }, 'k'],
    [{ kind: 'kpis', page: 3 }, 'k!3'],
    [{ kind: 'achievement' }, 'a'],
    [{ kind: 'map', unit: '01846' }, 'm!01846'],
    [{ kind: 'trend', unit: '01846.05', indicator: 'P8.1.5' }, 'tr!01846.05!P8.1.5'],
    [{ kind: 'breakdown', indicator: 'P8.1.5', dimension: 'participant_role' }, 'd!!P8.1.5!participant_role'],
    [{ kind: 'lagging', unit: '058' }, 'l!058'],
    [{ kind: 'difficulties' }, 'df'],
    [{ kind: 'difficulties', page: 1 }, 'df'],
    [{ kind: 'difficulties', page: 2 }, 'df!!!!2'],
    [{ kind: 'difficulties', unit: '058', page: 3 }, 'df!058!!!3'],
    [{ kind: 'summary' }, 's'],
    [{ kind: 'summary', unit: '058' }, 's!058'],
    [{ kind: 'conclusions' }, 'c'],
  ])('%o ⇄ %s', (slide, token) => {
    expect(encodeSlide(slide)).toBe(token);
    const back = parseSlide(token)!;
    expect(encodeSlide(back)).toBe(token);
    expect(back.kind).toBe(slide.kind);
  });

  it.each(['', 'x', 'k!0', 'k!abc', 'k!2!3', 'a!bad code', 'a!01846!P8.1.1!Sex', 'a!1!2!3!4', 'd!!<script>!sex', 'df!!!!0', 'df!!!!x', 'df!1!2!3!4!5'])(
    'rejects %j',
    (token) => {
      expect(parseSlide(token)).toBeNull();
    },
  );
});

describe('a deck in the URL', () => {
  const deck = buildDeck({
    unit: { code: '01846', level: 3, childCount: 14 },
    levels: [{ kind: 'province' }, { kind: 'district' }, { kind: 'commune' }, { kind: 'village' }],
    indicator: 'P8.1.1',
    indicators: [
      { code: 'P8.1.1', area: 'ND1', kind: 'stock', sensitive: false, disaggregations: [] },
      { code: 'P8.1.5', area: 'ND1', kind: 'person_times', sensitive: false, disaggregations: ['sex', 'ethnicity'] },
    ],
    areas: [{ code: 'ND1' }],
  });

  it('is compact and survives a round trip through the whole URL', () => {
    const edited: SlideSpec[] = [...deck.slice(0, 4), { kind: 'trend', unit: '01846.14', indicator: 'P8.1.5' }, ...deck.slice(5)];
    const text = encodeDeck(edited);
    expect(text).toBe('1*t*s*k*a*tr!01846.14!P8.1.5*tr*d!!P8.1.5!sex*d!!P8.1.5!ethnicity*l*df*c');
    const state = parseViewState('/u/01846', '?v=present');
    const href = serializeViewState({ ...state, extra: withPresentParams(state.extra, { deck: edited, slide: 5 }) });
    const [path, search] = href.split('?');
    const params = parsePresentParams(parseViewState(path!, `?${search}`).extra);
    expect(params.slide).toBe(5);
    expect(sameDeck(params.deck!, edited)).toBe(true);
    // Separators need no escaping but "!", which the query string encodes.
    expect(href).toContain('deck=1*t*s*k*a*tr%2101846.14%21P8.1.5*');
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['another format version', '2*t*k'],
    ['no valid slide', '1*zz*!!'],
  ])('falls back when %s', (_, text) => {
    expect(parseDeck(text)).toBeNull();
  });

  it('drops unknown slides and keeps the rest', () => {
    expect(parseDeck('1*t*nope*m')!.map((s) => s.kind)).toEqual(['title', 'map']);
  });

  it('gives repeated slides distinct, stable identities', () => {
    expect(slideIds([{ kind: 'map' }, { kind: 'title' }, { kind: 'map' }, { kind: 'map', unit: '058' }])).toEqual(['m', 't', 'm#2', 'm!058']);
  });
});

describe('presentation parameters', () => {
  it.each([
    [{}, { deck: null, slide: null, theme: 'light', presenter: false }],
    [
      { s: '5', th: 'dark', presenter: '1' },
      { deck: null, slide: 5, theme: 'dark', presenter: true },
    ],
    [{ s: '0' }, { slide: 1 }],
    [
      { s: 'five', th: 'pink', presenter: 'yes' },
      { slide: null, theme: 'light', presenter: false },
    ],
    [{ s: '99999' }, { slide: null }],
  ])('%o reads as %o', (extra, expected) => {
    expect(parsePresentParams(extra)).toMatchObject(expected);
  });

  it('writes only what differs from the defaults and keeps other views’ parameters', () => {
    expect(withPresentParams({ cs: 'name', s: '3', th: 'dark' }, { slide: null, theme: 'light' })).toEqual({ cs: 'name' });
    expect(withPresentParams({}, { slide: 2, presenter: true, deck: [{ kind: 'title' }] })).toEqual({ s: '2', presenter: '1', deck: '1*t' });
    expect(withPresentParams({ deck: '1*t*m' }, { deck: null })).toEqual({});
  });
});
