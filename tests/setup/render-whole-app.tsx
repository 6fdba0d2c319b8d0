/** Test helpers for fault scenarios: the real app (router, query client, pages) against msw. */
import { render, type RenderResult } from '@testing-library/react';
import { apiPathOf } from '../../mocks/handlers';
import { server } from '../../mocks/server';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';

/** The whole app renders slowly in jsdom on a busy machine: wait up to 5 s for it. */
export const SLOW = { timeout: 5000 };

/** Renders the whole app at `path`, with retry back-off shortened so the suite stays fast. */
export function renderApp(path: string): RenderResult & { queryClient: ReturnType<typeof createQueryClient> } {
  window.history.replaceState(null, '', path);
  const queryClient = createQueryClient({ retryDelayMs: 1 });
  return { ...render(<App queryClient={queryClient} />), queryClient };
}

/** Counts API requests by path ("v1/units/06.json") while a test runs. */
export function countRequests(): { count: (path: string) => number; stop: () => void } {
  const counts = new Map<string, number>();
  const listener = ({ request }: { request: Request }) => {
    const path = apiPathOf(request.url);
    counts.set(path, (counts.get(path) ?? 0) + 1);
  };
  server.events.on('request:start', listener);
  return { count: (path) => counts.get(path) ?? 0, stop: () => server.events.removeListener('request:start', listener) };
}

/** Matches one API path, for faults.x(..., only('v1/units/06.json')). */
export const only =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path);
