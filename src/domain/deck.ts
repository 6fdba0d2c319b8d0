/**
 * A presentation deck for a review meeting, built from the current view (unit, indicator, period).
 * Slides only name what they show (kind, unit, indicator, dimension, page); the figures are read
 * from the published documents when a slide is drawn, so a deck is small enough for the URL.
 */
import type { ContentArea, Indicator } from './indicators';
import type { LevelDef } from './levels';
import { publishedDimensions } from './suppression';

export const SLIDE_KINDS = ['title', 'summary', 'kpis', 'achievement', 'map', 'trend', 'breakdown', 'lagging', 'difficulties', 'conclusions'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** Kinds that draw the children of their unit: nothing to show for a unit without children. */
export const NEEDS_CHILDREN: ReadonlySet<SlideKind> = new Set<SlideKind>(['achievement', 'map', 'lagging']);
/** Kinds about one indicator. */
export const HAS_INDICATOR: ReadonlySet<SlideKind> = new Set<SlideKind>(['achievement', 'map', 'trend', 'breakdown']);
/** Kinds the presenter can add, for the deck's unit or any of its children. */
export const ADDABLE_KINDS: readonly SlideKind[] = ['summary', 'kpis', 'achievement', 'map', 'trend', 'breakdown', 'lagging', 'difficulties', 'conclusions'];

/** Most slides one deck may hold (keeps the URL short and the print job sane). */
export const MAX_SLIDES = 60;
/** Indicator rows on one key-figures slide (large type for a projector). */
export const KPI_ROWS_PER_SLIDE = 10;
/** Dimensions shown first when a deck picks disaggregations (participants by sex and ethnicity). */
const PREFERRED_DIMENSIONS = ['sex', 'ethnicity'];
const MAX_BREAKDOWN_SLIDES = 2;

export interface SlideSpec {
  kind: SlideKind;
  /** The unit shown; absent: the deck's unit. */
  unit?: string | undefined;
  /** The indicator shown (kinds with an indicator); absent: the deck's indicator. */
  indicator?: string | undefined;
  /** Disaggregation slides: the dimension. */
  dimension?: string | undefined;
  /** Key-figures slides: the page (1-based) of the indicator list; difficulties: the continuation page. */
  page?: number | undefined;
}

export type DeckIndicator = Pick<Indicator, 'code' | 'area' | 'kind' | 'sensitive' | 'disaggregations'>;

export interface DeckView {
  unit: { code: string; level: number; childCount: number };
  /** The dataset's levels, root first. */
  levels: readonly Pick<LevelDef, 'kind'>[];
  /** The selected indicator. */
  indicator: string;
  /** The catalogue, in its order. */
  indicators: readonly DeckIndicator[];
  /** Its content areas, in order. */
  areas: readonly Pick<ContentArea, 'code'>[];
  /** Slides the unit's reported difficulties take (a long text goes on on more slides); 1 when unknown. */
  difficultyPages?: number | undefined;
}

/**
 * The indicators of each key-figures slide: content areas in order, whole areas kept together
 * while they fit, an area longer than a slide split over several.
 */
export function kpiPages(
  catalogue: { areas: readonly Pick<ContentArea, 'code'>[]; indicators: readonly Pick<Indicator, 'code' | 'area'>[] },
  rows = KPI_ROWS_PER_SLIDE,
): string[][] {
  const { indicators } = catalogue;
  const pages: string[][] = [];
  let current: string[] = [];
  for (const area of catalogue.areas) {
    const codes = indicators.filter((i) => i.area === area.code).map((i) => i.code);
    if (codes.length === 0) continue;
    if (current.length > 0 && current.length + codes.length > rows) {
      pages.push(current);
      current = [];
    }
    for (const code of codes) {
      if (current.length === rows) {
        pages.push(current);
        current = [];
      }
      current.push(code);
    }
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** Dimensions a disaggregation slide may show for an indicator at a level (published ones only), preferred first. */
export function deckDimensions(indicator: DeckIndicator, levels: readonly Pick<LevelDef, 'kind'>[], level: number): string[] {
  const published = publishedDimensions(indicator, levels, level);
  const preferred = PREFERRED_DIMENSIONS.filter((d) => published.includes(d));
  return [...preferred, ...published.filter((d) => !preferred.includes(d))].slice(0, MAX_BREAKDOWN_SLIDES);
}

/**
 * The disaggregation slides: the selected indicator by its dimensions, or, when it has none at
 * this level, the first person-times indicator that has (participants by sex and ethnicity).
 */
function breakdownSlides(view: DeckView, selected: DeckIndicator | undefined): SlideSpec[] {
  const dims = (i: DeckIndicator) => deckDimensions(i, view.levels, view.unit.level);
  if (selected && dims(selected).length > 0) return dims(selected).map((dimension) => ({ kind: 'breakdown', dimension }));
  const fallback = view.indicators.find((i) => i.kind === 'person_times' && dims(i).length > 0) ?? view.indicators.find((i) => dims(i).length > 0);
  if (!fallback) return [];
  return dims(fallback).map((dimension) => ({ kind: 'breakdown', indicator: fallback.code, dimension }));
}

/**
 * The deck of a view: title; the headline summary; key figures against targets; achievement by child unit; the map;
 * the trend; disaggregation; the lagging units; reported difficulties; conclusions and requests.
 * Slides about children are left out for a unit without children.
 */
export function buildDeck(view: DeckView): SlideSpec[] {
  const hasChildren = view.unit.childCount > 0;
  const selected = view.indicators.find((i) => i.code === view.indicator) ?? view.indicators[0];
  const deck: SlideSpec[] = [{ kind: 'title' }, { kind: 'summary' }];
  kpiPages(view).forEach((_, i) => deck.push(i === 0 ? { kind: 'kpis' } : { kind: 'kpis', page: i + 1 }));
  if (hasChildren) deck.push({ kind: 'achievement' }, { kind: 'map' });
  if (selected) deck.push({ kind: 'trend' });
  deck.push(...breakdownSlides(view, selected));
  if (hasChildren) deck.push({ kind: 'lagging' });
  deck.push({ kind: 'difficulties' });
  for (let page = 2; page <= (view.difficultyPages ?? 1); page++) deck.push({ kind: 'difficulties', page });
  deck.push({ kind: 'conclusions' });
  return deck;
}

/** The deck with the slide at `from` moved to `to` (both clamped); the same deck when nothing moves. */
export function moveSlide(deck: readonly SlideSpec[], from: number, to: number): SlideSpec[] {
  if (from < 0 || from >= deck.length) return [...deck];
  const target = Math.max(0, Math.min(deck.length - 1, to));
  const out = [...deck];
  const [slide] = out.splice(from, 1);
  out.splice(target, 0, slide!);
  return out;
}

/** The deck without the slide at `index`; a deck keeps at least one slide. */
export function dropSlide(deck: readonly SlideSpec[], index: number): SlideSpec[] {
  if (deck.length <= 1 || index < 0 || index >= deck.length) return [...deck];
  return deck.filter((_, i) => i !== index);
}

/** The deck with a slide inserted at `at` (default: the end); a full deck is returned unchanged. */
export function addSlide(deck: readonly SlideSpec[], slide: SlideSpec, at = deck.length): SlideSpec[] {
  if (deck.length >= MAX_SLIDES) return [...deck];
  const out = [...deck];
  out.splice(Math.max(0, Math.min(deck.length, at)), 0, slide);
  return out;
}

/** A slide number (1-based) brought into the deck: below 1 → 1, past the end → the last slide. */
export function clampSlide(slide: number, count: number): number {
  if (count <= 0) return 1;
  if (!Number.isFinite(slide)) return 1;
  return Math.max(1, Math.min(count, Math.trunc(slide)));
}

/** A slide with the deck's unit and indicator filled in. */
export interface ResolvedSlide {
  kind: SlideKind;
  unit: string;
  indicator: string;
  dimension: string | null;
  page: number;
}

export function resolveSlide(slide: SlideSpec, deckUnit: string, deckIndicator: string): ResolvedSlide {
  return {
    kind: slide.kind,
    unit: slide.unit ?? deckUnit,
    indicator: slide.indicator ?? deckIndicator,
    dimension: slide.dimension ?? null,
    page: slide.page ?? 1,
  };
}

export interface DeckDocuments {
  units: string[];
  boundaries: string[];
  notes: string[];
}

/**
 * The API documents a deck needs, so they can be loaded when the deck is built and the meeting
 * needs no network: each slide's unit document, the boundaries of map slides, the notes of the
 * unit (difficulties) and of its ancestors too (conclusions of inspections that visited it).
 */
export function deckDocuments(slides: readonly (Pick<ResolvedSlide, 'kind' | 'unit'> & { path: readonly string[] })[]): DeckDocuments {
  const units = new Set<string>();
  const boundaries = new Set<string>();
  const notes = new Set<string>();
  for (const slide of slides) {
    if (slide.kind !== 'title') units.add(slide.unit);
    if (slide.kind === 'map') boundaries.add(slide.unit);
    if (slide.kind === 'difficulties') notes.add(slide.unit);
    if (slide.kind === 'conclusions') for (const code of [...slide.path, slide.unit]) notes.add(code);
  }
  return { units: [...units], boundaries: [...boundaries], notes: [...notes] };
}
