/**
 * The offline copy of the API lives in Cache Storage, in a cache named after the deployment. The
 * page writes it (only documents that passed the contract: src/api/document-cache.ts); the service
 * worker answers API requests from it when the network fails (scripts/pwa-options.ts). A document
 * saved by "Tải về" and one saved on a visit are the same entry, and a new deployment starts from an
 * empty cache: old and new data never mix.
 */
import { apiUrl } from '@/api/client';
import { SAVED_AT_HEADER, type DocumentCache } from '@/api/document-cache';
import { config } from '@/config/env';
import { whenIdle } from '@/ui/when-idle';

export const API_CACHE_PREFIX = 'da8-api-';
export const apiCacheName = (buildId: string = config.buildId): string => `${API_CACHE_PREFIX}${buildId}`;

export const hasCacheStorage = (): boolean => typeof caches !== 'undefined';

/** Offline download is offered where a service worker can serve what it saves. */
export const canDownloadForOffline = (): boolean => hasCacheStorage() && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

export async function openApiCache(): Promise<Cache> {
  return caches.open(apiCacheName());
}

/** The request for a document being saved: marked so the service worker lets the page store it (scripts/pwa-options.ts). */
export const downloadPath = (path: string): string => `${path}?offline-download`;

export async function storeDocument(cache: Cache, path: string, text: string, savedAt: Date): Promise<void> {
  const headers = { 'content-type': 'application/json; charset=utf-8', [SAVED_AT_HEADER]: savedAt.toISOString() };
  await cache.put(apiUrl(path), new Response(text, { status: 200, headers }));
}

/** When the document at this API path was saved on this device, or null when it is not saved. */
export async function savedAt(path: string): Promise<Date | null> {
  if (!hasCacheStorage()) return null;
  const cache = await openApiCache();
  const response = await cache.match(apiUrl(path));
  if (!response) return null;
  const stamp = response.headers.get(SAVED_AT_HEADER) ?? response.headers.get('date');
  const date = stamp ? new Date(stamp) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Deletes the offline data of other deployments; this page only ever reads its own. */
export async function deleteOtherDeployments(): Promise<string[]> {
  if (!hasCacheStorage()) return [];
  const current = apiCacheName();
  const stale = (await caches.keys()).filter((name) => name.startsWith(API_CACHE_PREFIX) && name !== current);
  await Promise.all(stale.map((name) => caches.delete(name)));
  return stale;
}

/** The device's saved copy as the API client uses it: valid documents stored once the page is idle after their arrival, broken copies removed. */
export const deviceDocumentCache: DocumentCache = {
  async read(path) {
    const response = await (await openApiCache()).match(apiUrl(path));
    return response ? response.text() : null;
  },
  async store(path, text) {
    await whenIdle();
    await storeDocument(await openApiCache(), path, text, new Date());
  },
  async evict(path) {
    await (await openApiCache()).delete(apiUrl(path));
  },
};
