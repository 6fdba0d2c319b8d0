/**
 * The one offline download of the page. It lives outside React so that drilling into another unit
 * while the province downloads does not stop it; the button shows its progress wherever it is.
 */
import { useSyncExternalStore } from 'react';
import { fetchText } from '@/api/client';
import { downloadForOffline, type DownloadProgress, type DownloadResult } from './download';
import { downloadPath, openApiCache, storeDocument } from './offline-cache';

export class StorageError extends Error {}

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; unitName: string; progress: DownloadProgress }
  | { phase: 'finished'; unitName: string; result: DownloadResult; at: Date };

const EMPTY: DownloadProgress = { done: 0, total: 0, bytes: 0 };
let state: DownloadState = { phase: 'idle' };
let controller: AbortController | null = null;
const listeners = new Set<() => void>();

function set(next: DownloadState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Saves the unit and everything below it into the offline cache. Ignored while a download runs. */
export async function startDownload(unitCode: string, unitName: string): Promise<void> {
  if (state.phase === 'running') return;
  const abort = new AbortController();
  controller = abort;
  const started = new Date();
  set({ phase: 'running', unitName, progress: EMPTY });
  let cache: Cache;
  try {
    cache = await openApiCache();
  } catch (error) {
    set({ phase: 'finished', unitName, result: { outcome: 'failed', progress: EMPTY, error: new StorageError(String(error)) }, at: started });
    return;
  }
  const result = await downloadForOffline(
    unitCode,
    {
      fetchText: (path, signal) => fetchText(downloadPath(path), signal),
      store: (path, text) => storeDocument(cache, path, text, started).catch((e: unknown) => Promise.reject(new StorageError(String(e)))),
    },
    { signal: abort.signal, onProgress: (progress) => !abort.signal.aborted && set({ phase: 'running', unitName, progress }) },
  );
  controller = null;
  set({ phase: 'finished', unitName, result, at: new Date() });
}

export function cancelDownload(): void {
  controller?.abort();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useDownload = (): DownloadState =>
  useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
