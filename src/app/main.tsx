import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { registerServiceWorker } from '@/features/offline/service-worker';
import { App } from './app';
import { warmFirstScreen } from './warm-first-screen';
import { createQueryClient } from './query-client';

const root = document.getElementById('root');
if (root) void start(root);

async function start(container: HTMLElement) {
  // Before the first request, so that every document that arrives valid is saved for offline use.
  registerServiceWorker();
  const queryClient = createQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  // A page that came with its first screen in the HTML (scripts/prerender) keeps it until the app can draw it.
  const drawnFor = container.dataset.firstScreen;
  if (drawnFor === undefined) {
    createRoot(container).render(app);
    return;
  }
  // "/" is answered with the root unit's page: the address the app would go to.
  if (window.location.pathname === '/' && !window.location.search) window.history.replaceState(window.history.state, '', drawnFor);
  await warmFirstScreen(queryClient, window.location);
  // The markup is exactly what the app draws at its own address: the app adopts it as it is.
  // With a query (another view, period or language) the app draws its own screen in its place.
  if (window.location.pathname.replace(/\/$/, '') === drawnFor && !window.location.search) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
