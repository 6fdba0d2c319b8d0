import { describe, expect, it } from 'vitest';
import {
  addSlide,
  buildDeck,
  clampSlide,
  deckDimensions,
  deckDocuments,
  dropSlide,
  kpiPages,
  MAX_SLIDES,
  moveSlide,
  resolveSlide,
  type DeckIndicator,
  type DeckView,
  type SlideSpec,
} from './deck';

const ind = (code: string, area: DeckIndicator['area'], extra: Partial<DeckIndicator> = {}): DeckIndicator => ({
  code,
  area,
  kind: 'flow',
  sensitive: false,
  disaggregations: [],
  ...extra,
});

/** The demo catalogue's shape: 8 ND1, 6 ND2, 2 ND3, 2 ND4, 3 sensitive outcomes, 3 finance. */
const CATALOGUE: DeckIndicator[] = [
  ind('P8.1.1', 'ND1', { kind: 'stock' }),
  ind('P8.1.2', 'ND1', { kind: 'stock', disaggregations: ['sex', 'ethnicity'] }),
  ind('P8.1.3', 'ND1'),
  ind('P8.1.4', 'ND1'),
  ind('P8.1.5', 'ND1', { kind: 'person_times', disaggregations: ['sex', 'ethnicity', 'age', 'participant_role'] }),
  ind('P8.2.1', 'ND2', { kind: 'stock' }),
  ind('P8.2.2', 'ND2', { sensitive: true }),
  ind('P8.2.3', 'ND2', { kind: 'stock' }),
  ind('P8.2.4', 'ND2', { kind: 'stock', disaggregations: ['sex'] }),
  ind('P8.2.5', 'ND2'),
  ind('P8.2.7', 'ND2', { disaggregations: ['ethnicity'] }),
  ind('P8.3.1', 'ND3'),
  ind('P8.3.4', 'ND3', { disaggregations: ['ethnicity'] }),
  ind('P8.4.1', 'ND4'),
  ind('P8.4.2', 'ND4', { kind: 'person_times', disaggregations: ['role', 'sex'] }),
  ind('P8.C.0', 'ND1', { kind: 'stock' }),
  ind('P8.C.1', 'ND1', { kind: 'stock' }),
  ind('P8.C.2', 'ND1', { kind: 'rate' }),
  ind('P8.O.1', 'OUT', { sensitive: true, disaggregations: ['ethnicity', 'age'] }),
  ind('P8.O.3', 'OUT', { sensitive: true }),
  ind('P8.O.4', 'OUT', { sensitive: true }),
  ind('P8.F.1', 'FIN'),
  ind('P8.F.2', 'FIN'),
  ind('P8.F.3', 'FIN', { kind: 'rate' }),
];

const AREAS = ['ND1', 'ND2', 'ND3', 'ND4', 'OUT', 'FIN'].map((code) => ({ code }));
const LEVELS = [{ kind: 'province' }, { kind: 'district' }, { kind: 'commune' }, { kind: 'village' }] as const;
const view = (unit: DeckView['unit'], indicator = 'P8.1.1'): DeckView => ({ unit, levels: LEVELS, indicator, indicators: CATALOGUE, areas: AREAS });
const kinds = (deck: SlideSpec[]) => deck.map((s) => [s.kind, s.indicator, s.dimension, s.page].filter((x) => x !== undefined).join(' '));

/** The slides of a unit with units below it, around the given breakdown slides. */
const withUnitsBelow = (...breakdowns: string[]) => [
  'title',
  'summary',
  'kpis',
  'kpis 2',
  'kpis 3',
  'achievement',
  'map',
  'trend',
  ...breakdowns,
  'lagging',
  'difficulties',
  'conclusions',
];

describe('building a deck from the current view', () => {
  it('gives a commune with villages every part of a review meeting, in order', () => {
    const deck = buildDeck(view({ code: '01846', level: 3, childCount: 14 }));
    // P8.1.1 has no disaggregation: participants (P8.1.5) by sex and ethnicity instead.
    expect(kinds(deck)).toEqual(withUnitsBelow('breakdown P8.1.5 sex', 'breakdown P8.1.5 ethnicity'));
    // Slides follow the deck's unit and indicator unless they name their own.
    expect(deck.every((s) => s.unit === undefined)).toBe(true);
  });

  it.each([
    [
      'a village: nothing about children',
      { code: '01846.14', level: 4, childCount: 0 },
      'P8.1.1',
      ['title', 'summary', 'kpis', 'kpis 2', 'kpis 3', 'trend', 'breakdown P8.1.5 sex', 'breakdown P8.1.5 ethnicity', 'difficulties', 'conclusions'],
    ],
    ['the selected indicator’s own dimensions', { code: '06', level: 1, childCount: 8 }, 'P8.1.2', withUnitsBelow('breakdown sex', 'breakdown ethnicity')],
    ['a single dimension, preferred ones first', { code: '058', level: 2, childCount: 8 }, 'P8.4.2', withUnitsBelow('breakdown sex', 'breakdown role')],
  ] as const)('%s', (_, unit, indicator, expected) => {
    expect(kinds(buildDeck(view(unit, indicator)))).toEqual(expected);
  });

  it('gives long difficulties their continuation slides, right after the first', () => {
    const deck = buildDeck({ ...view({ code: '01846.14', level: 4, childCount: 0 }), difficultyPages: 3 });
    expect(kinds(deck).slice(-4)).toEqual(['difficulties', 'difficulties 2', 'difficulties 3', 'conclusions']);
  });

  it('shows a sensitive indicator only by the dimensions published at the level', () => {
    const outcome = CATALOGUE.find((i) => i.code === 'P8.O.1')!;
    expect(deckDimensions(outcome, LEVELS, 2)).toEqual(['ethnicity', 'age']);
    expect(deckDimensions(outcome, LEVELS, 3)).toEqual(['ethnicity']);
    expect(deckDimensions(outcome, LEVELS, 4)).toEqual([]);
    expect(kinds(buildDeck(view({ code: '01846', level: 3, childCount: 14 }, 'P8.O.1')))).toContain('breakdown ethnicity');
    // Below the commune level it is not published: participants are shown instead.
    expect(kinds(buildDeck(view({ code: '01846.14', level: 4, childCount: 0 }, 'P8.O.1')))).toContain('breakdown P8.1.5 sex');
  });

  it('falls back to the first indicator when the selected one is unknown', () => {
    expect(kinds(buildDeck(view({ code: '06', level: 1, childCount: 8 }, 'NOPE')))).toContain('trend');
  });

  it('splits the key figures into slides of whole content areas', () => {
    const areas = AREAS;
    const catalogue = { areas, indicators: CATALOGUE };
    expect(kpiPages(catalogue).map((p) => p.length)).toEqual([8, 10, 6]);
    expect(kpiPages(catalogue)[0]).toEqual(['P8.1.1', 'P8.1.2', 'P8.1.3', 'P8.1.4', 'P8.1.5', 'P8.C.0', 'P8.C.1', 'P8.C.2']);
    expect(kpiPages(catalogue, 4).every((p) => p.length <= 4)).toBe(true);
    expect(kpiPages(catalogue, 4).flat()).toHaveLength(CATALOGUE.length);
    expect(kpiPages({ areas, indicators: [] })).toEqual([]);
    // The areas' order is the catalogue's, not a fixed list.
    expect(kpiPages({ areas: [{ code: 'FIN' }, { code: 'ND1' }], indicators: CATALOGUE })).toEqual([
      ['P8.F.1', 'P8.F.2', 'P8.F.3'],
      ['P8.1.1', 'P8.1.2', 'P8.1.3', 'P8.1.4', 'P8.1.5', 'P8.C.0', 'P8.C.1', 'P8.C.2'],
    ]);
  });
});

describe('editing a deck', () => {
  const deck: SlideSpec[] = [{ kind: 'title' }, { kind: 'kpis' }, { kind: 'map' }, { kind: 'trend' }];
  const names = (d: SlideSpec[]) => d.map((s) => s.kind);

  it.each([
    ['down one', 1, 2, ['title', 'map', 'kpis', 'trend']],
    ['up one', 2, 1, ['title', 'map', 'kpis', 'trend']],
    ['to the end', 0, 3, ['kpis', 'map', 'trend', 'title']],
    ['past the end: to the end', 0, 10, ['kpis', 'map', 'trend', 'title']],
    ['before the start: to the start', 3, -1, ['trend', 'title', 'kpis', 'map']],
    ['from nowhere: unchanged', 7, 0, ['title', 'kpis', 'map', 'trend']],
  ] as const)('moves a slide %s', (_, from, to, expected) => {
    expect(names(moveSlide(deck, from, to))).toEqual(expected);
  });

  it('drops a slide but never the last one', () => {
    expect(names(dropSlide(deck, 2))).toEqual(['title', 'kpis', 'trend']);
    expect(names(dropSlide(deck, 9))).toEqual(names(deck));
    expect(dropSlide([{ kind: 'title' }], 0)).toEqual([{ kind: 'title' }]);
  });

  it('adds a slide at the end or at a place, up to the limit', () => {
    const added: SlideSpec = { kind: 'trend', unit: '01846.05', indicator: 'P8.1.5' };
    expect(addSlide(deck, added).at(-1)).toEqual(added);
    expect(names(addSlide(deck, added, 1))).toEqual(['title', 'trend', 'kpis', 'map', 'trend']);
    const full = Array.from({ length: MAX_SLIDES }, (): SlideSpec => ({ kind: 'map' }));
    expect(addSlide(full, added)).toHaveLength(MAX_SLIDES);
    // The original is never changed.
    expect(names(deck)).toEqual(['title', 'kpis', 'map', 'trend']);
  });

  it.each([
    [5, 12, 5],
    [0, 12, 1],
    [13, 12, 12],
    [Number.NaN, 12, 1],
    [3, 0, 1],
  ])('keeps slide %d of %d in range: %d', (slide, count, expected) => {
    expect(clampSlide(slide, count)).toBe(expected);
  });
});

describe('what a deck needs loaded', () => {
  it('fills in the deck’s unit and indicator', () => {
    expect(resolveSlide({ kind: 'map' }, '01846', 'P8.1.1')).toEqual({ kind: 'map', unit: '01846', indicator: 'P8.1.1', dimension: null, page: 1 });
    expect(resolveSlide({ kind: 'breakdown', unit: '01846.05', indicator: 'P8.1.5', dimension: 'sex' }, '01846', 'P8.1.1')).toMatchObject({
      unit: '01846.05',
      indicator: 'P8.1.5',
      dimension: 'sex',
    });
  });

  it('lists unit documents, boundaries of map slides, and notes of the unit and its ancestors for conclusions', () => {
    const path = ['06', '058', '01846'];
    const docs = deckDocuments([
      { kind: 'title', unit: '01846', path },
      { kind: 'map', unit: '01846', path },
      { kind: 'trend', unit: '01846.05', path: [...path, '01846.05'] },
      { kind: 'difficulties', unit: '01846', path },
      { kind: 'conclusions', unit: '01846', path },
    ]);
    expect(docs.units.sort()).toEqual(['01846', '01846.05']);
    expect(docs.boundaries).toEqual(['01846']);
    expect(docs.notes.sort()).toEqual(['01846', '058', '06']);
  });
});
