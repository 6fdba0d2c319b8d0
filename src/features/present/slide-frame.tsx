/**
 * A slide: the 1920 × 1080 sheet (title, body, footer; or the cover) and the frame that scales it
 * to the space it is shown in (the audience screen, the presenter's window, a preview).
 */
import { Suspense, type ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import type { PresentTheme } from '@/domain/deck-url';
import type { PeriodSelection } from '@/domain/periods';
import { formatDate, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorBoundary } from '@/ui/error-boundary';
import { useElementSize } from '@/ui/use-element-size';
import { SlideMessage } from './slide-blocks';
import { SLIDE, type DeckSlide, type SlideContentComponent } from './slide-types';

export interface DeckInfo {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  period: PeriodSelection;
  /** Written on the cover ("Ban Dân vận Tỉnh ủy Bắc Kạn"). */
  presentingBody: string;
  total: number;
}

interface SheetProps {
  slide: DeckSlide;
  deck: DeckInfo;
  Content: SlideContentComponent;
  theme: PresentTheme;
  /** The slide title's heading element where the slide is shown. */
  heading?: SlideHeading;
}

type SlideHeading = 'h2' | 'h3';

function Cover({ deck, heading: Heading }: { deck: DeckInfo; heading: SlideHeading }) {
  const { t, lang } = useI18n();
  return (
    <div className="slide-cover">
      <p className="slide-cover__program">{deck.meta.program.name[lang]}</p>
      <p className="slide-cover__kicker">{t('present.cover.report')}</p>
      <Heading className="slide-cover__unit">{deck.doc.unit.name}</Heading>
      <p className="slide-cover__period">{formatPeriod(deck.period, lang)}</p>
      <p className="slide-cover__date">
        {t('app.dataDate', { date: formatDate(deck.meta.dataDate, lang) })}
        {deck.meta.demo && <span className="slide-cover__demo"> · {t('app.demoBadge')}</span>}
      </p>
      {deck.presentingBody && <p className="slide-cover__body">{deck.presentingBody}</p>}
    </div>
  );
}

export function SlideSheet({ slide, deck, Content, theme, heading: Heading = 'h2' }: SheetProps) {
  const { t, lang } = useI18n();
  if (slide.kind === 'title') {
    return (
      <div className="slide slide--cover" data-theme={theme} data-slide-id={slide.id}>
        <Cover deck={deck} heading={Heading} />
      </div>
    );
  }
  return (
    <div className="slide" data-theme={theme} data-slide-id={slide.id}>
      <header className="slide__head">
        <Heading className="slide__title">{slide.title}</Heading>
      </header>
      <div className="slide__body">
        <div className="slide__content">
          <ErrorBoundary resetKey={slide.id} fallback={() => <SlideMessage text={t('present.slideCrashed')} />}>
            <Suspense fallback={<SlideMessage text={t('state.loading')} />}>
              <Content slide={slide} doc={deck.doc} catalogue={deck.catalogue} meta={deck.meta} period={deck.period} />
            </Suspense>
          </ErrorBoundary>
        </div>
      </div>
      <footer className="slide__foot">
        <span className="slide__foot-unit">
          {deck.doc.unit.name} · {formatPeriod(deck.period, lang)}
        </span>
        <span>
          {t('app.dataDate', { date: formatDate(deck.meta.dataDate, lang) })}
          {deck.meta.demo && ` · ${t('app.demoBadge')}`}
        </span>
        <span className="slide__number">{t('present.footer.slide', { n: slide.number, total: deck.total })}</span>
      </footer>
    </div>
  );
}

/** Scale that fits a 16:9 slide into a box, and the offsets that centre it. */
export function fitSlide(width: number, height: number): { scale: number; left: number; top: number } {
  if (width <= 0 || height <= 0) return { scale: 0.25, left: 0, top: 0 };
  const scale = Math.min(width / SLIDE.width, height / SLIDE.height);
  return { scale, left: (width - SLIDE.width * scale) / 2, top: (height - SLIDE.height * scale) / 2 };
}

/** Fills its parent and scales the slide inside to fit, centred (letterboxed when the shape differs). */
export function ScaledSlide({ children, className = '' }: { children: ReactNode; className?: string }) {
  const [ref, box] = useElementSize<HTMLDivElement>();
  const fit = fitSlide(box.width, box.height);
  return (
    <div ref={ref} className={`slide-frame ${className}`}>
      <div className="slide-frame__inner" style={{ transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})` }}>
        {children}
      </div>
    </div>
  );
}
