import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { parseViewState } from '@/domain/view-state';
import { preloadOverview } from '@/features/overview/overview-panel';
import { registerServiceWorker } from '@/features/offline/service-worker';
import { loadLanguage } from '@/i18n/load-language';
import { App } from './app';
import { parseStamp, trustDocuments } from '@/api/trusted-documents';
import { stampMatches } from './first-screen-stamp';
import { nextTask } from '@/ui/next-task';
import { warmFirstScreen } from './warm-first-screen';
import { createQueryClient } from './query-client';

/** Mounts the app on the page's root: adopts a first screen in the HTML, or draws its own. */
export async function startApp(container: HTMLElement): Promise<void> {
  // Before the first request, so that every document that arrives valid is saved for offline use.
  registerServiceWorker();
  const queryClient = createQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  const asked = parseViewState(window.location.pathname, window.location.search);
  // A page in English first loads the English messages (Vietnamese is built in), so its first render is complete.
  const language = loadLanguage(asked.lang);
  // The overview's headline loads with the documents, so the screen is drawn whole.
  const overviewCode = asked.view === 'overview' ? preloadOverview() : undefined;
  // A page that came with its first screen in the HTML (scripts/prerender) keeps it until the app can draw it.
  const drawnFor = container.dataset.firstScreen;
  if (drawnFor === undefined) {
    await language;
    createRoot(container).render(app);
    return;
  }
  await nextTask();
  const stamp = container.dataset.firstScreenStamp;
  trustDocuments(parseStamp(stamp));
  // "/" is answered with the root unit's page: the address the app would go to.
  if (window.location.pathname === '/' && !window.location.search) window.history.replaceState(window.history.state, '', drawnFor);
  await Promise.all([warmFirstScreen(queryClient, window.location), language]);
  await nextTask();
  // The markup is exactly what the app draws at its own address from the same documents: the app adopts it as it is.
  // With a query (another view, period or language), or when the API has changed since the page was built (or did
  // not answer in time), the app draws its own screen in its place.
  const unit = parseViewState(window.location.pathname, window.location.search).unit;
  const sameScreen = window.location.pathname.replace(/\/$/, '') === drawnFor && !window.location.search;
  const adopt = sameScreen && unit ? stampMatches(stamp, unit) : false;
  // Drawn over the page: the page stays until the headline's code is in too (adopted, React waits for it).
  if (!adopt) await overviewCode;
  // In a transition React renders in slices and yields to the browser between them, instead of one long
  // task: the page in the HTML stays visible and responsive until the app's screen is ready.
  startTransition(() => {
    if (adopt) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}
