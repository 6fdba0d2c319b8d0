/** What the present feature hands to the slide content drawn by the app, and the slide's fixed geometry. */
import type { ComponentType } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import type { ResolvedSlide, SlideSpec } from '@/domain/deck';
import type { PeriodSelection } from '@/domain/periods';

/** A slide of the deck as drawn: resolved against the deck's unit and indicator, numbered and titled. */
export interface DeckSlide extends ResolvedSlide {
  /** Stable identity (speaker notes, keys). */
  id: string;
  /** Position, 1-based. */
  number: number;
  title: string;
  spec: SlideSpec;
}

export interface SlideContentProps {
  slide: DeckSlide;
  /** The deck's unit document (with its children's figures). */
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  period: PeriodSelection;
}

/** Draws the body of a slide (everything but the cover); composed by the app from the features. */
export type SlideContentComponent = ComponentType<SlideContentProps>;

/**
 * A slide is laid out at 1920 × 1080 CSS pixels and scaled to where it is shown, so type sizes
 * are the sizes on a 1080p projector. The body (below the title, above the footer) is fixed too.
 */
export const SLIDE = {
  width: 1920,
  height: 1080,
  head: 160,
  foot: 72,
  body: { x: 72, y: 188, width: 1776, height: 792 },
} as const;

/** px → inches in the PPTX (13.333 in × 7.5 in for 1920 × 1080). */
export const PX_PER_INCH = SLIDE.width / 13.333;
