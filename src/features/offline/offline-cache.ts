/**
 * The offline copy of the API lives in Cache Storage, in a cache named after the deployment. The
 * service worker answers API requests from the same cache (vite.config.ts, scripts/pwa-options.ts),
 * so a document saved by "Tải về" and one cached on a visit are the same entry, and a new deployment
 * starts from an empty cache: old and new data never mix.
 */
import { apiUrl } from '@/api/client';
import { config } from '@/config/env';

export const API_CACHE_PREFIX = 'da8-api-';
export const apiCacheName = (buildId: string = config.buildId): string => `${API_CACHE_PREFIX}${buildId}`;

/** Header stamped on documents saved by "Tải về"; visited documents carry the server's Date instead. */
export const SAVED_AT_HEADER = 'x-saved-at';

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
