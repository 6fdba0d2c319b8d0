/**
 * The "Trình chiếu" view: the deck editor, the audience screen while presenting (s=<slide> in the
 * URL), or the presenter's console in a second window (presenter=1); the print deck for PDF and
 * PPTX. The slide bodies are drawn by the `SlideContent` the app passes in.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { boundariesQueryOptions } from '@/api/get-boundaries';
import { notesQueryOptions } from '@/api/get-notes';
import { unitQueryOptions } from '@/api/get-unit';
import { clampSlide, deckDocuments } from '@/domain/deck';
import { encodeDeck, parseDeck, sameDeck, withPresentParams, type PresentParams } from '@/domain/deck-url';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel } from '@/ui/panel';
import { DeckEditor } from './deck-editor';
import { PresenterConsole } from './presenter-console';
import { PrintDeck } from './print-deck';
import type { ShowAction } from './show-keys';
import { ShowStage } from './show-stage';
import { ExportRegistry } from './slide-export';
import type { DeckSlide, SlideContentComponent } from './slide-types';
import { useDeck } from './use-deck';
import { useFullscreen } from '@/ui/use-fullscreen';
import { usePptxExport } from './use-pptx-export';
import { usePresentSync } from './use-present-sync';
import './present.css';

export interface PresentViewProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  indicator: string;
  /** Draws the body of each slide (composed by the app from the features). */
  SlideContent: SlideContentComponent;
}

/** Loads every document the deck needs as soon as it is built, so the meeting needs no network. */
function usePrefetchDeck(slides: readonly DeckSlide[], doc: UnitDocument) {
  const client = useQueryClient();
  const paths = useMemo(() => new Map([doc.unit, ...doc.children].map((u) => [u.code, u.path])), [doc]);
  const key = JSON.stringify(deckDocuments(slides.map((s) => ({ kind: s.kind, unit: s.unit, path: paths.get(s.unit) ?? [s.unit] }))));
  useEffect(() => {
    const docs = JSON.parse(key) as ReturnType<typeof deckDocuments>;
    for (const code of docs.units) void client.prefetchQuery(unitQueryOptions(code));
    for (const code of docs.boundaries) void client.prefetchQuery(boundariesQueryOptions(code));
    for (const code of docs.notes) void client.prefetchQuery(notesQueryOptions(code));
  }, [client, key]);
}

export function PresentView(props: PresentViewProps) {
  const { doc, catalogue, meta, state, indicator, SlideContent } = props;
  const { t, lang } = useI18n();
  const deck = useDeck(props);
  const { params, slides, info } = deck;
  const [blank, setBlank] = useState(false);
  const [selected, setSelected] = useState(1);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const registry = useMemo(() => new ExportRegistry(deck.key), [deck.key]);
  const pptx = usePptxExport(slides, info, deck.notes, registry);
  const startButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  usePrefetchDeck(slides, doc);

  const current = params.slide === null ? null : clampSlide(params.slide, slides.length);
  const leaveRef = useRef<() => void>(() => undefined);
  const fullscreen = useFullscreen(undefined, () => leaveRef.current());
  const leave = () => {
    fullscreen.exit();
    setBlank(false);
    if (current !== null) setSelected(current);
    returning.current = true;
    deck.update({ slide: null });
  };
  useEffect(() => {
    leaveRef.current = () => {
      if (params.slide !== null && !params.presenter) leave();
    };
  });
  useEffect(() => {
    if (params.slide === null && returning.current) {
      returning.current = false;
      startButton.current?.focus();
    }
  }, [params.slide]);

  const localSlides = params.deck ? encodeDeck(params.deck) : null;
  const post = usePresentSync(deck.key, (remote) => {
    const patch: Partial<PresentParams> = {};
    if (remote.slides !== undefined && remote.slides !== localSlides) patch.deck = parseDeck(remote.slides);
    if (remote.slide !== undefined) patch.slide = remote.slide;
    if (Object.keys(patch).length > 0) deck.update(patch);
    if (remote.blank !== undefined) setBlank(remote.blank);
  });
  // A deck edited here is sent to the other windows (one received is the same deck: sending it back changes nothing).
  const sentSlides = useRef(localSlides);
  useEffect(() => {
    if (sentSlides.current === localSlides) return;
    sentSlides.current = localSlides;
    post({ slides: localSlides });
  }, [post, localSlides]);
  // The presenter's window, once open, brings the audience window to its slide.
  useEffect(() => {
    if (params.presenter) post({ slide: current ?? 1, blank: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [post, params.presenter]);

  const go = (slide: number) => {
    const n = clampSlide(slide, slides.length);
    deck.update({ slide: n });
    post({ slide: n });
  };
  const onAction = (action: ShowAction) => {
    if (action.type === 'go') go(action.slide);
    else if (action.type === 'blank') {
      setBlank(action.on);
      post({ blank: action.on });
    } else if (action.type === 'fullscreen') fullscreen.toggle();
    else leave();
  };

  const start = (from: number) => {
    fullscreen.enter();
    go(from);
  };
  const openPresenter = () => {
    const href = hrefWith(state, { extra: withPresentParams(state.extra, { presenter: true, slide: selected }) });
    const opened = window.open(href, 'du-an-8-presenter', 'popup,width=1280,height=800');
    setPopupBlocked(!opened);
    if (opened) go(selected);
  };

  if (params.presenter) {
    return (
      <PresenterConsole
        slides={slides}
        info={info}
        Content={SlideContent}
        theme={params.theme}
        current={current ?? 1}
        blank={blank}
        notes={deck.notes}
        onNote={deck.setNote}
        onAction={onAction}
      />
    );
  }

  const busy = pptx.status === 'busy';
  return (
    <>
      {current !== null ? (
        <ShowStage
          slides={slides}
          info={info}
          Content={SlideContent}
          theme={params.theme}
          current={current}
          blank={blank}
          fullscreen={fullscreen}
          onAction={onAction}
        />
      ) : (
        <Panel id="present" title={t('present.title')} dataDate={formatDate(meta.dataDate, lang)}>
          <p className="present-intro">{t('present.intro')}</p>
          <div className="present-actions no-print" data-deck-settled={deck.settled ? 'true' : 'false'}>
            <button ref={startButton} type="button" className="button button--primary" onClick={() => start(1)}>
              {t('present.start')}
            </button>
            {selected > 1 && (
              <button type="button" className="button" onClick={() => start(selected)}>
                {t('present.startFrom', { n: selected })}
              </button>
            )}
            <button type="button" className="button" onClick={openPresenter}>
              {t('present.openPresenter')}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={params.theme === 'dark'}
              onClick={() => deck.update({ theme: params.theme === 'dark' ? 'light' : 'dark' })}
            >
              {t('present.darkTheme')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void pptx.run()}>
              {busy ? t('present.exportingPptx') : t('present.exportPptx')}
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('present.print')}
            </button>
            <button type="button" className="button" disabled={sameDeck(deck.specs, deck.defaults)} onClick={() => deck.setDeck(deck.defaults)}>
              {t('present.reset')}
            </button>
          </div>
          {popupBlocked && (
            <p className="present-warning" role="alert">
              {t('present.popupBlocked')}
            </p>
          )}
          {pptx.failure && (
            <p className="present-warning" role="alert">
              {pptx.failure}
            </p>
          )}
          {deck.storageFailed && (
            <p className="present-warning" role="status">
              {t('present.storageFailed')}
            </p>
          )}
          <div className="field present-body">
            <label htmlFor="present-body">{t('present.bodyLabel')}</label>
            <input id="present-body" type="text" value={deck.presentingBody} maxLength={200} onChange={(e) => deck.setPresentingBody(e.target.value)} />
          </div>
          <p className="present-hint">{t('present.keys')}</p>
          <DeckEditor
            deck={deck}
            doc={doc}
            catalogue={catalogue}
            levels={meta.levels}
            indicator={indicator}
            Content={SlideContent}
            selected={selected}
            onSelect={setSelected}
          />
        </Panel>
      )}
      <PrintDeck slides={slides} info={info} Content={SlideContent} registry={registry} capturing={pptx.capturing} />
    </>
  );
}
