/**
 * The English of the first screen's messages loads only for a page in English (catalogue.ts).
 * Kept apart from the catalogue so that only the app's entry, not every view, carries the loader.
 */
import type { Language } from '@/domain/view-state';
import { hasCoreMessages, registerCoreEnglish } from './catalogue';

let english: Promise<void> | null = null;
let failed = false;
const listeners = new Set<() => void>();

/** Calls `listener` when a language's load has settled; returns the unsubscribe. */
export function onLanguageSettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a page in `lang` can be drawn now: its messages are there, or their load failed (Vietnamese stands in). */
export const isLanguageSettled = (lang: Language): boolean => hasCoreMessages(lang) || failed;

/**
 * Loads the messages a page in `lang` needs on its first screen, once (Vietnamese is built in).
 * Never rejects: when the English cannot be loaded (offline before it was ever cached), the page
 * shows the Vietnamese text rather than no page.
 */
export function loadLanguage(lang: Language): Promise<void> {
  if (isLanguageSettled(lang)) return Promise.resolve();
  english ??= import('./english')
    .then(
      (m) => registerCoreEnglish(m.coreEnglish),
      () => {
        failed = true;
      },
    )
    .then(() => listeners.forEach((listener) => listener()));
  return english;
}
