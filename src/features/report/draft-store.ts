/**
 * Drafts live in localStorage, written synchronously on every change so a reload, a crash or a
 * lost network never loses what was typed. When storage refuses (full, private mode, blocked),
 * the draft stays in memory for this page and the failure is reported instead of dropping text.
 */
import { compareCodes } from '@/domain/code-order';
import { DRAFT_PREFIX, parseDraft, type ReportDraft } from '@/domain/report/draft';
import { createBrowserStore } from '@/ui/browser-store';

const store = createBrowserStore(DRAFT_PREFIX);

export const subscribe = store.subscribe;

/** The stored text of a draft (a stable snapshot for useSyncExternalStore). */
export const getRaw = store.read;

/** Saves a draft; false when only the in-memory copy could be kept. */
export const saveDraft = (key: string, draft: ReportDraft): boolean => store.write(key, JSON.stringify(draft));

export const removeDraft = (key: string): void => void store.write(key, null);

/** True when the last save could not reach browser storage. */
export const saveFailed = store.failed;

export interface StoredDraft {
  key: string;
  draft: ReportDraft | null;
}

/** Every stored draft, newest first; damaged ones are listed with draft = null so they can be removed. */
export function listDrafts(): StoredDraft[] {
  return store
    .keys()
    .map((key) => ({ key, draft: parseDraft(getRaw(key)) }))
    .sort((a, b) => compareCodes(b.draft?.savedAt ?? '', a.draft?.savedAt ?? ''));
}

let listCache: { version: number; list: StoredDraft[] } | null = null;

/** The draft list as a stable snapshot for useSyncExternalStore: read again only after a change. */
export function draftsSnapshot(): StoredDraft[] {
  if (!listCache || listCache.version !== store.version()) listCache = { version: store.version(), list: listDrafts() };
  return listCache.list;
}
