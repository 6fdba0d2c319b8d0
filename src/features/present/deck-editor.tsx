/**
 * The deck before the meeting: the list of slides (select, move up or down, drop), a preview and
 * the speaker notes of the selected slide, a form to add slides, and the presenting body.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { addSlide, dropSlide, moveSlide, type SlideSpec } from '@/domain/deck';
import { useI18n } from '@/i18n/i18n-context';
import { AddSlideForm } from './add-slide-form';
import { ScaledSlide, SlideSheet } from './slide-frame';
import type { SlideContentComponent } from './slide-types';
import type { DeckModel } from './use-deck';

interface Props {
  deck: DeckModel;
  doc: UnitDocument;
  catalogue: Catalogue;
  levels: Meta['levels'];
  indicator: string;
  Content: SlideContentComponent;
  /** The selected slide number, shared with the start button. */
  selected: number;
  onSelect: (n: number) => void;
}

export function DeckEditor({ deck, doc, catalogue, levels, indicator, Content, selected, onSelect }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [announce, setAnnounce] = useState('');
  const focusNext = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const { slides } = deck;
  const current = slides[Math.min(selected, slides.length) - 1] ?? slides[0];

  useEffect(() => {
    if (!focusNext.current) return;
    const wanted = focusNext.current;
    const target = [...(list.current?.querySelectorAll<HTMLButtonElement>('[data-focus]') ?? [])].find((b) => b.dataset.focus === wanted);
    focusNext.current = null;
    target?.focus();
  });

  const move = (index: number, delta: -1 | 1) => {
    const slide = slides[index]!;
    const to = index + delta;
    deck.setDeck(moveSlide(deck.specs, index, to));
    onSelect(to + 1);
    // Keep the focus on the same button of the moved slide, or on its other arrow at the ends.
    const edge = (delta === -1 && to === 0) || (delta === 1 && to === slides.length - 1);
    focusNext.current = `${slide.id}:${edge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}`;
    setAnnounce(t('present.moved', { title: slide.title, n: to + 1 }));
  };
  const drop = (index: number) => {
    const slide = slides[index]!;
    deck.setDeck(dropSlide(deck.specs, index));
    const next = slides[index + 1] ?? slides[index - 1];
    if (next) focusNext.current = `${next.id}:select`;
    onSelect(Math.max(1, Math.min(index + 1, slides.length - 1)));
    setAnnounce(t('present.dropped', { title: slide.title }));
  };
  const add = (added: SlideSpec[]) => {
    let next = deck.specs as SlideSpec[];
    for (const s of added) next = addSlide(next, s);
    deck.setDeck(next);
    onSelect(deck.specs.length + 1);
    setAnnounce(t('present.added', { n: deck.specs.length + 1, title: t(`present.kind.${added[0]?.kind ?? 'trend'}`) }));
  };

  return (
    <div className="present-editor">
      <div className="present-editor__list">
        <h3 className="present-editor__heading" id={`${id}-list`}>
          {t('present.list', { count: slides.length })}
        </h3>
        <ol ref={list} className="present-slides" aria-labelledby={`${id}-list`}>
          {slides.map((slide, index) => (
            <li key={slide.id} className={slide.number === current?.number ? 'is-selected' : undefined}>
              <button
                type="button"
                className="present-slides__select"
                aria-current={slide.number === current?.number ? 'true' : undefined}
                data-focus={`${slide.id}:select`}
                onClick={() => onSelect(slide.number)}
              >
                <span className="present-slides__number">{slide.number}.</span> {slide.title}
              </button>
              <span className="present-slides__actions">
                <button
                  type="button"
                  className="button"
                  data-focus={`${slide.id}:up`}
                  aria-label={t('present.up', { n: slide.number })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button"
                  data-focus={`${slide.id}:down`}
                  aria-label={t('present.down', { n: slide.number })}
                  disabled={index === slides.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('present.drop', { n: slide.number })}
                  disabled={slides.length <= 1}
                  onClick={() => drop(index)}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
        <p className="visually-hidden" role="status">
          {announce}
        </p>
        <AddSlideForm doc={doc} catalogue={catalogue} levels={levels} indicator={indicator} count={slides.length} onAdd={add} />
      </div>
      {current && (
        <div className="present-editor__preview">
          <figure className="present-preview" aria-label={t('present.preview', { n: current.number })}>
            <ScaledSlide className="present-preview__frame">
              <SlideSheet slide={current} deck={deck.info} Content={Content} theme={deck.params.theme} heading="h3" />
            </ScaledSlide>
          </figure>
          <div className="field present-notes">
            <label htmlFor={`${id}-notes`}>{t('present.notes', { n: current.number })}</label>
            <textarea
              id={`${id}-notes`}
              rows={4}
              value={deck.notes[current.id] ?? ''}
              onChange={(e) => deck.setNote(current.id, e.target.value)}
              aria-describedby={`${id}-notes-hint`}
            />
            <p className="present-hint" id={`${id}-notes-hint`}>
              {t('present.notesHint')}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
