/**
 * The device's saved copy of API documents, as the client sees it. The offline feature plugs Cache
 * Storage in (src/features/offline/offline-cache.ts); without it (no service worker, tests) nothing is
 * saved. Only documents that passed the contract are ever stored: a broken answer (a truncated body,
 * a captive portal's HTML page) is never kept, and a saved copy that no longer parses is removed.
 */

/** Header on a document answered from the saved copy (the service worker serves it when the network fails). */
export const SAVED_AT_HEADER = 'x-saved-at';

export interface DocumentCache {
  /** The saved text of a document, or null. */
  read(path: string): Promise<string | null>;
  /** Saves a document that passed the contract. */
  store(path: string, text: string): Promise<void>;
  /** Removes a saved copy that failed to parse. */
  evict(path: string): Promise<void>;
}

let current: DocumentCache | null = null;

export function setDocumentCache(cache: DocumentCache | null): void {
  current = cache;
}

export const documentCache = (): DocumentCache | null => current;
