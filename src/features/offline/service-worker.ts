/**
 * Registers the service worker of the production build (vite-plugin-pwa, registerType "prompt") and
 * tracks whether a new deployment is waiting. The new version never takes over on its own: the user
 * confirms, then every open page reloads so no page keeps running old code against new data. A
 * registration that fails (storage blocked, a proxy in the way) is no error for the user: offline
 * download is withdrawn, with the reason, and the app works online as before.
 */
import { useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';
import { setDocumentCache } from '@/api/document-cache';
import { deleteOtherDeployments, deviceDocumentCache } from './offline-cache';

let workbox: Workbox | null = null;
let registering: Promise<void> | null = null;
let updateReady = false;
let registrationFailed = false;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

function setUpdateReady(value: boolean): void {
  updateReady = value;
  notify();
}

function failRegistration(): void {
  registrationFailed = true;
  // Without a service worker nothing would ever read the saved copy.
  setDocumentCache(null);
  notify();
}

export function registerServiceWorker(): void {
  if (registering || !import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  setDocumentCache(deviceDocumentCache);
  // workbox-window is not needed to draw the first screen: it loads beside it.
  registering = import('workbox-window').then(
    ({ Workbox }) => start(new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })),
    failRegistration,
  );
}

function start(instance: Workbox): void {
  workbox = instance;
  workbox.addEventListener('waiting', () => setUpdateReady(true));
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) window.location.reload();
  });
  workbox.addEventListener('activated', (event) => {
    // The first install takes control at once (clientsClaim); only then is this page's data the active one.
    if (!event.isUpdate) void deleteOtherDeployments();
  });
  workbox.register().then(() => {
    if (navigator.serviceWorker.controller) void deleteOtherDeployments();
  }, failRegistration);
}

/** Tells the waiting service worker to take over; the "controlling" handler then reloads the page. */
export function applyUpdate(): void {
  workbox?.messageSkipWaiting();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useUpdateReady = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => updateReady,
    () => false,
  );

/** True when the service worker could not be registered: offline use is not available on this device now. */
export const useRegistrationFailed = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => registrationFailed,
    () => false,
  );
