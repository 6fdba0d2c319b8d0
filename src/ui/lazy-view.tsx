/**
 * The one wrapper for code that loads on first use (views, the notes panel, the slide bodies). If the
 * code fails to arrive (offline without a service worker, a network blip, a new deployment that
 * removed the old chunk), the part says so with "Thử lại", which imports the code again, or, when
 * the server no longer has it, offers a reload; the rest of the page keeps working. Other render
 * errors get the panel's usual message. The caller's Suspense shows the loading state.
 */
import { lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { failedModuleUrl, isChunkLoadError, probeChunk, type ChunkStatus } from './chunk-load';
import { ErrorBoundary } from './error-boundary';
import { PanelError } from './panel';

function ChunkFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ChunkStatus | null>(null);
  useEffect(() => {
    let live = true;
    void probeChunk(failedModuleUrl(error)).then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [error]);
  const replaced = status === 'replaced';
  return (
    <PanelError message={t(replaced ? 'state.chunkReplaced' : 'state.chunkFailed')} onRetry={onRetry}>
      {replaced && (
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('state.reload')}
        </button>
      )}
    </PanelError>
  );
}

function LoadFailure({ error, onRetry, reset }: { error: Error; onRetry: () => void; reset: () => void }): ReactNode {
  const { t } = useI18n();
  if (isChunkLoadError(error)) return <ChunkFailure error={error} onRetry={onRetry} />;
  return <PanelError message={t('state.panelCrashed')} onRetry={reset} />;
}

/** A part whose code loads on first use; `preload` fetches the code ahead. */
export type LazyView<P> = ((props: P) => ReactNode) & { preload: () => Promise<void> };

/**
 * A component that loads its code on first render, under a boundary that survives a failed load. Once
 * the code has arrived (a render or `preload`), a part mounted after that is drawn at once, without
 * suspending: nothing of it shows late and moves what is below it.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let arrived: ComponentType<P> | undefined;
  const loadOnce = () => load().then((component) => (arrived = component));
  const fresh = () => lazy(async () => ({ default: await loadOnce() }));
  let Loaded = fresh();
  let attempts = 0;
  function LazyView(props: P) {
    const [attempt, setAttempt] = useState(attempts);
    // Chosen once per mount: switching from the lazy wrapper to the component would mount the part again.
    const [Ready] = useState(() => arrived);
    const retry = () => {
      // React.lazy keeps a rejected import forever: a retry needs a new one.
      Loaded = fresh();
      attempts++;
      setAttempt(attempts);
    };
    const Component = Ready ?? Loaded;
    return (
      <ErrorBoundary resetKey={String(attempt)} fallback={(reset, error) => <LoadFailure error={error} onRetry={retry} reset={reset} />}>
        <Component {...props} />
      </ErrorBoundary>
    );
  }
  // A failed preload is not an error: the part loads on render, and says so there if it fails again.
  LazyView.preload = () =>
    loadOnce().then(
      () => undefined,
      () => undefined,
    );
  return LazyView;
}
