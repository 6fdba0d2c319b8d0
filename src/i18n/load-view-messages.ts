import { registerMessages } from './catalogue';

let loading: Promise<void> | null = null;

/** Loads and registers the messages of the non-overview views once; resolves when they can be used. */
export function loadViewMessages(): Promise<void> {
  loading ??= import('./view-messages').then(
    (m) => registerMessages(m.viewMessages),
    (error: unknown) => {
      // A failed load is tried again by the next view that asks (after "Thử lại").
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Wraps a lazy module loader so the module's messages are registered before it renders. */
export function withViewMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([loadViewMessages(), load()]).then(([, mod]) => mod);
}

/** Wraps the loader of a part of the page so the messages `part` loads are registered before it renders. */
const withMessages =
  <T>(part: () => Promise<Parameters<typeof registerMessages>[0][number]>, load: () => Promise<T>): (() => Promise<T>) =>
  () =>
    Promise.all([part().then((p) => registerMessages([p])), load()]).then(([, mod]) => mod);

/** Wraps the loader of the overview's headline so its messages are registered before it renders. */
export const withHeadlineMessages = <T>(load: () => Promise<T>) =>
  withMessages(() => import('./messages/headline-summary').then((m) => m.headlineSummary), load);

/** Wraps the loader of the offline download button so its messages are registered before it renders. */
export const withDownloadMessages = <T>(load: () => Promise<T>) =>
  withMessages(() => import('./messages/offline-download').then((m) => m.offlineDownload), load);
