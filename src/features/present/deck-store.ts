/**
 * The deck kept in the browser: per view (unit, indicator, period) the edited deck and the
 * speaker notes of its slides, and the presenting body for every deck. Written synchronously to
 * localStorage; when storage refuses, kept in memory for the page and the failure is reported.
 * Other windows (the presenter's) see changes through storage events.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { serializeSelection, type PeriodSelection } from '@/domain/periods';
import { createBrowserStore } from '@/ui/browser-store';

export const PRESENT_PREFIX = 'du-an-8:present:v1:';
export const BODY_KEY = `${PRESENT_PREFIX}body`;

/** The key of a view's deck. */
export const deckKey = (unit: string, indicator: string, period: PeriodSelection): string =>
  `${PRESENT_PREFIX}deck:${unit}|${indicator}|${serializeSelection(period)}`;

export interface SavedDeck {
  /** The deck as in the URL (deck-url encoding); null: the default deck. */
  deck: string | null;
  /** Slide id → speaker notes. */
  notes: Record<string, string>;
}

const EMPTY: SavedDeck = { deck: null, notes: {} };

/** A saved deck from its stored text; anything malformed reads as empty. */
export function parseSavedDeck(raw: string | null): SavedDeck {
  if (!raw) return EMPTY;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return EMPTY;
    const { deck, notes } = value as { deck?: unknown; notes?: unknown };
    const cleanNotes: Record<string, string> = {};
    if (notes && typeof notes === 'object') {
      for (const [id, text] of Object.entries(notes)) if (typeof text === 'string' && text !== '') cleanNotes[id] = text;
    }
    return { deck: typeof deck === 'string' ? deck : null, notes: cleanNotes };
  } catch {
    return EMPTY;
  }
}

const store = createBrowserStore(PRESENT_PREFIX);

export const subscribe = store.subscribe;
export const read = store.read;
export const write = store.write;
export const storageFailed = store.failed;

/** The saved deck of a key and its setters. */
export function useSavedDeck(key: string) {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const saved = useMemo(() => parseSavedDeck(raw), [raw]);
  const save = useCallback(
    (patch: Partial<SavedDeck>) => {
      const next = { ...parseSavedDeck(read(key)), ...patch };
      write(key, next.deck === null && Object.keys(next.notes).length === 0 ? null : JSON.stringify(next));
    },
    [key],
  );
  const setNote = useCallback(
    (id: string, text: string) => {
      const notes = { ...parseSavedDeck(read(key)).notes };
      if (text === '') delete notes[id];
      else notes[id] = text;
      save({ notes });
    },
    [key, save],
  );
  return { saved, save, setNote, failed: useSyncExternalStore(subscribe, storageFailed, () => false) };
}

/** The presenting body written on the title slide (one for every deck); null until edited. */
export function usePresentingBody(): [string | null, (text: string | null) => void] {
  const body = useSyncExternalStore(
    subscribe,
    () => read(BODY_KEY),
    () => null,
  );
  const set = useCallback((text: string | null) => void write(BODY_KEY, text), []);
  return [body, set];
}
