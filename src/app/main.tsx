import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
  // A page that came with its first screen in the HTML keeps it until the app can draw the same.
  if (container.hasChildNodes()) await warmFirstScreen(queryClient, window.location);
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
