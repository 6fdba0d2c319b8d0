/**
 * The difficulties slides' text, laid out on as many slides as it needs (never cut): the reports
 * about the period, newest first, each with its unit and date; shared by the slide body and the
 * deck, which adds a continuation slide per extra page.
 */
import type { Note } from '@/api/contract';
import { deckDifficulties } from '@/domain/deck-notes';
import type { PeriodSelection } from '@/domain/periods';
import { paginateText, type TextPageLayout, type TextPart } from '@/domain/slide-text-pages';
import { formatDate } from '@/i18n/format';
import type { I18n } from '@/i18n/i18n-context';
import { SLIDE } from '../slide-types';

/** Reports shown; the others are counted in a footnote. */
export const DIFFICULTIES = 3;
/** Room kept under the text for the footnote, px. */
const NOTE_ROOM = 56;

/** The sizes the slide draws the notes with (present.css, .slide-notes--flow). */
export const NOTES_LAYOUT = {
  width: SLIDE.body.width - 30,
  height: SLIDE.body.height - NOTE_ROOM,
  heading: { size: 28, line: 37 },
  meta: { size: 24, line: 32 },
  text: { size: 28, line: 37 },
  gap: 28,
} as const;

export interface DifficultyPages {
  pages: TextPart[][];
  /** Reports left out beyond DIFFICULTIES. */
  more: number;
}

export function difficultyPages(notes: readonly Note[], period: PeriodSelection, { t, lang }: Pick<I18n, 't' | 'lang'>): DifficultyPages {
  const shown = deckDifficulties(notes, period, DIFFICULTIES);
  const items = shown.items.map((n) => ({
    key: n.id,
    heading: n.title,
    meta: t('present.difficulties.meta', { unit: n.unitName, date: formatDate(n.date, lang) }),
    text: n.body,
  }));
  const layout: TextPageLayout = { ...NOTES_LAYOUT, continuedHeading: (heading) => t('present.difficulties.continued', { heading }) };
  return { pages: items.length ? paginateText(items, layout) : [], more: shown.more };
}
