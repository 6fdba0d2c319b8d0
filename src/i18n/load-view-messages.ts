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

/** Wraps the loader of the overview's headline so its messages are registered before it renders. */
export function withHeadlineMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([import('./messages/headline-summary').then((m) => registerMessages([m.headlineSummary])), load()]).then(([, mod]) => mod);
}
