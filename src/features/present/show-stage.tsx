/**
 * The audience screen: the current slide filling the window (16:9, letterboxed), driven by the
 * keyboard or a clicker; B blanks it; the slide number is in the URL. Controls for the mouse
 * appear while the mouse moves.
 */
import { useEffect, useRef, useState } from 'react';
import type { PresentTheme } from '@/domain/deck-url';
import { useI18n } from '@/i18n/i18n-context';
import type { ShowAction } from './show-keys';
import { ScaledSlide, SlideSheet, type DeckInfo } from './slide-frame';
import type { DeckSlide, SlideContentComponent } from './slide-types';
import { useShowKeys } from './use-show-keys';

interface Props {
  slides: readonly DeckSlide[];
  info: DeckInfo;
  Content: SlideContentComponent;
  theme: PresentTheme;
  /** 1-based, within the deck. */
  current: number;
  blank: boolean;
  fullscreen: { active: boolean; supported: boolean; toggle: () => void };
  onAction: (action: ShowAction) => void;
}

const CONTROLS_MS = 2500;

export function ShowStage({ slides, info, Content, theme, current, blank, fullscreen, onAction }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [controls, setControls] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const buffer = useShowKeys({ current, count: slides.length, blank }, onAction);
  const slide = slides[current - 1];

  useEffect(() => {
    ref.current?.focus();
    const root = document.documentElement;
    root.classList.add('is-presenting');
    return () => {
      root.classList.remove('is-presenting');
      clearTimeout(timer.current);
    };
  }, []);

  const showControls = () => {
    setControls(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setControls(false), CONTROLS_MS);
  };

  if (!slide) return null;
  return (
    <div
      ref={ref}
      className="present-show"
      data-theme={theme}
      data-fullscreen={fullscreen.active}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.show', { n: current, total: slides.length })}
      aria-describedby="present-keys-help"
      tabIndex={-1}
      onMouseMove={showControls}
    >
      <ScaledSlide className="present-show__stage">
        <SlideSheet slide={slide} deck={info} Content={Content} theme={theme} />
      </ScaledSlide>
      <p className="visually-hidden" id="present-keys-help">
        {t('present.keys')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {t('present.showCurrent', { n: current, total: slides.length, title: slide.title })}
      </p>
      {buffer && (
        <p className="present-jump" aria-live="polite">
          {t('present.jump', { n: buffer })}
        </p>
      )}
      {controls && !blank && (
        <div className="present-controls" role="group" aria-label={t('present.title')} onMouseMove={showControls}>
          <button type="button" className="button" onClick={() => onAction({ type: 'go', slide: current - 1 })} disabled={current <= 1}>
            {t('present.prev')}
          </button>
          <span className="present-controls__count">{t('present.footer.slide', { n: current, total: slides.length })}</span>
          <button type="button" className="button" onClick={() => onAction({ type: 'go', slide: current + 1 })} disabled={current >= slides.length}>
            {t('present.next')}
          </button>
          {fullscreen.supported && (
            <button type="button" className="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
              {t('present.fullscreen')}
            </button>
          )}
          <button type="button" className="button" onClick={() => onAction({ type: 'leave' })}>
            {t('present.exit')}
          </button>
        </div>
      )}
      {blank && (
        <div className="present-blank" role="status">
          <span className="visually-hidden">{t('present.blanked')}</span>
        </div>
      )}
    </div>
  );
}
