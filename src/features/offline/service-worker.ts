/**
 * Registers the service worker of the production build (vite-plugin-pwa, registerType "prompt") and
 * tracks whether a new deployment is waiting. The new version never takes over on its own: the user
 * confirms, then every open page reloads so no page keeps running old code against new data.
 */
import { useSyncExternalStore } from 'react';
import { Workbox } from 'workbox-window';
import { deleteOtherDeployments } from './offline-cache';

let workbox: Workbox | null = null;
let updateReady = false;
const listeners = new Set<() => void>();

function setUpdateReady(value: boolean): void {
  updateReady = value;
  for (const listener of listeners) listener();
}

export function registerServiceWorker(): void {
  if (workbox || !import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  workbox = new Workbox(`${base}sw.js`, { scope: base });
  workbox.addEventListener('waiting', () => setUpdateReady(true));
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) window.location.reload();
  });
  workbox.addEventListener('activated', (event) => {
    // The first install takes control at once (clientsClaim); only then is this page's data the active one.
    if (!event.isUpdate) void deleteOtherDeployments();
  });
  void workbox.register().then(() => {
    if (navigator.serviceWorker.controller) void deleteOtherDeployments();
  });
}

/** Tells the waiting service worker to take over; the "controlling" handler then reloads the page. */
export function applyUpdate(): void {
  workbox?.messageSkipWaiting();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useUpdateReady = (): boolean => useSyncExternalStore(subscribe, () => updateReady, () => false);
