/**
 * Drafts live in localStorage, written synchronously on every change so a reload, a crash or a
 * lost network never loses what was typed. When storage refuses (full, private mode, blocked),
 * the draft stays in memory for this page and the failure is reported instead of dropping text.
 */
import { DRAFT_PREFIX, parseDraft, type ReportDraft } from '@/domain/report/draft';

type Listener = () => void;

const listeners = new Set<Listener>();
/** Drafts storage refused, kept for this page only (null = deleted here). */
const memory = new Map<string, string | null>();
let version = 0;
let failed = false;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function notify(): void {
  version++;
  for (const listener of [...listeners]) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || event.key.startsWith(DRAFT_PREFIX)) notify();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

/** The stored text of a draft (a stable snapshot for useSyncExternalStore). */
export function getRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Saves a draft; false when only the in-memory copy could be kept. */
export function saveDraft(key: string, draft: ReportDraft): boolean {
  const raw = JSON.stringify(draft);
  try {
    const s = storage();
    if (!s) throw new Error('no storage');
    s.setItem(key, raw);
    memory.delete(key);
    failed = false;
  } catch {
    memory.set(key, raw);
    failed = true;
  }
  notify();
  return !failed;
}

export function removeDraft(key: string): void {
  memory.set(key, null);
  try {
    storage()?.removeItem(key);
    memory.delete(key);
  } catch {
    // Kept as deleted in memory; storage will be cleaned when it works again.
  }
  notify();
}

/** True when the last save could not reach browser storage. */
export const saveFailed = (): boolean => failed;

export interface StoredDraft {
  key: string;
  draft: ReportDraft | null;
}

/** Every stored draft, newest first; damaged ones are listed with draft = null so they can be removed. */
export function listDrafts(): StoredDraft[] {
  const keys = new Set<string>();
  const s = storage();
  try {
    for (let i = 0; s && i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.add(key);
    }
  } catch {
    // Storage unreadable: the in-memory drafts are still listed.
  }
  for (const [key, raw] of memory) {
    if (raw === null) keys.delete(key);
    else keys.add(key);
  }
  return [...keys]
    .map((key) => ({ key, draft: parseDraft(getRaw(key)) }))
    .sort((a, b) => (b.draft?.savedAt ?? '').localeCompare(a.draft?.savedAt ?? ''));
}

let listCache: { version: number; list: StoredDraft[] } | null = null;

/** The draft list as a stable snapshot for useSyncExternalStore: read again only after a change. */
export function draftsSnapshot(): StoredDraft[] {
  if (!listCache || listCache.version !== version) listCache = { version, list: listDrafts() };
  return listCache.list;
}
