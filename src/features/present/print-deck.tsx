/**
 * Every slide of the deck, one per landscape page, for printing (PDF) and for the PPTX export:
 * hidden on screen, shown alone when printing, and moved just off screen while the export draws
 * pictures of slide bodies. Always in the light theme. Each slide reports what it exports.
 */
import { memo, useCallback } from 'react';
import { createPortal } from 'react-dom';
import type { SlideExportBody } from '@/domain/slides/slide-body';
import { SlideExportProvider, type ExportRegistry } from './slide-export';
import { SlideSheet, type DeckInfo } from './slide-frame';
import type { DeckSlide, SlideContentComponent } from './slide-types';

interface Props {
  slides: readonly DeckSlide[];
  info: DeckInfo;
  Content: SlideContentComponent;
  registry: ExportRegistry;
  /** Drawn off screen (for pictures) instead of hidden. */
  capturing: boolean;
}

const PrintSlide = memo(function PrintSlide({ slide, info, Content, registry }: Omit<Props, 'slides' | 'capturing'> & { slide: DeckSlide }) {
  const onExport = useCallback((body: SlideExportBody) => registry.set(slide.id, body), [registry, slide.id]);
  return (
    <section className="present-print__page">
      <SlideExportProvider onExport={onExport}>
        <SlideSheet slide={slide} deck={info} Content={Content} theme="light" heading="h2" />
      </SlideExportProvider>
    </section>
  );
});

export function PrintDeck({ slides, info, Content, registry, capturing }: Props) {
  if (typeof document === 'undefined') return null;
  return createPortal(
    <div className={`present-print${capturing ? ' present-print--capture' : ''}`} aria-hidden="true">
      {slides.map((slide) => (
        <PrintSlide key={slide.id} slide={slide} info={info} Content={Content} registry={registry} />
      ))}
    </div>,
    document.body,
  );
}
