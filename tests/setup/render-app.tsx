/** Renders the real app routes at a URL, with a fresh query cache and no retries, for component tests. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '@/app/app';
import { I18nProvider } from '@/i18n/i18n-context';

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } } });
}

export function renderAt(path: string, client: QueryClient = testQueryClient()): RenderResult & { client: QueryClient } {
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, client };
}

/** Wraps a single feature component with a query cache, a router at `path` and Vietnamese messages. */
export function renderWithProviders(ui: ReactNode, { path = '/u/06', client = testQueryClient() }: { path?: string; client?: QueryClient } = {}) {
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <I18nProvider lang="vi">{ui}</I18nProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
