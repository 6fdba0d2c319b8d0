/**
 * The deck and the presentation state in the URL (view-state `extra`, format version 1):
 * deck=1*t*k*k!2*a*m*tr*d!!P8.1.5!sex*l*df*c (slides separated by "*", fields by "!"; empty
 * fields mean "the deck's unit / indicator"), s=5 (slide number while presenting), th=dark,
 * presenter=1 (the presenter's window). The default deck is left out of the URL. Parsing never
 * throws: unknown tokens are dropped, and a deck with none left falls back to the default.
 */
import { MAX_SLIDES, SLIDE_KINDS, type SlideKind, type SlideSpec } from './deck';

export const DECK_PARAM = 'deck';
export const SLIDE_PARAM = 's';
export const THEME_PARAM = 'th';
export const PRESENTER_PARAM = 'presenter';
export const DECK_FORMAT_VERSION = '1';

const SLIDE_SEP = '*';
const FIELD_SEP = '!';
const CODE_RE = /^[0-9A-Za-z._-]{1,32}$/;
const DIMENSION_RE = /^[a-z][a-z0-9_]{0,31}$/;

const KIND_CODE: Readonly<Record<SlideKind, string>> = {
  title: 't',
  summary: 's',
  kpis: 'k',
  achievement: 'a',
  map: 'm',
  trend: 'tr',
  breakdown: 'd',
  lagging: 'l',
  difficulties: 'df',
  conclusions: 'c',
};
const KIND_OF = new Map<string, SlideKind>(SLIDE_KINDS.map((k) => [KIND_CODE[k], k]));

const pageField = (page: number | undefined) => (page && page > 1 ? String(page) : '');
const PAGE_RE = /^[1-9]\d?$/;

/** One slide as a URL token: "a", "k!2", "d!!P8.1.5!sex", "tr!01846.05!P8.1.5", "df!!!!2" (a continuation page). */
export function encodeSlide(slide: SlideSpec): string {
  const fields =
    slide.kind === 'kpis'
      ? [pageField(slide.page)]
      : [slide.unit ?? '', slide.indicator ?? '', slide.dimension ?? '', slide.kind === 'difficulties' ? pageField(slide.page) : ''];
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return [KIND_CODE[slide.kind], ...fields].join(FIELD_SEP);
}

/** A slide from its token; null when the token is not one. */
export function parseSlide(token: string): SlideSpec | null {
  const [code, ...fields] = token.split(FIELD_SEP);
  const kind = KIND_OF.get(code ?? '');
  if (!kind) return null;
  if (kind === 'kpis') {
    if (fields.length > 1) return null;
    if (fields.length === 0 || fields[0] === '') return { kind };
    const page = Number(fields[0]);
    return PAGE_RE.test(fields[0]!) ? (page === 1 ? { kind } : { kind, page }) : null;
  }
  if (fields.length > 4) return null;
  const [unit = '', indicator = '', dimension = '', page = ''] = fields;
  if ((unit && !CODE_RE.test(unit)) || (indicator && !CODE_RE.test(indicator)) || (dimension && !DIMENSION_RE.test(dimension))) return null;
  if (page && (kind !== 'difficulties' || !PAGE_RE.test(page))) return null;
  const slide: SlideSpec = { kind };
  if (unit) slide.unit = unit;
  if (indicator) slide.indicator = indicator;
  if (dimension) slide.dimension = dimension;
  if (page && page !== '1') slide.page = Number(page);
  return slide;
}

export function encodeDeck(deck: readonly SlideSpec[]): string {
  return [DECK_FORMAT_VERSION, ...deck.map(encodeSlide)].join(SLIDE_SEP);
}

/** The deck of a URL value; null when absent, of another format version, or without a valid slide. */
export function parseDeck(text: string | null | undefined): SlideSpec[] | null {
  if (!text) return null;
  const [version, ...tokens] = text.split(SLIDE_SEP);
  if (version !== DECK_FORMAT_VERSION) return null;
  const deck = tokens
    .map(parseSlide)
    .filter((s): s is SlideSpec => s !== null)
    .slice(0, MAX_SLIDES);
  return deck.length > 0 ? deck : null;
}

/**
 * Stable identities of a deck's slides (for speaker notes and list keys): the slide's token,
 * with "#2", "#3"… for repeats, so notes follow a slide when the deck is reordered.
 */
export function slideIds(deck: readonly SlideSpec[]): string[] {
  const seen = new Map<string, number>();
  return deck.map((slide) => {
    const token = encodeSlide(slide);
    const n = (seen.get(token) ?? 0) + 1;
    seen.set(token, n);
    return n === 1 ? token : `${token}#${n}`;
  });
}

export type PresentTheme = 'light' | 'dark';

export interface PresentParams {
  /** The deck in the URL; null: none (use the saved or the default deck). */
  deck: SlideSpec[] | null;
  /** Slide number (1-based) while presenting; null: not presenting. */
  slide: number | null;
  theme: PresentTheme;
  /** This window is the presenter's window. */
  presenter: boolean;
}

export function parsePresentParams(extra: Readonly<Record<string, string>>): PresentParams {
  const slideText = extra[SLIDE_PARAM];
  const slide = slideText !== undefined && /^\d{1,3}$/.test(slideText) ? Math.max(1, Number(slideText)) : null;
  return {
    deck: parseDeck(extra[DECK_PARAM]),
    slide,
    theme: extra[THEME_PARAM] === 'dark' ? 'dark' : 'light',
    presenter: extra[PRESENTER_PARAM] === '1',
  };
}

/** The `extra` parameters with some presentation parameters changed; defaults removed, other views' parameters kept. */
export function withPresentParams(extra: Readonly<Record<string, string>>, patch: Partial<PresentParams>): Record<string, string> {
  const next: PresentParams = { ...parsePresentParams(extra), ...patch };
  const out: Record<string, string> = { ...extra };
  for (const key of [DECK_PARAM, SLIDE_PARAM, THEME_PARAM, PRESENTER_PARAM]) delete out[key];
  if (next.deck && next.deck.length > 0) out[DECK_PARAM] = encodeDeck(next.deck);
  if (next.slide !== null) out[SLIDE_PARAM] = String(next.slide);
  if (next.theme === 'dark') out[THEME_PARAM] = 'dark';
  if (next.presenter) out[PRESENTER_PARAM] = '1';
  return out;
}

/** Same slides in the same order. */
export const sameDeck = (a: readonly SlideSpec[], b: readonly SlideSpec[]): boolean => encodeDeck(a) === encodeDeck(b);
