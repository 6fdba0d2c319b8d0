/**
 * The deck of the current view: from the URL, else the browser, else built from the view; its
 * slides resolved, numbered and titled; and the edits, which go to both the URL and the browser.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { buildDeck, kpiPages, resolveSlide, type SlideSpec } from '@/domain/deck';
import { encodeDeck, parseDeck, parsePresentParams, sameDeck, slideIds, withPresentParams, type PresentParams } from '@/domain/deck-url';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { useNotes } from '@/api/get-notes';
import { useI18n } from '@/i18n/i18n-context';
import { difficultyPages } from './slides/difficulty-pages';
import { deckKey, parseSavedDeck, read, usePresentingBody, useSavedDeck } from './deck-store';
import type { DeckInfo } from './slide-frame';
import { slideTitle, type TitleNames } from './slide-titles';
import type { DeckSlide } from './slide-types';

export interface DeckSource {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  indicator: string;
}

export function useDeck({ doc, catalogue, meta, state, indicator }: DeckSource) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const params = useMemo(() => parsePresentParams(state.extra), [state.extra]);
  const key = deckKey(doc.unit.code, indicator, state.period);
  const { saved, save, setNote, failed } = useSavedDeck(key);
  const [storedBody, setPresentingBody] = usePresentingBody();
  // Long difficulties go on on more slides: how many is known once the unit's notes are in.
  const notesQuery = useNotes(doc.unit.code);
  const notes = notesQuery.data?.notes;
  const difficulties = useMemo(() => (notes ? Math.max(1, difficultyPages(notes, state.period, { t, lang }).pages.length) : 1), [notes, state.period, t, lang]);
  const defaults = useMemo(
    () =>
      buildDeck({ unit: doc.unit, levels: meta.levels, indicator, indicators: catalogue.indicators, areas: catalogue.areas, difficultyPages: difficulties }),
    [doc.unit, meta.levels, indicator, catalogue, difficulties],
  );
  const savedDeck = useMemo(() => parseDeck(saved.deck), [saved.deck]);
  const specs = params.deck ?? savedDeck ?? defaults;

  const names: TitleNames = useMemo(() => {
    const units = new Map([doc.unit, ...doc.children].map((u) => [u.code, u.name]));
    const indicators = new Map(catalogue.indicators.map((i) => [i.code, i.name[lang]]));
    const dimensions = new Map(catalogue.dimensions.map((d) => [d.code, d.name[lang]]));
    return {
      deckUnit: doc.unit.code,
      unitName: (code) => units.get(code) ?? code,
      indicatorName: (code) => indicators.get(code) ?? code,
      dimensionName: (code) => dimensions.get(code) ?? code,
      kpiPages: kpiPages(catalogue).length,
    };
  }, [doc, catalogue, lang]);

  const slides: DeckSlide[] = useMemo(() => {
    const ids = slideIds(specs);
    return specs.map((spec, i) => {
      const resolved = resolveSlide(spec, doc.unit.code, indicator);
      return { ...resolved, spec, id: ids[i]!, number: i + 1, title: slideTitle(resolved, names, t) };
    });
  }, [specs, doc.unit.code, indicator, names, t]);

  // The latest state, so that several updates in one handler build on each other.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);
  const update = useCallback(
    (patch: Partial<PresentParams>) => {
      const current = latest.current;
      const href = hrefWith(current, { extra: withPresentParams(current.extra, patch) });
      latest.current = { ...current, extra: withPresentParams(current.extra, patch) };
      void navigate(href, { replace: true });
    },
    [navigate],
  );

  const setDeck = useCallback(
    (next: SlideSpec[]) => {
      const custom = sameDeck(next, defaults) ? null : next;
      save({ deck: custom ? encodeDeck(custom) : null });
      update({ deck: custom });
    },
    [defaults, save, update],
  );

  // The URL and the browser keep the same deck. A deck that comes in through the URL (a shared link, another window) is saved;
  // reacting to the URL only, not to the store, since the two change in separate renders.
  const urlDeck = params.deck ? encodeDeck(params.deck) : null;
  useEffect(() => {
    if (urlDeck !== null && urlDeck !== parseSavedDeck(read(key)).deck) save({ deck: sameDeck(params.deck!, defaults) ? null : urlDeck });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlDeck, key]);
  // Opening the view without a deck in the URL brings the saved one back into it.
  useEffect(() => {
    if (urlDeck === null && savedDeck) update({ deck: savedDeck });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const province = meta.province.name.replace(/^Tỉnh\s+/u, '');
  const presentingBody = storedBody ?? t('present.defaultBody', { province });
  const info: DeckInfo = useMemo(
    () => ({ doc, catalogue, meta, period: state.period, presentingBody, total: slides.length }),
    [doc, catalogue, meta, state.period, presentingBody, slides.length],
  );
  /** The deck's length is settled: the notes that decide how many difficulties slides it has are in. */
  const settled = !notesQuery.isPending;

  return {
    key,
    params,
    specs,
    defaults,
    slides,
    info,
    notes: saved.notes,
    setNote,
    setDeck,
    update,
    storageFailed: failed,
    presentingBody,
    setPresentingBody,
    settled,
  };
}

export type DeckModel = ReturnType<typeof useDeck>;
