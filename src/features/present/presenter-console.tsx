/**
 * The presenter's window (opened with presenter=1): the current and the next slide, the speaker
 * notes of the current slide (editable), the time and how long the talk has run. It drives the
 * audience window through the sync channel, with the same keys.
 */
import { useEffect, useState } from 'react';
import type { PresentTheme } from '@/domain/deck-url';
import { formatClock, formatElapsed } from '@/i18n/format';
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
  current: number;
  blank: boolean;
  notes: Readonly<Record<string, string>>;
  onNote: (id: string, text: string) => void;
  onAction: (action: ShowAction) => void;
}

function useNow(stepMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), stepMs);
    return () => clearInterval(timer);
  }, [stepMs]);
  return now;
}

export function PresenterConsole({ slides, info, Content, theme, current, blank, notes, onNote, onAction }: Props) {
  const { t, lang } = useI18n();
  const now = useNow();
  const [started, setStarted] = useState(() => Date.now());
  useShowKeys({ current, count: slides.length, blank }, (action) => {
    if (action.type !== 'leave') onAction(action);
  });
  const slide = slides[current - 1];
  const next = slides[current];
  useEffect(() => {
    document.title = t('present.presenter.title');
    document.documentElement.classList.add('is-presenting');
    return () => document.documentElement.classList.remove('is-presenting');
  }, [t]);
  if (!slide) return null;
  const notesId = `presenter-notes-${slide.number}`;
  return (
    <div className="presenter" data-theme={theme}>
      <header className="presenter__bar">
        <h2 className="presenter__title">{t('present.presenter.title')}</h2>
        <p className="presenter__clock">
          <span>{t('present.presenter.clock')}: </span>
          <time>{formatClock(now, lang)}</time>
        </p>
        <p className="presenter__clock">
          <span>{t('present.presenter.elapsed')}: </span>
          <span role="timer">{formatElapsed(now.getTime() - started, lang)}</span>
        </p>
        <button type="button" className="button" onClick={() => setStarted(Date.now())}>
          {t('present.presenter.resetTimer')}
        </button>
      </header>
      <div className="presenter__main">
        <section className="presenter__current" aria-label={t('present.presenter.current', { n: current, total: slides.length })}>
          <h3 className="presenter__label">{t('present.presenter.current', { n: current, total: slides.length })}</h3>
          <ScaledSlide className="presenter__slide">
            <SlideSheet slide={slide} deck={info} Content={Content} theme={theme} heading="h3" />
          </ScaledSlide>
          {blank && <p className="presenter__blanked">{t('present.presenter.blankedNote')}</p>}
        </section>
        <aside className="presenter__side">
          <section aria-label={t('present.presenter.next')}>
            <h3 className="presenter__label">{t('present.presenter.next')}</h3>
            {next ? (
              <ScaledSlide className="presenter__next">
                <SlideSheet slide={next} deck={info} Content={Content} theme={theme} heading="h3" />
              </ScaledSlide>
            ) : (
              <p className="presenter__end">{t('present.presenter.end')}</p>
            )}
          </section>
          <div className="presenter__notes">
            <label htmlFor={notesId}>{t('present.notes', { n: slide.number })}</label>
            <textarea id={notesId} value={notes[slide.id] ?? ''} onChange={(e) => onNote(slide.id, e.target.value)} rows={8} />
          </div>
        </aside>
      </div>
      <footer className="presenter__controls">
        <button type="button" className="button" onClick={() => onAction({ type: 'go', slide: current - 1 })} disabled={current <= 1}>
          {t('present.prev')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => onAction({ type: 'go', slide: current + 1 })}
          disabled={current >= slides.length}
        >
          {t('present.next')}
        </button>
        <button type="button" className="button" aria-pressed={blank} onClick={() => onAction({ type: 'blank', on: !blank })}>
          {blank ? t('present.presenter.unblank') : t('present.presenter.blank')}
        </button>
      </footer>
    </div>
  );
}
